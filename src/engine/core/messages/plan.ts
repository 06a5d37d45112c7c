/**
 * The plan's messages: a plan row or input AIPAY cannot price, and a plan file it cannot
 * read. Each names the field or column and says what is valid.
 */
import { describe } from "../cells";
import type { Scalar } from "../values";
import { oneOf } from "./wording";

export const PlanMessage = {
  /** A yes or no in the IR35 column says neither outside nor inside. */
  ir35Answer: (name: string, words: readonly string[], value: Scalar) =>
    `${name} must be ${oneOf(words.map((w) => `"${w}"`))} for a contractor, or empty for an employee (got ${describe(value)}).`,
  noRatesFor: (taxYear: string, held: readonly string[]) =>
    `AIPAY holds no employer rates for ${taxYear}: name the tax year whose rates to use, ${oneOf(held)}.`,
  notFirstOfMonth: (name: string, value: Scalar) =>
    `${name} must be the first day of a month, e.g. 2027-04-01 (got ${describe(value)}).`,
  employeesOnly: (name: string) =>
    `${name} prices a salary: leave it empty on a contractor's row (ir35 outside or inside), or empty ir35 for an employee.`,
  rangeTarget: (name: string) => `${name} must be one point (low, mid, high or a percentile such as 0.9), not range.`,
  reviewMonth: (name: string, value: Scalar) =>
    `${name} must be a month number from 1 to 12, or 0 or empty for no review (got ${describe(value)}).`,
  qualifyingMonths: (name: string, value: Scalar) =>
    `${name} must be a whole number of months from 0 to 120, e.g. 6 (got ${describe(value)}).`,
  timeToFill: (name: string, value: Scalar) =>
    `${name} must be a whole number of months from 0 to 24, e.g. 3 (got ${describe(value)}).`,
  salaryNeeded: (type: string) =>
    `an ${type} employee is priced on their own salary: give it in the salary column (their pay a year at the budget year's start).`,
  offerNeedsSalary: () => "an offer is priced at the salary offered: give it in the salary column.",
  filledAfterEnd: (months: number) =>
    `filled ${months} months after its start (the time to fill), this open position would start after its leaving date: move the end, or set its status to hired if it is filled.`,
  leaverNeedsEnd: () => "a leaver needs a leaving date: give their last day employed in the end column.",
  newPositionsOnly: (name: string, type: string) =>
    `${name} is for a new position or a backfill, not an ${type} employee: leave it empty, or set type to new or backfill.`,
  noOwnPay: (name: string) =>
    `${name} is an employee's: a contractor is priced at the market day rate, so leave it empty on a row with ir35.`,
  noRows: () => "the plan has no rows: give a header line and one line per position.",
  unknownColumns: (unknown: readonly string[], known: readonly string[]) =>
    `unknown column ${unknown.map((c) => `"${c}"`).join(", ")}: columns are ${known.join(", ")}.`,
  missingColumns: (missing: readonly string[]) => `the header needs the column ${missing.join(" and ")}.`,
  duplicateColumn: (first: string, second: string) =>
    `the columns "${first}" and "${second}" are the same column (headers are compared without case, spaces, underscores or hyphens).`,
  notCsv: (reason: string) => `not a CSV file: ${reason}`,
  tooManyCells: (line: number, cells: number, columns: number) =>
    `line ${line} has ${cells} cells where the header names ${columns} columns: quote a cell that holds the delimiter.`,
  atLine: (line: number, code: string, message: string) => `line ${line}: ${code}: ${message}`,
};
