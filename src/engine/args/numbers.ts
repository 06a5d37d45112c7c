/**
 * Reading numeric arguments (amounts, rates, flags) the way a spreadsheet user means
 * them: an empty cell is "not given", numeric text counts as its number, and anything
 * else is an error that says what the argument wants.
 */
import { isBlank, isEmptyCell } from "../core/cells";
import { ArgumentMessage } from "../core/messages";
import { invalidNumber, invalidValue, notAvailable, type Scalar } from "../core/values";

const plainNumber = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?(%?)$/i;

/** Text that Excel's arithmetic reads as a number ("100000", "1e3", "4%" = 0.04), else undefined. */
export function numberInText(text: string): number | undefined {
  const trimmed = text.trim();
  const match = plainNumber.exec(trimmed);
  if (!match) return undefined;
  return match[3] ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
}

/** A number that must be present, e.g. a salary. */
export function requiredNumber(value: Scalar, argument: string, example: string): number {
  if (isBlank(value)) throw notAvailable(ArgumentMessage.emptyNumber(argument, example));
  if (typeof value === "number") return value;
  const number = typeof value === "string" ? numberInText(value) : undefined;
  // "1e999" reads as Infinity, which Excel's own arithmetic refuses too.
  if (number !== undefined && !Number.isFinite(number)) throw invalidNumber(ArgumentMessage.tooLarge(argument, value));
  if (number !== undefined) return number;
  throw invalidValue(ArgumentMessage.notNumber(argument, example, value));
}

/** An amount of money or days that cannot be negative. */
export function nonNegativeNumber(value: Scalar, argument: string, example: string): number {
  const amount = requiredNumber(value, argument, example);
  if (amount < 0) throw invalidNumber(ArgumentMessage.negative(argument, amount));
  return amount;
}

/** A rate written as a fraction (4% is 0.04), within `range`; undefined when blank. */
export function rateArgument(value: Scalar, argument: string, range: { min: number; max: number }): number | undefined {
  if (isBlank(value)) return undefined;
  const rate = requiredNumber(value, argument, "0.04 or 4%");
  if (rate < range.min || rate > range.max) throw invalidNumber(ArgumentMessage.rateOutOfRange(argument, range, rate));
  return rate;
}

/** TRUE or FALSE; FALSE when blank. */
export function flagArgument(value: Scalar, argument: string): boolean {
  if (isEmptyCell(value)) return false;
  if (typeof value === "boolean") return value;
  throw invalidValue(ArgumentMessage.notFlag(argument, value));
}
