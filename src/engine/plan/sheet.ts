/**
 * The plan sheet, laid out once as cells: the inputs block, the plan table (one row a
 * position: its fields as typed, then PLANROW's figures, a formula a column), and total rows,
 * the summary and the checks. The task pane writes it with Office.js, the example workbook
 * with ExcelJS, and the tests calculate it with HyperFormula. Every formula reads only cells
 * this layout fills: an input left empty would reach a formula as 0 on Excel desktop.
 */
import type { Scalar } from "../core/values";
import { parseIsoDate, partsOf } from "../calendar/dates";
import type { PayGuide } from "../model/guide";
import { planFields, type PlanRowValues } from "./fields";
import { planInputs, type InputName, type PlanInputValues } from "./inputs";
import { kindLabels, planRowAt, planRowColumns, planRowParameters } from "./planrow";
import { columnLetter } from "./sheet-columns";
import {
  checkFormulas,
  checkNames,
  departmentBlock,
  departmentsOf,
  quarterBlock,
  type BlockRow,
  type CheckName,
  type SheetFrame,
  type SummaryGroup,
} from "./sheet-blocks";
import { scenarioTargets, summaryLines, wholePlan, type SummaryMeasure } from "./summary";

/** A cell as written: a formula ("=…"), a value, or null for one left empty. */
export type SheetCell = string | number | null;

export interface PlanSheet {
  cells: SheetCell[][];
  formats: string[][];
  /** Zero-based: the plan table's header row, its rows and its width (from column A): the fields, then the figures. */
  table: { headerRow: number; rows: number; columns: number };
  /** Zero-based column of the first figure (Kind): from there, PLANROW's answer a cell a column. */
  figuresColumn: number;
  /** Zero-based row of the month dates over the figure columns' twelve-month runs. */
  monthRow: number;
  /** Zero-based rows of the totals under the table, by label, and the column of their labels. */
  totals: { labelColumn: number; rows: Readonly<Record<TotalRow, number>> };
  /**
   * Zero-based rows of the summary: each department's first line by month (in the order first
   * met, "" for rows with none), and the quarter block's header; its groups follow that header,
   * the plan first, each with summaryLines' lines in order.
   */
  summary: {
    departments: readonly { name: string; row: number }[];
    quarterHeader: number;
    /** The plan's year at each scenario's target, low, mid and high, side by side from `column`. */
    scenarios: { row: number; column: number };
  };
  /** The checks block: the cell of each check's TRUE or FALSE, and of the one that is TRUE when all are. */
  checks: { all: { row: number; column: number }; each: Readonly<Record<CheckName, { row: number; column: number }>> };
  /** Absolute addresses of the input cells ($B$1 …), by input. */
  inputCells: Readonly<Record<InputName, string>>;
  /**
   * The inputs' defined names (YearStart …), each for its cell: the formulas read the names,
   * so the writer must define them, scoped to the sheet so a second plan sheet has its own.
   */
  names: readonly {
    readonly name: string;
    readonly input: InputName;
    /** Its cell: absolute ($B$1), and zero-based. */
    readonly address: string;
    readonly row: number;
    readonly column: number;
  }[];
}

const money = "£#,##0.00";
/** The checks sit beside the inputs block, a column apart: their labels in D, their values in E. */
const checksColumn = 3;
const monthsInYear = 12;
const totalRows = [
  "Employees",
  "Contractors",
  "One-off costs",
  "Total",
  "Cumulative",
  "Employees in post",
  "Contractors in post",
] as const;
export type TotalRow = (typeof totalRows)[number];

/**
 * Zero-based row of the plan table's header: under the inputs block (the inputs, the budget
 * year's end and the guide) and the month dates. Fixed, so a reader can find a plan sheet's table.
 */
export const planHeaderRow = planInputs.length + 3;

/** An input's defined name in the plan sheet: its name in the model, capitalised (YearStart). */
const definedNameOf = (input: InputName): string => input.charAt(0).toUpperCase() + input.slice(1);

/** Excel's DATE() keeps a date a real date whatever the workbook's locale. */
const dateFormula = (iso: string): string => {
  const { year, month, day } = partsOf(parseIsoDate(iso, "date")!);
  return `=DATE(${year},${month},${day})`;
};

