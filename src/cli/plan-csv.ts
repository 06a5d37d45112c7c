/**
 * The plan's CSV form: a header, a row a hire (its fields as given, then the chain's
 * figures, twelve months, the year and its one-off costs), the totals by month, then the
 * assumptions. Every
 * row is as wide as the header, so any CSV reader takes the whole file as one table.
 */
import { planFields, planRowAt, planRowCells, planRowColumns, planAssumptions } from "../engine";
import { aipay } from "./engine";
import type { PlanLayout } from "./plan-layout";
import { monthsInYear, yearOf } from "./plan-totals";

export type CsvRow = (string | number)[];

/** What a spreadsheet reads as the start of a formula (OWASP's CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Text a spreadsheet would take for a formula (a cell starting with =, +, -, @, tab or
 * carriage return) gets a leading quote, so it shows as the text it is. Only text: the
 * figures the engine computes are numbers and go out as they are.
 */
export function neutralised(text: string): string {
  return text !== "" && formulaStart.test(text) ? `'${text}` : text;
}

const figureHeaders = planRowColumns.slice(planRowAt.kind, planRowAt.months);
const width = planFields.length + figureHeaders.length + monthsInYear + 2;
const monthsAt = planFields.length + figureHeaders.length;

/** A row as wide as the header: a label in the first column and figures from `at` on. */
function padded(cells: readonly (string | number | null)[], at = 0): CsvRow {
  const row: CsvRow = new Array<string | number>(width).fill("");
  cells.forEach((cell, i) => (row[at + i] = cell ?? "none"));
  return row;
}

const labelled = (label: string, months: readonly number[], year?: number): CsvRow => {
  const row = padded([...months, year ?? ""], monthsAt);
  row[0] = label;
  return row;
};

export const csvLayout: PlanLayout<CsvRow> = {
  head: (months) => [[...planFields.map((field) => field.name), ...figureHeaders, ...months, "Year", "One-off costs"]],

  row(_line, values, hire) {
    const row: CsvRow = [];
    for (const field of planFields) row.push(neutralised(String(values[field.name] ?? "")));
    // PLANROW's cells up to the one-off months (kind, figures, months of cost), then the two years.
    const figures = planRowCells(hire) as (string | number)[];
    for (let i = 0; i < planRowAt.oneOffs; i++) row.push(figures[i]);
    row.push(yearOf(hire.months), yearOf(hire.oneOffs));
    return [row];
  },

  tail: (totals, inputs) => [
    labelled("Employees total", totals.employees, yearOf(totals.employees)),
    labelled("Contractors total", totals.contractors, yearOf(totals.contractors)),
    labelled("One-off costs", totals.oneOffs, yearOf(totals.oneOffs)),
    labelled("Total", totals.total, yearOf(totals.total)),
    labelled("Cumulative", totals.cumulative),
    labelled("Employees in post", totals.employeesInPost),
    labelled("Contractors in post", totals.contractorsInPost),
    padded(["Assumptions"]),
    ...planAssumptions(aipay, inputs).map(({ label, value }) => padded([label, value])),
  ],

  refused: (problem) => [padded(["Refused", neutralised(problem)])],
};

/**
 * A row as one line of CSV (RFC 4180): a cell holding the delimiter, either of Excel's two
 * list separators, a quote or a line break is quoted, with its quotes doubled; figures are
 * written as JavaScript writes numbers. Written here rather than by csv-stringify: a plan's
 * rows are all of one simple shape, and a stream stage a row cost more than pricing them.
 */
export function csvLine(row: CsvRow, delimiter: string): string {
  let line = "";
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    if (i > 0) line += delimiter;
    if (typeof cell === "number") line += figureText(cell);
    else if (cell !== "") line += needsQuotes.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  }
  return `${line}\n`;
}

/** Pence below this have at most 15 digits, few enough that their decimal is the one JavaScript writes. */
const penceLimit = 1e15;

/**
 * A figure as JavaScript writes it (String(figure)), the pounds and pence of an amount put
 * together by hand: nearly every figure in a plan is whole pence, and writing the integers
 * costs a fraction of JavaScript's shortest round-trip search. By hand only when the figure
 * is the double nearest to its pence as a decimal of at most 15 digits: then no shorter
 * decimal reads back as the same double, so that decimal is the one String writes. Anything
 * else (a compa-ratio's four places, 0.1 + 0.2, 1e21) goes to String.
 */
export function figureText(figure: number): string {
  if (Number.isInteger(figure)) return String(figure);
  const pence = Math.round(figure * 100);
  if (pence / 100 !== figure || !(Math.abs(pence) < penceLimit)) return String(figure);
  const unsigned = Math.abs(pence);
  const pounds = Math.floor(unsigned / 100);
  const cents = unsigned - pounds * 100; // 1–99: a whole number of pounds is an integer, written above
  const fraction = cents % 10 === 0 ? `.${cents / 10}` : cents < 10 ? `.0${cents}` : `.${cents}`;
  return `${pence < 0 ? "-" : ""}${pounds}${fraction}`;
}

/** Either list separator, tab, a quote or a line break. */
const needsQuotes = /[,;\t"\r\n]/;
