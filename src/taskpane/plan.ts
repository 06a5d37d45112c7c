/**
 * The headcount plan: a new worksheet holding the budget year as labelled input cells,
 * an Excel table whose cost columns are live AIPAY formulas, a totals row and a native
 * chart. The pane computes nothing: Excel recalculates every figure, so the plan stays
 * live when the inputs change. It reads the workbook's sheet, table and defined names, then
 * writes everything in one batch to a sheet that did not exist before, so no cell of the
 * user's is touched. Excel does not roll back a batch that fails half-way, so the sheet is
 * added hidden and shown last, and on failure a still-hidden sheet of that name is deleted:
 * nothing half-built stays behind, and a sheet the user made meanwhile is never touched.
 */
import { isCalendarDate } from "../engine";
import type { BudgetYear } from "../engine";
import { addPlanDropdowns, hostHasDropdowns } from "./plan-dropdowns";
import { assumptionProblems, defaultAssumptions, writeMonthlyBlock, type PlanAssumptions } from "./plan-monthly";
import { columnLetter } from "./sheet-columns";

export interface PlanRow {
  role: string;
  /** Empty for leadership roles, which have one band per location. */
  level: string;
  location: string;
  /** ISO date, yyyy-mm-dd. */
  start: string;
  headcount: number;
  /** ISO date of the last day employed, for a leaver; the plan sheet's monthly budget takes it. */
  end?: string;
}

export interface PlanSettings {
  /** Billable days a contractor works a year, written on every row. */
  contractDays: number;
  budgetYear: BudgetYear;
  /** The monthly budget's header inputs; defaultAssumptions() when not given. */
  assumptions?: PlanAssumptions;
}

/** One column of the plan table: an input the user typed or a live formula on the row. */
interface PlanColumn {
  header: string;
  cell(row: PlanRow, settings: PlanSettings): string | number;
  format: string;
  /** The totals-row entry; columns without one stay blank there. */
  total?: string;
}

const money = "£#,##0";
const text = (value: string) => value;
/** Excel's DATE() keeps the start a real date whatever the workbook's locale. */
const dateFormula = (iso: string) => {
  const [year, month, day] = iso.split("-").map(Number);
  return `=DATE(${year},${month},${day})`;
};
const sum = (header: string) => `=SUBTOTAL(109,[${header}])`;

/**
 * The inputs above the table, one a row in A:B. The formulas refer to them absolutely
 * ($B$1 …), so changing one in the sheet recalculates the whole plan.
 */
const budgetInputs = [
  { label: "Budget year start", value: (s: PlanSettings) => dateFormula(s.budgetYear.start), format: "yyyy-mm-dd" },
  { label: "Budget year end", value: (s: PlanSettings) => dateFormula(s.budgetYear.end), format: "yyyy-mm-dd" },
  { label: "Tax year of employer rates", value: (s: PlanSettings) => s.budgetYear.taxYear, format: "@" },
  // Text, so a percentile typed as 0.9 reads as SALARYBAND's point just as "mid" does.
  {
    label: "Pay target (low, mid, high or a percentile)",
    value: (s: PlanSettings) => assumed(s).payTarget,
    format: "@",
  },
  { label: "Market ageing a year", value: (s: PlanSettings) => assumed(s).agingRate, format: "0.0%" },
  {
    label: "Pay review month (1–12; empty: none)",
    value: (s: PlanSettings) => assumed(s).reviewMonth ?? "",
    format: "0",
  },
  { label: "Pay review rise", value: (s: PlanSettings) => assumed(s).reviewRate ?? "", format: "0.0%" },
] as const;
function assumed(settings: PlanSettings): PlanAssumptions {
  return settings.assumptions ?? defaultAssumptions();
}
const inputCell = (label: (typeof budgetInputs)[number]["label"]) =>
  `$B$${budgetInputs.findIndex((input) => input.label === label) + 1}`;
/** The table's header row (zero-based): below the inputs and one blank row. */
export const tableRow = budgetInputs.length + 1;
/** The header cells the monthly budget's formulas read. */
const monthlyInputs = {
  yearStart: inputCell("Budget year start"),
  taxYear: inputCell("Tax year of employer rates"),
  payTarget: inputCell("Pay target (low, mid, high or a percentile)"),
  agingRate: inputCell("Market ageing a year"),
  reviewMonth: inputCell("Pay review month (1–12; empty: none)"),
  reviewRate: inputCell("Pay review rise"),
};