/** An input as its cell holds it: dates as DATE(), no review as 0, a percentile target as text. */
function inputCell(name: InputName, inputs: PlanInputValues): SheetCell {
  switch (name) {
    case "yearStart":
      return dateFormula(inputs.yearStart);
    case "reviewMonth":
      return inputs.reviewMonth ?? 0;
    case "payTarget":
      return String(inputs.payTarget);
    default:
      return inputs[name];
  }
}

/** A field as its cell holds it: dates as DATE(); a field not given is left empty for the user. */
function fieldCell(name: string, value: Scalar | undefined): SheetCell {
  if (value === undefined || value === null || value === "") return null;
  if ((name === "start" || name === "end") && typeof value === "string") return dateFormula(value);
  return typeof value === "boolean" ? String(value).toUpperCase() : value;
}

/**
 * The plan sheet for `rows` under `inputs` (resolved: every default stated), with formulas
 * in the namespace given (AIPAY, or the development build's).
 */
export function planSheet(
  guide: PayGuide,
  rows: readonly PlanRowValues[],
  inputs: PlanInputValues,
  namespace: string,
): PlanSheet {
  const source = guide.data.guide.source;
  const inputBlock: [string, SheetCell, string][] = [
    ...planInputs.map((input): [string, SheetCell, string] => [
      input.label,
      inputCell(input.name, inputs),
      input.format,
    ]),
    ["Budget year end", `=EDATE(${definedNameOf("yearStart")},12)-1`, "yyyy-mm-dd"],
    ["Salary guide", `${source.name}, effective ${source.effectiveDate}`, "@"],
  ];
  const inputCells = Object.fromEntries(planInputs.map((input, i) => [input.name, `$B$${i + 1}`])) as Record<
    InputName,
    string
  >;

  // The month dates sit on the row above the table's header: a table's headers are text.
  const headerRow = planHeaderRow;
  const monthRow = headerRow - 1; // the inputs block's length
  const firstHire = headerRow + 1;
  const figuresColumn = planFields.length;
  const monthColumn = figuresColumn + planRowAt.months;
  const oneOffColumn = figuresColumn + planRowAt.oneOffs;
  const headsColumn = figuresColumn + planRowAt.heads;
  // After the figures, the year's cost at each scenario's pay target, side by side.
  const scenarioColumn = figuresColumn + planRowColumns.length;
  const width = scenarioColumn + scenarioTargets.length;
  const labelColumn = figuresColumn + planRowAt.annual;
  const totalsAt = firstHire + rows.length + 1;

  const blankRow = (): SheetCell[] => Array<SheetCell>(width).fill(null);
  const cells: SheetCell[][] = [];
  const formats: string[][] = [];
  const formatRow = (format: (column: number) => string) => Array.from({ length: width }, (_, c) => format(c));

  inputBlock.forEach(([label, value, format]) => {
    const row = blankRow();
    row[0] = label;
    row[1] = value;
    cells.push(row);
    formats.push(formatRow((c) => (c === 1 ? format : "@")));
  });
  // Each twelve-month run (cost, one-off costs, heads in post) under its months' real
  // first-of-month dates, so SUMIFS into a P&L works.
  const months = blankRow();
  months[labelColumn] = "Month from";
  for (let column = monthColumn; column < figuresColumn + planRowAt.year; column++)
    months[column] = `=EDATE(${definedNameOf("yearStart")},${(column - monthColumn) % monthsInYear})`;
  // Over each scenario column, the target it prices at: its formulas read the word from here.
  scenarioTargets.forEach((target, s) => (months[scenarioColumn + s] = target));
  cells.push(months);
  formats.push(formatRow((c) => (c >= monthColumn ? "mmm yyyy" : "@")));

  const header = blankRow();
  planFields.forEach((field, c) => (header[c] = field.header));
  planRowColumns.forEach((label, k) => (header[figuresColumn + k] = label));
  scenarioTargets.forEach((target, s) => (header[scenarioColumn + s] = `Year at ${target}`));
  cells.push(header);
  formats.push(formatRow(() => "@"));

  const fieldColumn = new Map<string, number>(planFields.map((f, c) => [f.name, c]));
  rows.forEach((row, i) => {
    const sheetRow = firstHire + i + 1;
    const line = blankRow();
    planFields.forEach((field, c) => (line[c] = fieldCell(field.name, row[field.name])));
    const args = planRowParameters.map((name) => {
      const column = fieldColumn.get(name);
      return column === undefined ? definedNameOf(name as InputName) : `${columnLetter(column)}${sheetRow}`;
    });
    // Each figure column one formula, the same in every row (a table's calculated column, which
    // Excel fills into a row the user adds): that cell of the row's PLANROW answer.
    const planRow = `${namespace}.PLANROW(${args.join(",")})`;
    planRowColumns.forEach((_, k) => (line[figuresColumn + k] = `=INDEX(${planRow},1,${k + 1})`));
    // The year's cost again, priced at the target over the scenario's column.
    const targetArgument = planRowParameters.indexOf("payTarget");
    scenarioTargets.forEach((_, s) => {
      const target = `${columnLetter(scenarioColumn + s)}$${monthRow + 1}`;
      const scenarioArgs = args.map((arg, a) => (a === targetArgument ? target : arg));
      line[scenarioColumn + s] = `=INDEX(${namespace}.PLANROW(${scenarioArgs.join(",")}),1,${planRowAt.year + 1})`;
    });
    cells.push(line);
    formats.push(
      formatRow((c) => {
        if (c < figuresColumn) return planFields[c]?.format ?? "@";
        if (c >= headsColumn && c < figuresColumn + planRowAt.year) return "0.##";
        if (c === figuresColumn + planRowAt.compaRatio) return "0.00";
        return c === figuresColumn ? "@" : money;
      }),
    );
  });
  cells.push(blankRow());
  formats.push(formatRow(() => "General"));

  // Totals select rows by the kind PLANROW gives each row, so employees and contractors stay
  // apart. Their ranges take in the blank row under the table, so a row inserted at its end is
  // inside them and counted.
  const hireRange = (column: number) =>
    `$${columnLetter(column)}$${firstHire + 1}:$${columnLetter(column)}$${firstHire + rows.length + 1}`;
  const kinds = hireRange(figuresColumn);
  const at = (row: TotalRow) => totalsAt + totalRows.indexOf(row);
  const totalFormula: Record<TotalRow, (k: number) => string> = {
    Employees: (k) => `=SUMIF(${kinds},"${kindLabels.employee}",${hireRange(monthColumn + k)})`,
    Contractors: (k) => `=SUMIF(${kinds},"${kindLabels.contractor}",${hireRange(monthColumn + k)})`,
    "One-off costs": (k) => `=SUM(${hireRange(oneOffColumn + k)})`,
    Total: (k) =>
      `=${["Employees", "Contractors", "One-off costs"].map((row) => `${columnLetter(monthColumn + k)}${at(row as TotalRow) + 1}`).join("+")}`,
    Cumulative: (k) =>
      `=SUM($${columnLetter(monthColumn)}${at("Total") + 1}:${columnLetter(monthColumn + k)}${at("Total") + 1})`,
    "Employees in post": (k) => `=SUMIF(${kinds},"${kindLabels.employee}",${hireRange(headsColumn + k)})`,
    "Contractors in post": (k) => `=SUMIF(${kinds},"${kindLabels.contractor}",${hireRange(headsColumn + k)})`,
  };
  const blockFormats = (counts: boolean) =>
    formatRow((c) => (c >= monthColumn && c < headsColumn ? (counts ? "0.##" : money) : "@"));
  for (const label of totalRows) {
    const line = blankRow();
    line[labelColumn] = label;
    for (let k = 0; k < monthsInYear; k++) line[monthColumn + k] = totalFormula[label](k);
    cells.push(line);
    formats.push(blockFormats(label.endsWith("in post")));
  }

  // The summary: each department by month, then the plan and each department by quarter.
  const frame: SheetFrame = {
    rowsOf: hireRange,
    kindColumn: figuresColumn,
    monthColumn,
    oneOffColumn,
    headsColumn,
    departmentColumn: fieldColumn.get("department")!,
    groupColumn: labelColumn - 1,
    labelColumn,
  };
  const addBlock = (block: BlockRow[]) => {
    cells.push(blankRow());
    formats.push(formatRow(() => "General"));
    const first = cells.length;
    for (const row of block) {
      const line = blankRow();
      row.cells.forEach((value, column) => (line[column] = value));
      cells.push(line);
      formats.push(blockFormats(row.counts));
    }
    return first;
  };
  const departments = departmentsOf(rows.map((row) => row.department as string | null | undefined));
  const departmentsAt = addBlock(departmentBlock(frame, departments, cells.length + 1));
  const departmentRow = (d: number, measure: SummaryMeasure) =>
    departmentsAt + d * summaryLines.length + summaryLines.findIndex((line) => line.measure === measure);
  const planRowOf: Record<SummaryMeasure, TotalRow> = {
    employees: "Employees",
    contractors: "Contractors",
    oneOffs: "One-off costs",
    total: "Total",
    employeesInPost: "Employees in post",
    contractorsInPost: "Contractors in post",
  };
  const groups: SummaryGroup[] = [
    { name: wholePlan, rowOf: (measure) => at(planRowOf[measure]) },
    ...departments.map((name, d) => ({ name, rowOf: (measure: SummaryMeasure) => departmentRow(d, measure) })),
  ];
  const quarterHeader = addBlock(quarterBlock(frame, groups));

  // The scenarios side by side: the plan's year at each target, from the scenario columns.
  const scenarioYears = blankRow();
  scenarioYears[frame.groupColumn] = "Scenarios";
  scenarioYears[labelColumn] = "Cost in the year";
  scenarioTargets.forEach((_, s) => {
    scenarioYears[monthColumn + s] = `=SUM(${hireRange(scenarioColumn + s)})`;
  });
  const scenarioHeads = blankRow();
  scenarioTargets.forEach((target, s) => (scenarioHeads[monthColumn + s] = `At ${target}`));
  cells.push(blankRow(), scenarioHeads, scenarioYears);
  formats.push(
    formatRow(() => "General"),
    formatRow(() => "@"),
    blockFormats(false),
  );
  const scenarioRow = cells.length - 1;
  const quarterRow = (group: number, measure: SummaryMeasure) =>
    quarterHeader + 1 + group * summaryLines.length + summaryLines.findIndex((line) => line.measure === measure);

  // The checks, beside the inputs: a label and TRUE or FALSE each, and one for them all.
  const checks = checkFormulas(frame, {
    roleColumn: fieldColumn.get("role")!,
    totalRow: at("Total"),
    employeesInPostRow: at("Employees in post"),
    contractorsInPostRow: at("Contractors in post"),
    planQuarterTotal: quarterRow(0, "total"),
    departmentQuarterTotals: departments.map((_, d) => quarterRow(d + 1, "total")),
  });
  const [checkLabel, checkValue] = [checksColumn, checksColumn + 1];
  cells[0][checkLabel] = "All checks pass";
  cells[0][checkValue] = `=AND(${columnLetter(checkValue)}2:${columnLetter(checkValue)}${checkNames.length + 1})`;
  checkNames.forEach((name, i) => {
    cells[i + 1][checkLabel] = name;
    cells[i + 1][checkValue] = checks[name];
  });
  for (let i = 0; i <= checkNames.length; i++) formats[i][checkValue] = "General";

  return {
    cells,
    formats,
    table: { headerRow, rows: rows.length, columns: width },
    figuresColumn,
    monthRow,
    totals: {
      labelColumn,
      rows: Object.fromEntries(totalRows.map((label) => [label, at(label)])) as Record<TotalRow, number>,
    },
    inputCells,
    names: planInputs.map(({ name }, i) => ({
      name: definedNameOf(name),
      input: name,
      address: inputCells[name],
      row: i,
      column: 1,
    })),
    summary: {
      departments: departments.map((name, d) => ({ name, row: departmentRow(d, "employees") })),
      quarterHeader,
      scenarios: { row: scenarioRow, column: monthColumn },
    },
    checks: {
      all: { row: 0, column: checkValue },
      each: Object.fromEntries(checkNames.map((name, i) => [name, { row: i + 1, column: checkValue }])) as Record<
        CheckName,
        { row: number; column: number }
      >,
    },
  };
}
