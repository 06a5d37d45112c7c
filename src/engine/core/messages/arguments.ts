/**
 * The messages for an argument AIPAY cannot use: the argument readers and the function
 * specs build them here from the parameter's name, its example
 * and what was given, so the same fault is worded the same way in every function. The
 * error code stays with the caller (#N/A for an empty argument, #VALUE! for a wrong type,
 * #NUM! for a number out of range).
 */
import { describe, shortened } from "../cells";
import type { Scalar } from "../values";
import { oneOf } from "./wording";

const suggesting = (example: string | undefined) => (example === undefined ? "" : `, e.g. "${example}"`);

export const ArgumentMessage = {
  emptyText: (argument: string, example: string | undefined) => `${argument} is empty: give one${suggesting(example)}.`,
  notText: (argument: string, example: string | undefined, value: Scalar) =>
    `${argument} must be text${suggesting(example)} (got ${describe(value)}).`,
  notLevel: (value: Scalar) =>
    `level must be a level name such as "Senior" or years of experience (got ${describe(value)}).`,
  notOption: (argument: string, accepted: readonly string[], value: Scalar) =>
    `${argument} must be ${oneOf(accepted)} (got ${describe(value)}).`,

  emptyNumber: (argument: string, example: string) => `${argument} is empty: give a number, e.g. ${example}.`,
  notNumber: (argument: string, example: string, value: Scalar) =>
    `${argument} must be a number, e.g. ${example} (got ${describe(value)}).`,
  tooLarge: (argument: string, value: Scalar) => `${argument} is too large to be a number (got ${describe(value)}).`,
  negative: (argument: string, amount: number) => `${argument} cannot be negative (got ${amount}).`,
  rateOutOfRange: (argument: string, range: { min: number; max: number }, rate: number) =>
    `${argument} is a fraction between ${range.min} and ${range.max}: 4% is 0.04 or 4% (got ${rate}).`,
  notFlag: (argument: string, value: Scalar) => `${argument} must be TRUE or FALSE (got ${describe(value)}).`,
  notSkills: (value: Scalar) =>
    `skills must be skill names, e.g. "Kubernetes" or "RAG, LoRA" (got ${describe(value)}).`,

  emptyDate: (argument: string) => `${argument} is empty: give a date, e.g. 2026-07-01 or a date cell.`,
  notDate: (argument: string, value: Scalar) =>
    `${argument} must be a date: a date cell or ISO text such as "2026-07-01" (got ${describe(value)}).`,
  /** Two dates of one call in the wrong order, e.g. a leaving date before the start. */
  before: (later: string, earlier: string) => `${later} is before ${earlier}.`,

  taxYearAsNumber: (year: number, asDate: string, name: string) =>
    `taxYear ${year} looks like a year, but a number here is read as a date (serial ${year} is ${asDate}). Write "${name}" for the tax year from 6 April ${year}, or give a date in it.`,
  notOneTaxYear: (given: string) =>
    `taxYear "${given}" is not one tax year: write the next year after the first, e.g. "2026/27".`,
  notTaxYear: (value: Scalar, latest: string) =>
    `taxYear must be a tax year such as "2026/27", a date in it, or "latest" (got ${describe(value)}); leave it empty for the latest rates AIPAY holds (${latest}).`,
};

/** Messages for one function's own rules about its arguments. */
export const RuleMessage = {
  notFirstOfMonth: (argument: string, iso: string) =>
    `${argument} must be the first day of a month, e.g. 2027-04-01 or 2027-01-01 (got ${iso}).`,
  notMonthNumber: (argument: string, month: number) =>
    `${argument} is a month number from 1 (January) to 12 (December), e.g. 4 for April (got ${month}).`,
  needsReviewMonth: (argument: string, month: string) =>
    `${argument} is given without ${month}: give the month pay is reviewed, e.g. 4 for April.`,
  notWholeMonths: (argument: string, max: number, given: number) =>
    `${argument} is a whole number of months from 0 to ${max}, e.g. 6 (got ${given}).`,
  tooManyDays: (argument: string, max: number, days: number) =>
    `${argument} is billable days in one year, at most ${max} (got ${days}).`,
  percentileOutOfRange: (percentile: number, range: { min: number; max: number }) =>
    `A percentile point must lie between ${range.min} and ${range.max}, e.g. 0.9: a lognormal fitted to the band's 25th and 75th percentiles says nothing reliable about the tails beyond (got ${percentile}).`,
  noPercentiles: (name: string, words: readonly string[], percentile: number) =>
    `${name} reads ${oneOf(words.map((word) => `"${word}"`))}; percentiles (got ${percentile}) are modelled for base salary only, in SALARYBAND.`,
  notFigureFunction: (names: readonly string[], given: string) =>
    `BASIS explains a figure function: ${names.join(", ")} (got "${shortened(given)}"). Give its name, then its arguments.`,
  argumentCount: (name: string, params: readonly string[]) =>
    `${name} takes ${params.length} arguments (${params.join(", ")}).`,
};