export const planColumns: readonly PlanColumn[] = [
  { header: "Role", cell: (r) => text(r.role), format: "@", total: "Total" },
  { header: "Level", cell: (r) => text(r.level), format: "@" },
  { header: "Location", cell: (r) => text(r.location), format: "@" },
  { header: "Start", cell: (r) => dateFormula(r.start), format: "yyyy-mm-dd" },
  { header: "Headcount", cell: (r) => r.headcount, format: "0", total: sum("Headcount") },
  { header: "Contract days", cell: (_, settings) => settings.contractDays, format: "0" },
  { header: "Salary mid", cell: () => '=AIPAY.SALARYBAND([@Role],[@Level],[@Location],"mid")', format: money },
  {
    header: "Loaded cost",
    cell: () => `=AIPAY.LOADEDCOST([@[Salary mid]],${inputCell("Tax year of employer rates")})*[@Headcount]`,
    format: money,
    total: sum("Loaded cost"),
  },
  {
    header: "Budget year cost",
    cell: () =>
      `=AIPAY.PRORATE([@[Loaded cost]],[@Start],${inputCell("Budget year start")},${inputCell("Budget year end")})`,
    format: money,
    total: sum("Budget year cost"),
  },
  {
    header: "Contractor cost",
    // The guide publishes no day rate for Junior or leadership roles: say so in the cell, so
    // the column's total still adds up the rows that have one.
    cell: () =>
      '=IFNA(AIPAY.CONTRACTCOST(AIPAY.DAYRATE([@Role],[@Level]),[@[Contract days]])*[@Headcount],"no day rate")',
    format: money,
    total: sum("Contractor cost"),
  },
  {
    // Whether the row's salary is printed in the guide or derived (a region from London), by which rule.
    header: "Salary basis",
    cell: () => '=AIPAY.BASIS("SALARYBAND",[@Role],[@Level],[@Location],"mid")',
    format: "General",
  },
];

const columnOf = (header: string) => planColumns.findIndex((c) => c.header === header);

/** The cost columns the chart compares per row. They sit side by side at the end of the table. */
const chartedColumns = ["Loaded cost", "Budget year cost", "Contractor cost"];

/** The first of base, "base 2", "base 3" … not already taken (Excel compares names case-insensitively). */
export function uniqueName(base: string, taken: readonly string[], separator = " "): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  let n = 2;
  while (used.has(`${base}${separator}${n}`.toLowerCase())) n++;
  return `${base}${separator}${n}`;
}

export interface PlanResult {
  sheet: string;
  table: string;
}

/**
 * What is wrong with a plan before anything is written, one line each; empty when it can
 * be written. Checked first because an Excel batch that fails half-way leaves a half-built sheet.
 */
export function planProblems(rows: readonly PlanRow[], settings: PlanSettings): string[] {
  if (rows.length === 0) return ["Add at least one row to the plan."];
  const problems = rows.flatMap((row, i) => [
    ...(row.role ? [] : [`Row ${i + 1}: choose a role.`]),
    ...(isCalendarDate(row.start) ? [] : [`Row ${i + 1}: give a start date.`]),
    ...(row.end === undefined || (isCalendarDate(row.end) && row.end >= row.start)
      ? []
      : [`Row ${i + 1}: the leaving date must be a date on or after the start.`]),
    ...(Number.isInteger(row.headcount) && row.headcount >= 1
      ? []
      : [`Row ${i + 1}: headcount must be a whole number of 1 or more.`]),
  ]);
  const days = settings.contractDays;
  if (!(Number.isInteger(days) && days >= 1 && days <= 366))
    problems.push("Contract days a year must be a whole number from 1 to 366.");
  return [...problems, ...assumptionProblems(assumed(settings))];
}

/** The names a new table's name must avoid: tables, and defined names of the workbook and of every sheet. */
async function takenNames(context: Excel.RequestContext): Promise<{ sheets: string[]; tables: string[] }> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load("items/name");
  tables.load("items/name");
  names.load("items/name");
  await context.sync();
  const sheetNames = worksheets.items.map((sheet) => sheet.names);
  for (const scoped of sheetNames) scoped.load("items/name");
  await context.sync();
  return {
    sheets: worksheets.items.map((s) => s.name),
    tables: [tables, names, ...sheetNames].flatMap((collection) => collection.items.map((item) => item.name)),
  };
}

