/**
 * The plan sheet's monthly budget, beside the plan table: one row per hire of live AIPAY
 * formulas (the salary at the pay target, aged to the start, loaded, then phased by
 * MONTHLY into twelve columns headed by first-of-month dates, and heads in post by
 * HEADCOUNT), rows of totals, cumulative cost and headcount by month, a scenario block of
 * the year's cost at low, mid and high and as contractors, and a chart of cost (columns)
 * with headcount (line). The pane computes nothing here either: every figure is a formula.
 */
import { payGuide } from "../engine";
import { columnLetter } from "./sheet-columns";

/** The plan header's assumptions for the monthly budget, as typed into its input cells. */
export interface PlanAssumptions {
  /** "low", "mid", "high" or a percentile such as 0.9: SALARYBAND's point. */
  payTarget: string | number;
  /** Market ageing a year from the guide's effective date to each start, a fraction. */
  agingRate: number;
  /** The pay review's month 1–12, or null for no review. */
  reviewMonth: number | null;
  /** The review's rise, a fraction; null for MONTHLY's default. */
  reviewRate: number | null;
}

/** Mid-band pay aged at the trends note's rate, with no pay review until one is set. */
export const defaultAssumptions = (): PlanAssumptions => ({
  payTarget: "mid",
  agingRate: payGuide.data.trends.salaryGrowth.annualRate,
  reviewMonth: null,
  reviewRate: null,
});

/** What is wrong with the assumptions, one line each, before anything is written. */
export function assumptionProblems(assumptions: PlanAssumptions): string[] {
  const { payTarget, agingRate, reviewMonth, reviewRate } = assumptions;
  const fraction = (rate: number, min: number) => Number.isFinite(rate) && rate >= min && rate <= 0.99;
  return [
    ...(String(payTarget).trim() === "" ? ["Choose a pay target: low, mid, high or a percentile."] : []),
    ...(fraction(agingRate, -0.99) ? [] : ["Market ageing must be a rate between -99% and 99%, e.g. 4%."]),
    ...(reviewMonth === null || (Number.isInteger(reviewMonth) && reviewMonth >= 1 && reviewMonth <= 12)
      ? []
      : ["The pay review month must be a month number from 1 to 12."]),
    ...(reviewRate === null || fraction(reviewRate, 0) ? [] : ["The pay review rise must be a rate from 0% to 99%."]),
    ...(reviewRate !== null && reviewMonth === null ? ["A pay review rise needs a review month."] : []),
  ];
}

/** Absolute addresses ($B$1 …) of the header's input cells that the monthly formulas read. */
export interface MonthlyInputCells {
  yearStart: string;
  taxYear: string;
  payTarget: string;
  agingRate: string;
  reviewMonth: string;
  reviewRate: string;
}

/** Where the plan table is: its header row and first column are zero-based, as getRangeByIndexes takes them. */
export interface TableAt {
  headerRow: number;
  hires: number;
  /** The table's columns by header, as letters ("A" …), for the formulas on each hire's row. */
  column(header: "Role" | "Level" | "Location" | "Start" | "Headcount" | "Contract days"): string;
  /** The first column free to the right of the table, leaving one blank column. */
  nextColumn: number;
}

const money = "£#,##0";
const months = 12;
/** The per-hire columns before the months: an input, then three formulas. */
const leadColumns = ["Leaving date", "Salary at target", "Aged to start", "Loaded cost a year"] as const;
const scenarioColumns = ["Year at low", "Year at mid", "Year at high", "Year as contractor"] as const;

/** The block's columns, zero-based, from its first. */
function monthlyLayout(table: TableAt) {
  const first = table.nextColumn;
  const monthColumn = first + leadColumns.length;
  const headcountColumn = monthColumn + months + 1;
  const scenarioColumn = headcountColumn + months + 1;
  const firstHireRow = table.headerRow + 1;
  const totalsRow = firstHireRow + table.hires;
  return {
    first,
    monthColumn,
    headcountColumn,
    scenarioColumn,
    width: scenarioColumn + scenarioColumns.length - first,
    firstHireRow,
    /** The Total row, under the hires; Headcount and Cumulative follow it. */
    totalsRow,
    cumulativeRow: totalsRow + 2,
  };
}

/** One hire's formulas, left to right across the block; the twelve-column spills leave their cells empty. */
function hireFormulas(table: TableAt, inputs: MonthlyInputCells, sheetRow: number): (string | null)[] {
  const at = (header: Parameters<TableAt["column"]>[0]) => `$${table.column(header)}${sheetRow}`;
  const layout = monthlyLayout(table);
  const own = (offset: number) => `${columnLetter(layout.first + offset)}${sheetRow}`;
  const leaving = `$${own(0)}`;
  const loadedAt = (point: string) =>
    `AIPAY.LOADEDCOST(AIPAY.AGED(AIPAY.SALARYBAND(${at("Role")},${at("Level")},${at("Location")},${point}),${at("Start")},${inputs.agingRate}),${inputs.taxYear})*${at("Headcount")}`;
  const phased = (annual: string, review: boolean) =>
    `AIPAY.MONTHLY(${annual},${at("Start")},${inputs.yearStart},${leaving}${review ? `,${inputs.reviewMonth},${inputs.reviewRate}` : ""})`;
  const contractor = `AIPAY.AGED(AIPAY.CONTRACTCOST(AIPAY.DAYRATE(${at("Role")},${at("Level")}),${at("Contract days")}),${at("Start")},${inputs.agingRate})*${at("Headcount")}`;
  const spill = (formula: string) => [formula, ...Array<null>(months - 1).fill(null)];
  return [
    null, // Leaving date: the user's input
    `=AIPAY.SALARYBAND(${at("Role")},${at("Level")},${at("Location")},${inputs.payTarget})`,
    `=AIPAY.AGED(${own(1)},${at("Start")},${inputs.agingRate})`,
    `=AIPAY.LOADEDCOST(${own(2)},${inputs.taxYear})*${at("Headcount")}`,
    ...spill(`=${phased(own(3), true)}`),
    null,
    ...spill(`=AIPAY.HEADCOUNT(${at("Start")},${inputs.yearStart},${leaving},${at("Headcount")})`),
    null,
    ...["low", "mid", "high"].map((point) => `=SUM(${phased(loadedAt(`"${point}"`), true)})`),
    // The guide publishes no day rate for Junior or leadership roles; a contractor is not reviewed.
    `=IFNA(SUM(${phased(contractor, false)}),"no day rate")`,
  ];
}

