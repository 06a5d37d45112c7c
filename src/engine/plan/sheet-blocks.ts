/**
 * The plan sheet's blocks under its totals and beside its inputs: each department by month,
 * the plan and each department by quarter (the summary lines of summary.ts), and the checks a
 * modeller reads first. A department's formulas read its name from the block's own cell; the
 * only words typed into formulas are the two kinds PLANROW answers (Employee, Contractor).
 */
import { kindLabels } from "./planrow";
import { noDepartment, quarters, summaryLines, type SummaryMeasure } from "./summary";
import { columnLetter } from "./sheet-columns";

const monthsInYear = 12;

/** Where the sheet's figures are, for the blocks to read (columns and rows zero-based). */
export interface SheetFrame {
  /** A column of the plan's rows as an absolute range, e.g. $S$17:$S$26. */
  rowsOf(column: number): string;
  /** The columns of PLANROW's kind and of its first month of cost, one-off cost and heads. */
  readonly kindColumn: number;
  readonly monthColumn: number;
  readonly oneOffColumn: number;
  readonly headsColumn: number;
  /** The column of the plan table's department field. */
  readonly departmentColumn: number;
  /** The columns of a block's group name and line label. */
  readonly groupColumn: number;
  readonly labelColumn: number;
}

/** A block's row: its cells by column, and whether it counts heads (formatted as a count, not money). */
export interface BlockRow {
  readonly cells: ReadonlyMap<number, string | number>;
  readonly counts: boolean;
}

const cell = (column: number, row: number) => `${columnLetter(column)}${row + 1}`;
const absolute = (column: number, row: number) => `$${columnLetter(column)}$${row + 1}`;

/** The departments of the plan's rows in the order first met; an empty one is "". */
export function departmentsOf(departments: readonly (string | null | undefined)[]): string[] {
  return [...new Set(departments.map((d) => (typeof d === "string" ? d.trim() : "")))];
}

/** What each measure sums of the plan's rows by month, for the rows whose department meets `criterion`. */
function departmentFormula(frame: SheetFrame, measure: SummaryMeasure, k: number, criterion: string, row: number) {
  const departments = frame.rowsOf(frame.departmentColumn);
  const kinds = frame.rowsOf(frame.kindColumn);
  const ofKind = (column: number, kind: string) =>
    `=SUMIFS(${frame.rowsOf(column + k)},${kinds},"${kind}",${departments},${criterion})`;
  switch (measure) {
    case "employees":
      return ofKind(frame.monthColumn, kindLabels.employee);
    case "contractors":
      return ofKind(frame.monthColumn, kindLabels.contractor);
    case "oneOffs":
      return `=SUMIFS(${frame.rowsOf(frame.oneOffColumn + k)},${departments},${criterion})`;
    case "total":
      // The three cost lines above this one in the block.
      return `=SUM(${cell(frame.monthColumn + k, row - 3)}:${cell(frame.monthColumn + k, row - 1)})`;
    case "employeesInPost":
      return ofKind(frame.headsColumn, kindLabels.employee);
    case "contractorsInPost":
      return ofKind(frame.headsColumn, kindLabels.contractor);
  }
}

/**
 * Each department's summary lines by month, from row `at`, its name in the group column and
 * read from there; rows with no department are matched by an empty criterion, which SUMIFS
 * meets with empty cells.
 */
export function departmentBlock(frame: SheetFrame, departments: readonly string[], at: number): BlockRow[] {
  return departments.flatMap((department, d) =>
    summaryLines.map((line, i) => {
      const row = at + d * summaryLines.length + i;
      const nameRow = at + d * summaryLines.length;
      const criterion = department === "" ? '""' : absolute(frame.groupColumn, nameRow);
      const cells = new Map<number, string | number>([[frame.labelColumn, line.label]]);
      if (i === 0) cells.set(frame.groupColumn, department === "" ? noDepartment : department);
      for (let k = 0; k < monthsInYear; k++)
        cells.set(frame.monthColumn + k, departmentFormula(frame, line.measure, k, criterion, row));
      return { cells, counts: line.atMonthEnd };
    }),
  );
}

/** A group of the summary: its name, and the row that holds each of its lines by month. */
export interface SummaryGroup {
  readonly name: string;
  rowOf(measure: SummaryMeasure): number;
}

