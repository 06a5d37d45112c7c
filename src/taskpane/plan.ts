/**
 * The headcount plan: a new worksheet laid out by the engine's plan sheet (planSheetFor):
 * the inputs block, an Excel table of the hires' fields, one PLANROW formula a hire beside
 * it and the totals under them, then a chart. The pane computes nothing: Excel recalculates
 * every figure, so the plan stays live when an input changes. It reads the workbook's sheet,
 * table and defined names, then writes everything in one batch to a sheet that did not exist
 * before, so no cell of the user's is touched. Excel does not roll back a batch that fails
 * half-way, so the sheet is added hidden and shown last, and on failure a still-hidden sheet
 * of that name is deleted: nothing half-built stays behind, and a sheet the user made
 * meanwhile is never touched.
 */
import {
  isCalendarDate,
  EngineError,
  planFields,
  type BudgetYear,
  type PlanInputValues,
  type PlanRowValues,
  type PlanSheet,
  planSheetFor,
  pricePlanRow,
  resolvePlanInputs,
} from "../engine";
import { aipay } from "./workbook-engine";
import { followOrPin, queuePinRead } from "./pin";
import { functionNamespace } from "./namespace";
import { addPlanDropdowns, hostHasDropdowns } from "./plan-dropdowns";
import { hostSupports, requirements } from "./requirements";

export interface PlanRow {
  role: string;
  /** Empty for leadership roles, which have one band per location. */
  level: string;
  location: string;
  /** ISO date, yyyy-mm-dd. */
  start: string;
  headcount: number;
  /** ISO date of the last day employed, for a leaver. */
  end?: string;
  /** "outside" or "inside" for a contractor; empty for an employee. */
  ir35?: string;
}

export interface PlanSettings {
  /** Billable days a contractor works a year. */
  contractDays: number;
  budgetYear: BudgetYear;
}

export interface PlanResult {
  sheet: string;
  table: string;
}

/** The first of base, "base 2", "base 3" … not already taken (Excel compares names case-insensitively). */
export function uniqueName(base: string, taken: readonly string[], separator = " "): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  let n = 2;
  while (used.has(`${base}${separator}${n}`.toLowerCase())) n++;
  return `${base}${separator}${n}`;
}

/** The plan's inputs as the sheet states them: the budget year's start and its employer-rate year, named. */
export const planInputsOf = (settings: PlanSettings): PlanInputValues =>
  resolvePlanInputs(aipay, {
    yearStart: settings.budgetYear.start,
    taxYear: settings.budgetYear.taxYear,
    contractDays: settings.contractDays,
  });

const rowValues = (row: PlanRow): PlanRowValues => ({
  role: row.role,
  level: row.level,
  location: row.location,
  start: row.start,
  end: row.end ?? null,
  headcount: row.headcount,
  ir35: row.ir35 ?? null,
});

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
    ...(Number.isFinite(row.headcount) && row.headcount > 0
      ? []
      : [`Row ${i + 1}: headcount must be more than 0 (0.5 is one person at half time).`]),
  ]);
  const days = settings.contractDays;
  if (!(Number.isInteger(days) && days >= 1 && days <= 366))
    problems.push("Contract days a year must be a whole number from 1 to 366.");
  if (problems.length > 0) return problems;
  let inputs: PlanInputValues;
  try {
    inputs = planInputsOf(settings);
  } catch (error) {
    return [error instanceof EngineError ? error.message : String(error)];
  }
  // A row the guide cannot price (no day rate for a leadership role, say) would write #N/A:
  // say so before writing anything.
  return rows.flatMap((row, i) => {
    try {
      pricePlanRow(aipay, rowValues(row), inputs);
      return [];
    } catch (error) {
      return [`Row ${i + 1}: ${error instanceof EngineError ? error.message : String(error)}`];
    }
  });
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

/**
 * Writes the plan into the workbook behind `context`: the names (and the workbook's pin) read,
 * then one batch of writes, which pins a workbook with no pin to the edition the plan is priced in.
 */