/** Every cell of the block, as the rows it spans: headers, hires, then Total, Headcount and Cumulative. */
function monthlyBlock(
  table: TableAt,
  inputs: MonthlyInputCells,
  leaving: readonly (string | null)[],
): { formulas: (string | null)[][]; formats: string[][] } {
  const layout = monthlyLayout(table);
  const sheetRow = (row: number) => row + 1;
  // Real first-of-month dates that follow the budget year's start, so SUMIFS into a P&L works.
  const dates = () => Array.from({ length: months }, (_, k) => `=EDATE(${inputs.yearStart},${k})`);
  const header: (string | null)[] = [...leadColumns, ...dates(), null, ...dates(), null, ...scenarioColumns];
  const hires = leaving.map((date, i) => {
    const row = hireFormulas(table, inputs, sheetRow(layout.firstHireRow + i));
    row[0] = date;
    return row;
  });

  const offset = (column: number) => column - layout.first;
  const blankRow = () => Array<string | null>(layout.width).fill(null);
  const columnSum = (column: number) =>
    `=SUM(${columnLetter(column)}${sheetRow(layout.firstHireRow)}:${columnLetter(column)}${sheetRow(layout.totalsRow - 1)})`;
  const total = blankRow();
  const headcount = blankRow();
  const cumulative = blankRow();
  total[offset(layout.monthColumn) - 1] = "Total";
  headcount[offset(layout.monthColumn) - 1] = "Headcount";
  cumulative[offset(layout.monthColumn) - 1] = "Cumulative";
  for (let k = 0; k < months; k++) {
    const month = layout.monthColumn + k;
    const heads = layout.headcountColumn + k;
    total[offset(month)] = columnSum(month);
    total[offset(heads)] = columnSum(heads);
    headcount[offset(month)] = `=${columnLetter(heads)}${sheetRow(layout.totalsRow)}`;
    cumulative[offset(month)] =
      `=SUM($${columnLetter(layout.monthColumn)}${sheetRow(layout.totalsRow)}:${columnLetter(month)}${sheetRow(layout.totalsRow)})`;
  }
  scenarioColumns.forEach((_, s) => (total[offset(layout.scenarioColumn + s)] = columnSum(layout.scenarioColumn + s)));

  const formats = (row: "header" | "hire" | "count") =>
    Array.from({ length: layout.width }, (_, i) => {
      const column = layout.first + i;
      if (row === "header") return column >= layout.monthColumn && column < layout.scenarioColumn ? "mmm yyyy" : "@";
      if (i === 0) return "yyyy-mm-dd";
      if (column >= layout.headcountColumn && column < layout.scenarioColumn) return "0";
      return row === "count" && column >= layout.monthColumn && column < layout.headcountColumn ? "0" : money;
    });
  return {
    formulas: [header, ...hires, total, headcount, cumulative],
    formats: [
      formats("header"),
      ...hires.map(() => formats("hire")),
      formats("hire"),
      formats("count"),
      formats("hire"),
    ],
  };
}

/**
 * Writes the block and its chart into the batch of `sheet`. `leaving` holds each hire's
 * leaving date (a formula) or null. Cells a spill will fill are written empty, so nothing
 * blocks the spill.
 * Returns the first column free to its right, leaving one blank column.
 */
export function writeMonthlyBlock(
  sheet: Excel.Worksheet,
  table: TableAt,
  inputs: MonthlyInputCells,
  leaving: readonly (string | null)[],
): number {
  const layout = monthlyLayout(table);
  const { formulas, formats } = monthlyBlock(table, inputs, leaving);
  const block = sheet.getRangeByIndexes(table.headerRow, layout.first, formulas.length, layout.width);
  block.numberFormat = formats;
  block.formulas = formulas.map((row) => row.map((cell) => cell ?? ""));
  block.format.autofitColumns();

  // Cost by month as columns, headcount as a line on its own axis; the series are the
  // Total and Headcount rows, named by their labels, over the month headers.
  const chart = sheet.charts.add(
    "ColumnClustered",
    sheet.getRangeByIndexes(layout.totalsRow, layout.monthColumn - 1, 2, months + 1),
    "Rows",
  );
  chart.title.text = "Plan cost by month, with headcount";
  const heads = chart.series.getItemAt(1);
  heads.chartType = "Line";
  heads.axisGroup = "Secondary";
  chart.axes.categoryAxis.setCategoryNames(sheet.getRangeByIndexes(table.headerRow, layout.monthColumn, 1, months));
  chart.setPosition(sheet.getRangeByIndexes(layout.cumulativeRow + 2, layout.monthColumn, 1, 1));
  return layout.first + layout.width + 1;
}
