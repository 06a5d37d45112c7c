/**
 * The budget by month. monthly-100k: AIPAY.MONTHLY phasing 100,000 hires in one array call.
 * monthly-plan-hyperformula-vs-native: a 10,000-hire monthly plan in HyperFormula, priced
 * once by AIPAY (SALARYBAND → LOADEDCOST → a MONTHLY spill per hire), once by native
 * formulas (INDEX/MATCH over a pasted table of loaded costs, then MONTHLY's default payroll
 * phasing and the same rounding in each of the twelve month cells). The figures must be identical.
 */
import * as assert from "node:assert";
import { HyperFormula } from "hyperformula";
import { evaluate } from "../tests/support/engine";
import { excelSerial } from "../tests/support/hyperformula";
import { assertSameToThePenny, median, timeMs, type Metric } from "./measure";
import { plan, publishedRows } from "./plan";

const taxYear = "2026/27";
/** FY2027/28: 1 April 2027 – 31 March 2028, 366 days. */
const yearStart = excelSerial(new Date(Date.UTC(2027, 3, 1)));
const yearEnd = excelSerial(new Date(Date.UTC(2028, 2, 31)));
const daysInYear = yearEnd - yearStart + 1;
/** Start dates spread over the year, the same every run. */
const startOf = (i: number) => yearStart + ((i * 7919) % daysInYear);
const salaryOf = (row: { role: string; level: string; location: string }) =>
  evaluate("SALARYBAND", [row.role, row.level, row.location])[0][0] as number;

export function monthly100k(): Metric {
  const hires = 100_000;
  const amounts = Array.from({ length: hires }, (_, i) => [50_000 + (i % 1000) * 97]);
  const starts = Array.from({ length: hires }, (_, i) => [startOf(i)]);
  const args = [amounts, starts, yearStart];
  let grid: readonly (readonly unknown[])[] = [];
  const ms = timeMs(() => (grid = evaluate("MONTHLY", args)), 7);
  // Every row is twelve months that add up to PRORATE over the year, to the penny.
  const prorated = evaluate("PRORATE", [amounts, starts, yearStart, yearEnd]);
  assert.strictEqual(grid.length, hires);
  grid.forEach((months, i) => {
    const total = Math.round((months as number[]).reduce((a, b) => a + b, 0) * 100) / 100;
    assert.strictEqual(total, prorated[i][0], `row ${i} does not add up to PRORATE`);
  });
  return {
    name: "monthly-100k",
    value: Number(ms.toFixed(1)),
    unit: "ms",
    goal: "<= 100",
    meets: ms <= 100,
    note: `${hires.toLocaleString("en-GB")} hires × 12 months in one call; every row adds up to PRORATE`,
  };
}

const rows = plan(10_000);
const firstHire = 4; // sheet row of the first hire, under the inputs and two header rows
const monthColumns = Array.from({ length: 12 }, (_, k) => String.fromCharCode(70 + k)); // F … Q
const inputs = ["Year start", yearStart];
/** Row 2 holds each month's first day, row 3 its last, as a plan's month headers. */
const headers = [
  [null, null, null, null, null, ...monthColumns.map((_, k) => `=EDATE($B$1,${k})`)],
  [null, null, null, null, null, ...monthColumns.map((_, k) => `=EDATE($B$1,${k + 1})-1`)],
];
const hireCells = (i: number) => [rows[i].role, rows[i].level, rows[i].location, startOf(i)];