export async function writePlan(
  context: Excel.RequestContext,
  rows: readonly PlanRow[],
  settings: PlanSettings,
): Promise<PlanResult> {
  const problems = planProblems(rows, settings);
  if (problems.length > 0) throw new Error(problems.join(" "));
  const pinRead = queuePinRead(context);
  const taken = await takenNames(context);
  const held = pinRead();
  aipay.pinWorkbook(held);
  const layout = planSheetFor(aipay, rows.map(rowValues), planInputsOf(settings), functionNamespace);
  const sheetName = uniqueName("AIPAY plan", taken.sheets);
  const tableName = uniqueName("AIPAYPlan", taken.tables, "");
  let pinned = () => undefined as void;
  try {
    await writePlanSheet(context, sheetName, tableName, layout, () => (pinned = followOrPin(context, held)));
  } catch (error) {
    await removeSheet(context, sheetName);
    throw error;
  }
  pinned();
  return { sheet: sheetName, table: tableName };
}

/** Deletes the sheet if the failed batch added it: it is then still hidden, and no sheet of the user's is. */
export async function removeSheet(context: Excel.RequestContext, name: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load("visibility"); // isNullObject is set by the sync itself
  await context.sync();
  if (sheet.isNullObject || sheet.visibility !== "Hidden") return;
  sheet.delete();
  await context.sync();
}

/**
 * The one batch of writes: the laid-out cells, the table over the fields, the dropdowns and the
 * chart; `last` queues what goes after them all (the workbook's pin).
 */
async function writePlanSheet(
  context: Excel.RequestContext,
  sheetName: string,
  tableName: string,
  layout: PlanSheet,
  last: () => void,
): Promise<void> {
  // Nothing recalculates while the cells go in: each PLANROW would otherwise run as it lands.
  if (hostSupports(requirements.suspendCalculation)) context.application.suspendApiCalculationUntilNextSync();
  const sheet = context.workbook.worksheets.add(sheetName);
  sheet.visibility = "Hidden"; // until it is complete
  const { cells, formats, table } = layout;
  // The inputs' names first, scoped to the sheet (a second plan has its own): the formulas read them.
  for (const { name, row, column } of layout.names) sheet.names.add(name, sheet.getRangeByIndexes(row, column, 1, 1));
  const all = sheet.getRangeByIndexes(0, 0, cells.length, cells[0].length);
  // Formats first, so a tax year "2026/27" stays text, and a name typed "=…" stays a name.
  all.numberFormat = formats;
  all.formulas = cells.map((row) => row.map((cell) => cell ?? ""));

  const plan = sheet.tables.add(sheet.getRangeByIndexes(table.headerRow, 0, table.rows + 1, table.columns), true);
  plan.name = tableName;
  addChart(sheet, layout);
  if (hostHasDropdowns()) {
    const columnOf = (name: string) => planFields.findIndex((f) => f.name === name);
    addPlanDropdowns(sheet, {
      headerRow: table.headerRow,
      rows: table.rows,
      columns: { Role: columnOf("role"), Level: columnOf("level"), Location: columnOf("location") },
      // The lists go right of the table, so neither covers the other.
      listsColumn: cells[0].length + 1,
    });
  }
  all.format.autofitColumns();
  sheet.visibility = "Visible";
  sheet.activate();
  last();
  await context.sync();
}

/** Cost by month as columns (the Total row), with employees in post as a line on its own axis where the host has one. */
function addChart(sheet: Excel.Worksheet, layout: PlanSheet): void {
  const { labelColumn, rows } = layout.totals;
  const months = 12;
  const chart = sheet.charts.add(
    "ColumnClustered",
    sheet.getRangeByIndexes(rows.Total, labelColumn, 1, months + 1),
    "Rows",
  );
  chart.title.text = "Plan cost by month";
  chart.axes.categoryAxis.setCategoryNames(sheet.getRangeByIndexes(layout.monthRow, labelColumn + 1, 1, months));
  if (hostSupports(requirements.chartAxisGroups)) {
    const heads = chart.series.add("Employees in post");
    heads.setValues(sheet.getRangeByIndexes(rows["Employees in post"], labelColumn + 1, 1, months));
    heads.chartType = "Line";
    heads.axisGroup = "Secondary";
  }
  // Under everything the layout writes, so the chart covers none of its figures.
  chart.setPosition(sheet.getRangeByIndexes(layout.cells.length + 1, labelColumn, 1, 1));
}

/** Creates the plan sheet in the open workbook. */
export function createPlanSheet(rows: readonly PlanRow[], settings: PlanSettings): Promise<PlanResult> {
  return Excel.run((context) => writePlan(context, rows, settings));
}
