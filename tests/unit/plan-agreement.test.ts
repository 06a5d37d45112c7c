/**
 * One plan, three front ends, the same figures to the penny: `aipay plan` (priced in process
 * as the command prices it), the plan sheet (laid out by the engine and calculated by
 * HyperFormula standing in for Excel) and PLANROW one row at a time. The shared plans cover
 * employees and contractors, inside and outside IR35, agency and client fee payers, leavers,
 * part-timers, a pay review and a percentile target.
 */
import {
  isoFromUk,
  kindLabels,
  planRowAt,
  planSheetFor,
  resolvePlanInputs,
  type PlanRowValues,
  type TotalRow,
  bundled,
} from "../support/engine";
import { parse } from "csv-parse/sync";
import { csvOptions, firstLine, headerDelimiter } from "../../src/cli/plan-file";
import { PlanRun } from "../../src/cli/plan-run";
import { summaryCsvLayout } from "../../src/cli/plan-summary";
import { sheetWithAipay } from "../support/hyperformula";
import { planFile, pricedTable, sharedPlans, type SharedPlan } from "../support/plans";

const pence = (amount: number) => Math.round(amount * 100);

/** A shared plan's row as the pane hands it to the sheet: numbers as numbers, day-first dates as ISO. */
function sheetRow(row: SharedPlan["rows"][number]): PlanRowValues {
  const values: Record<string, string | number> = {};
  for (const [name, text] of Object.entries(row)) {
    if (text === undefined) continue;
    if (name === "headcount" || name === "salary") values[name] = Number(text);
    else if (name === "start" || name === "end") values[name] = isoFromUk(text) ?? text;
    else values[name] = text;
  }
  return values;
}

/** The CLI's summary rows by label, to the totals row of the sheet they match. */
const summaries: Record<string, TotalRow> = {
  "Employees total": "Employees",
  "Contractors total": "Contractors",
  "One-off costs": "One-off costs",
  Total: "Total",
  Cumulative: "Cumulative",
  "Employees in post": "Employees in post",
  "Contractors in post": "Contractors in post",
};

describe.each(sharedPlans.map((plan) => [plan.name, plan] as const))("%s", (_name, plan) => {
  const inputs = resolvePlanInputs(bundled, plan.inputs);
  const rows = plan.rows.map(sheetRow);
  const sheet = planSheetFor(bundled, rows, inputs, "AIPAY");
  const hf = sheetWithAipay("Plan", sheet.cells, sheet.names);
  afterAll(() => hf.destroy());
  const value = (row: number, column: number) => hf.getCellValue({ sheet: 0, row, col: column });
  const cli = pricedTable(planFile(plan), plan.inputs);
  const header = cli.rows[0] as string[];
  const kindColumn = header.indexOf("Kind");
  const cliHires = cli.rows.slice(1, 1 + rows.length);
  const monthColumn = sheet.figuresColumn + planRowAt.months;

  test("the CLI prices every row", () => {
    expect(cli.problems).toEqual([]);
    expect(cliHires.map((row) => row[kindColumn])).toEqual(
      rows.map((_, i) => value(sheet.table.headerRow + 1 + i, sheet.figuresColumn)),
    );
  });

  // The chain's figures and the twelve months of cost, as both print them after the kind.
  const figures = planRowAt.oneOffs - 1;

  test("each hire's figures and months agree to the penny", () => {
    cliHires.forEach((cliRow, i) => {
      const at = sheet.table.headerRow + 1 + i;
      const spilled = Array.from({ length: figures }, (_, k) => value(at, sheet.figuresColumn + 1 + k) as number);
      const printed = cliRow.slice(kindColumn + 1, kindColumn + 1 + figures) as number[];
      expect(printed.map(pence)).toEqual(spilled.map(pence));
      expect([kindLabels.employee, kindLabels.contractor]).toContain(cliRow[kindColumn]);
    });
  });

  test("the totals agree month by month, employees and contractors apart", () => {
    for (const [label, totalRow] of Object.entries(summaries)) {
      const cliRow = cli.rows.find((row) => row[0] === label)!;
      const printed = cliRow.slice(kindColumn + planRowAt.months, kindColumn + planRowAt.months + 12) as number[];
      const calculated = Array.from(
        { length: 12 },
        (_, k) => value(sheet.totals.rows[totalRow], monthColumn + k) as number,
      );
      expect([label, printed.map(pence)]).toEqual([label, calculated.map(pence)]);
    }
  });
});

/**
 * The summary, as `aipay plan --summary` prints it and as the plan sheet's quarter block
 * calculates it: the plan and each department, every line, quarter by quarter and the year.
 * And the sheet's checks hold for every shared plan.
 */
describe.each(sharedPlans.map((plan) => [plan.name, plan] as const))("summary: %s", (_name, plan) => {
  const inputs = resolvePlanInputs(bundled, plan.inputs);
  const sheet = planSheetFor(bundled, plan.rows.map(sheetRow), inputs, "AIPAY");
  const hf = sheetWithAipay("Plan", sheet.cells, sheet.names);
  afterAll(() => hf.destroy());
  const value = (row: number, column: number) => hf.getCellValue({ sheet: 0, row, col: column });
  const csv = planFile(plan);
  const run = new PlanRun(inputs, summaryCsvLayout(inputs), () => undefined);
  const records = parse(
    csv,
    csvOptions(headerDelimiter(firstLine(csv)), () => undefined),
  ) as string[][];
  const printed = [...records.flatMap((record) => run.record(record)), ...run.end()];
  const summaryRows = printed.slice(
    1,
    printed.findIndex((row) => row[0] === "Assumptions"),
  );

  test("every group and line agrees by quarter and year", () => {
    const groups = summaryRows.filter((row) => !String(row[0]).startsWith("Scenario"));
    const firstQuarter = sheet.figuresColumn + planRowAt.months;
    groups.forEach((row, i) => {
      const calculated = [0, 1, 2, 3, 4].map((q) => value(sheet.summary.quarterHeader + 1 + i, firstQuarter + q));
      const cliFigures = [...row.slice(14, 18), row[18] === "" ? null : row[18]];
      expect([row[0], row[1], cliFigures.map((f) => (f === null ? null : pence(f as number)))]).toEqual([
        row[0],
        row[1],
        calculated.map((f) => (f === null ? null : pence(f as number))),
      ]);
    });
  });

  test("the scenarios side by side: the sheet's year at low, mid and high is the CLI's", () => {
    const cliYears = ["low", "mid", "high"].map((target) => {
      const row = summaryRows.find((r) => r[0] === `Scenario: ${target}` && r[1] === "Total")!;
      return pence(row[18] as number);
    });
    const { row, column } = sheet.summary.scenarios;
    expect([0, 1, 2].map((s) => pence(value(row, column + s) as number))).toEqual(cliYears);
  });

  test("the sheet's checks are all TRUE", () => {
    const { all, each } = sheet.checks;
    expect(Object.values(each).every(({ row, column }) => value(row, column) === true)).toBe(true);
    expect(value(all.row, all.column)).toBe(true);
  });
});