/**
 * Groups' summary lines by quarter and year, from their rows by month: a cost line adds its
 * quarter's months and its year's; a head count takes its quarter's last month, and has no year.
 */
export function quarterBlock(frame: SheetFrame, groups: readonly SummaryGroup[]): BlockRow[] {
  const header = new Map<number, string | number>([[frame.groupColumn, "By quarter"]]);
  quarters.forEach((_, q) => header.set(frame.monthColumn + q, `Q${q + 1}`));
  header.set(frame.monthColumn + quarters.length, "Year");
  const rows: BlockRow[] = [{ cells: header, counts: false }];
  for (const group of groups)
    summaryLines.forEach((line, i) => {
      const source = group.rowOf(line.measure);
      const cells = new Map<number, string | number>([[frame.labelColumn, line.label]]);
      if (i === 0) cells.set(frame.groupColumn, group.name);
      quarters.forEach((months, q) => {
        const first = cell(frame.monthColumn + months[0], source);
        const last = cell(frame.monthColumn + months[months.length - 1], source);
        cells.set(frame.monthColumn + q, line.atMonthEnd ? `=${last}` : `=SUM(${first}:${last})`);
      });
      if (!line.atMonthEnd)
        cells.set(
          frame.monthColumn + quarters.length,
          `=SUM(${cell(frame.monthColumn, source)}:${cell(frame.monthColumn + monthsInYear - 1, source)})`,
        );
      rows.push({ cells, counts: line.atMonthEnd });
    });
  return rows;
}

export const checkNames = [
  "Every row priced",
  "Rows add up to the totals",
  "Heads add up to those in post",
  "Departments add up to the plan",
  "Quarters add up to the year",
] as const;
export type CheckName = (typeof checkNames)[number];

/** Where the checks read: the plan's totals rows and the quarter block's rows, by group. */
export interface CheckSources {
  /** The plan table's Role column: a row with a role is one to price. */
  readonly roleColumn: number;
  readonly totalRow: number;
  readonly employeesInPostRow: number;
  readonly contractorsInPostRow: number;
  /** The quarter block's Total line for the plan, and for each department. */
  readonly planQuarterTotal: number;
  readonly departmentQuarterTotals: readonly number[];
}

/**
 * The checks, each TRUE or FALSE (an error in what it reads counts as FALSE), with their
 * formulas by name; `all` is TRUE only when every check is.
 */
export function checkFormulas(frame: SheetFrame, sources: CheckSources): Record<CheckName, string> {
  const kinds = frame.rowsOf(frame.kindColumn);
  const block = (column: number, width: number) =>
    `${frame.rowsOf(column).split(":")[0]}:${frame.rowsOf(column + width - 1).split(":")[1]}`;
  const line = (row: number, from: number, width: number) =>
    `${absolute(from, row)}:${absolute(from + width - 1, row)}`;
  const months = (row: number) => line(row, frame.monthColumn, monthsInYear);
  const yearOf = (row: number) => absolute(frame.monthColumn + quarters.length, row);
  const quartersOf = (row: number) => line(row, frame.monthColumn, quarters.length);
  const zero = (expression: string) => `=IFERROR(ROUND(${expression},2)=0,FALSE)`;
  return {
    "Every row priced": `=COUNTIF(${kinds},"${kindLabels.employee}")+COUNTIF(${kinds},"${kindLabels.contractor}")=COUNTA(${frame.rowsOf(sources.roleColumn)})`,
    "Rows add up to the totals": zero(
      `SUM(${block(frame.monthColumn, monthsInYear)})+SUM(${block(frame.oneOffColumn, monthsInYear)})-SUM(${months(sources.totalRow)})`,
    ),
    "Heads add up to those in post": zero(
      `SUM(${block(frame.headsColumn, monthsInYear)})-SUM(${months(sources.employeesInPostRow)})-SUM(${months(sources.contractorsInPostRow)})`,
    ),
    "Departments add up to the plan": zero(
      `${sources.departmentQuarterTotals.map(yearOf).join("+")}-${yearOf(sources.planQuarterTotal)}`,
    ),
    "Quarters add up to the year": zero(
      `SUM(${quartersOf(sources.planQuarterTotal)})-${yearOf(sources.planQuarterTotal)}`,
    ),
  };
}
