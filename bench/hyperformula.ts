/**
 * hyperformula-vs-native: the same 10,000-row plan in HyperFormula, priced once by AIPAY
 * registered as a HyperFormula function plugin (delegating to the engine's evaluate), once
 * by INDEX/MATCH over the guide's table pasted into a sheet, the mid of low and high rounded to the
 * penny as SALARYBAND's mid is. The numbers must be identical.
 * HyperFormula is a dev dependency under its GPL-v3 licence key; it is never bundled.
 */
import * as assert from "node:assert";
import { HyperFormula } from "hyperformula";
import { evaluate } from "../tests/support/engine";
// Registers every AIPAY function with HyperFormula, the same plugin the tests use.
import "../tests/support/hyperformula";
import { assertSameToThePenny, median, type Metric } from "./measure";
import { plan, publishedRows } from "./plan";

const rows = plan(10_000);
const planCells = rows.map((row) => [row.role, row.level, row.location]);
const key = (r: number) => `A${r}&"|"&B${r}&"|"&C${r}`;
const guideRange = (column: string) => `Guide!$${column}$1:$${column}$${publishedRows.length}`;

const sheets = {
  aipay: { Plan: planCells.map((cells, i) => [...cells, `=AIPAY.SALARYBAND(A${i + 1},B${i + 1},C${i + 1})`]) },
  native: {
    Guide: publishedRows.map((row) => {
      const [[low, high]] = evaluate("SALARYBAND", [row.role, row.level, row.location, "range"]) as number[][];
      return [`${row.role}|${row.level}|${row.location}`, low, high];
    }),
    Plan: planCells.map((cells, i) => {
      const match = `MATCH(${key(i + 1)},${guideRange("A")},0)`;
      // A derived band's ends can be odd pennies, so its midpoint a half penny: SALARYBAND rounds it.
      return [...cells, `=ROUND((INDEX(${guideRange("B")},${match})+INDEX(${guideRange("C")},${match}))/2,2)`];
    }),
  },
};

/** Builds the workbook (parse and compute every formula); returns the time and the plan's figures. */
function price(workbook: keyof typeof sheets): { ms: number; figures: unknown[] } {
  const start = performance.now();
  const hf = HyperFormula.buildFromSheets(sheets[workbook], { licenseKey: "gpl-v3" });
  const ms = performance.now() - start;
  const planSheet = hf.getSheetId("Plan")!;
  const figures = rows.map((_, r) => hf.getCellValue({ sheet: planSheet, row: r, col: 3 }));
  hf.destroy();
  return { ms, figures };
}

export function hyperformulaVsNative(): Metric {
  const times = { aipay: [] as number[], native: [] as number[] };
  for (let run = 0; run < 7; run++) {
    for (const workbook of ["native", "aipay"] as const) {
      const { ms, figures } = price(workbook);
      if (run === 0)
        assert.ok(
          figures.every((f) => typeof f === "number"),
          `${workbook}: not every row priced`,
        );
      times[workbook].push(ms);
    }
  }
  assertSameToThePenny(price("aipay").figures, price("native").figures, "AIPAY and INDEX/MATCH disagree");
  const aipay = median(times.aipay.slice(1));
  const native = median(times.native.slice(1));
  const ratio = aipay / native;
  return {
    name: "hyperformula-vs-native",
    value: Number(ratio.toFixed(2)),
    unit: "ratio",
    goal: "<= 1.0",
    meets: ratio <= 1,
    note: `AIPAY ${aipay.toFixed(0)} ms, INDEX/MATCH ${native.toFixed(0)} ms for ${rows.length.toLocaleString("en-GB")} rows; figures agree to the penny`,
  };
}