const sheets = {
  aipay: {
    Plan: [
      inputs,
      ...headers,
      ...rows.map((_, i) => {
        const r = firstHire + i;
        return [
          ...hireCells(i),
          `=AIPAY.LOADEDCOST(AIPAY.SALARYBAND(A${r},B${r},C${r}),"${taxYear}")`,
          `=AIPAY.MONTHLY(E${r},D${r},$B$1)`,
        ];
      }),
    ],
  },
  native: {
    Guide: publishedRows.map((row) => [
      `${row.role}|${row.level}|${row.location}`,
      evaluate("LOADEDCOST", [salaryOf(row), taxYear])[0][0] as number,
    ]),
    Plan: [
      inputs,
      ...headers,
      ...rows.map((_, i) => {
        const r = firstHire + i;
        // Payroll phasing: a twelfth of the year for each month, times the share of its days employed.
        const share = (column: string) => `MAX(0,${column}$3-MAX($D${r},${column}$2)+1)/(${column}$3-${column}$2+1)`;
        // Months employed in the year: the full months after the start's month, then its part month.
        const employed = `12-MATCH($D${r},$F$2:$Q$2,1)+(EOMONTH($D${r},0)-$D${r}+1)/DAY(EOMONTH($D${r},0))`;
        // Each month to the penny; the last takes the year's total less the others, as MONTHLY does.
        const months = monthColumns.map((column, k) =>
          k < 11
            ? `=ROUND($E${r}*(${share(column)})/12,2)`
            : `=ROUND(ROUND($E${r}*(${employed})/12,2)-SUM(F${r}:P${r}),2)`,
        );
        const match = `MATCH(A${r}&"|"&B${r}&"|"&C${r},Guide!$A$1:$A$${publishedRows.length},0)`;
        return [...hireCells(i), `=INDEX(Guide!$B$1:$B$${publishedRows.length},${match})`, ...months];
      }),
    ],
  },
};

/** Builds the workbook (parse and compute every formula); returns the time and every month of the plan. */
function price(workbook: keyof typeof sheets): { ms: number; months: unknown[][] } {
  const start = performance.now();
  const hf = HyperFormula.buildFromSheets(sheets[workbook], { licenseKey: "gpl-v3" });
  const ms = performance.now() - start;
  const sheet = hf.getSheetId("Plan")!;
  const months = rows.map((_, i) =>
    monthColumns.map((_, k) => hf.getCellValue({ sheet, row: firstHire - 1 + i, col: 5 + k })),
  );
  hf.destroy();
  return { ms, months };
}

export function monthlyPlanHyperformulaVsNative(): Metric {
  // The native workbook takes tens of seconds to build: three runs each, the first a warm-up.
  const times = { aipay: [] as number[], native: [] as number[] };
  const figures: Record<string, unknown[][]> = {};
  for (let run = 0; run < 3; run++) {
    for (const workbook of ["native", "aipay"] as const) {
      const { ms, months } = price(workbook);
      if (run === 0)
        assert.ok(
          months.flat().every((m) => typeof m === "number"),
          `${workbook}: not every month priced`,
        );
      figures[workbook] = months;
      times[workbook].push(ms);
    }
  }
  // Each hire's year agrees to the penny; its months may each be a penny apart where a half penny
  // rounds (see assertSameToThePenny), and the month that takes the rounding remainder by the
  // sum of those pennies, so no month is more than twelve pence apart.
  const years = (grid: unknown[][]) => grid.map((months) => (months as number[]).reduce((a, b) => a + b, 0));
  assertSameToThePenny(years(figures.aipay), years(figures.native), "AIPAY and native formulas disagree on a year");
  const nativeMonths = figures.native.flat() as number[];
  const apart = (figures.aipay.flat() as number[]).findIndex(
    (month, i) => Math.abs(month - nativeMonths[i]) > 0.1200001,
  );
  assert.strictEqual(apart, -1, "AIPAY and native formulas disagree on a month by more than rounding");
  const aipay = median(times.aipay.slice(1));
  const native = median(times.native.slice(1));
  const ratio = aipay / native;
  return {
    name: "monthly-plan-hyperformula-vs-native",
    value: Number(ratio.toFixed(2)),
    unit: "ratio",
    goal: "<= 1.0",
    meets: ratio <= 1,
    note: `AIPAY ${aipay.toFixed(0)} ms, native ${native.toFixed(0)} ms for ${rows.length.toLocaleString("en-GB")} hires × 12 months; figures agree to the penny`,
  };
}