/** Writes the plan into the workbook behind `context`: the names read, then one batch of writes. */
export async function writePlan(
  context: Excel.RequestContext,
  rows: readonly PlanRow[],
  settings: PlanSettings,
): Promise<PlanResult> {
  const problems = planProblems(rows, settings);
  if (problems.length > 0) throw new Error(problems.join(" "));
  const taken = await takenNames(context);
  const sheetName = uniqueName("AIPAY plan", taken.sheets);
  const tableName = uniqueName("AIPAYPlan", taken.tables, "");
  try {
    await writePlanSheet(context, sheetName, tableName, rows, settings);
  } catch (error) {
    await removeSheet(context, sheetName);
    throw error;
  }
  return { sheet: sheetName, table: tableName };
}

/** Deletes the sheet if the failed batch added it: it is then still hidden, and no sheet of the user's is. */
async function removeSheet(context: Excel.RequestContext, name: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load("visibility"); // isNullObject is set by the sync itself
  await context.sync();
  if (sheet.isNullObject || sheet.visibility !== "Hidden") return;
  sheet.delete();
  await context.sync();
}

/** The one batch of writes: inputs, table, totals, chart. */
async function writePlanSheet(
  context: Excel.RequestContext,
  sheetName: string,
  tableName: string,
  rows: readonly PlanRow[],
  settings: PlanSettings,
): Promise<void> {
  const sheet = context.workbook.worksheets.add(sheetName);
  sheet.visibility = "Hidden"; // until it is complete
  const inputs = sheet.getRangeByIndexes(0, 0, budgetInputs.length, 2);
  // Formats first, so the tax year "2026/27" stays text rather than becoming a date.
  inputs.numberFormat = budgetInputs.map((input) => ["@", input.format]);
  inputs.formulas = budgetInputs.map((input) => [input.label, input.value(settings)]);

  const width = planColumns.length;
  const header = sheet.getRangeByIndexes(tableRow, 0, 1, width);
  header.values = [planColumns.map((c) => c.header)];

  // Formats first, so that text ("@") columns keep a name as typed, even one beginning with "=" or "+".
  sheet.getRangeByIndexes(tableRow + 1, 0, rows.length + 1, width).numberFormat = Array.from(
    { length: rows.length + 1 },
    () => planColumns.map((c) => c.format),
  );
  const table = sheet.tables.add(sheet.getRangeByIndexes(tableRow, 0, rows.length + 1, width), true);
  table.name = tableName;
  table.getDataBodyRange().formulas = rows.map((row) => planColumns.map((c) => c.cell(row, settings)));
  table.showTotals = true;
  table.getTotalRowRange().formulas = [planColumns.map((c) => c.total ?? "")];

  const firstCharted = planColumns.findIndex((c) => c.header === chartedColumns[0]);
  const chart = sheet.charts.add(
    "ColumnClustered",
    sheet.getRangeByIndexes(tableRow, firstCharted, rows.length + 1, chartedColumns.length),
    "Columns",
  );
  chart.title.text = "Cost per plan row: employee vs contractor";
  chart.axes.categoryAxis.setCategoryNames(sheet.getRangeByIndexes(tableRow + 1, 0, rows.length, 1));
  chart.setPosition(sheet.getRangeByIndexes(tableRow + rows.length + 3, 0, 1, 1));
  const besideMonthly = writeMonthlyBlock(
    sheet,
    planTableAt(rows.length),
    monthlyInputs,
    rows.map((row) => (row.end ? dateFormula(row.end) : null)),
  );
  // The dropdowns' lists go beyond the monthly budget, so neither covers the other.
  if (hostHasDropdowns())
    addPlanDropdowns(sheet, {
      headerRow: tableRow,
      rows: rows.length,
      columns: { Role: columnOf("Role"), Level: columnOf("Level"), Location: columnOf("Location") },
      listsColumn: besideMonthly,
    });
  sheet.getRangeByIndexes(0, 0, tableRow + rows.length + 2, width).format.autofitColumns();
  sheet.visibility = "Visible";
  sheet.activate();
  await context.sync();
}

/** Where the plan table of `hires` rows sits, for the monthly budget beside it. */
function planTableAt(hires: number) {
  return {
    headerRow: tableRow,
    hires,
    column: (header: string) => columnLetter(planColumns.findIndex((c) => c.header === header)),
    nextColumn: planColumns.length + 1,
  };
}

/** Creates the plan sheet in the open workbook. */
export function createPlanSheet(rows: readonly PlanRow[], settings: PlanSettings): Promise<PlanResult> {
  return Excel.run((context) => writePlan(context, rows, settings));
}
