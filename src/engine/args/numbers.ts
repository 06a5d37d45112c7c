/**
 * Reading numeric arguments (amounts, rates, flags) the way a spreadsheet user means
 * them: an empty cell is "not given", numeric text counts as its number, and anything
 * else is an error that says what the argument wants.
 */
import { isBlank, isEmptyCell } from "../core/cells";
import { ArgumentMessage } from "../core/messages";
import { invalidNumber, invalidValue, notAvailable, type Scalar } from "../core/values";

const plainNumber = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?(%?)$/i;
/** Digits grouped in threes by commas, the first group not 0: "85,000", "1,234,567.50". */
const groupedThousands = /^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d*)?%?$/;
/** A single comma with digits after it and no point: "0,9", "12,5%", ",5". */
const decimalComma = /^([+-]?\d*),(\d+%?)$/;

/**
 * Numeric text as a number: what Excel's arithmetic reads ("100000", "1e3", "4%" = 0.04,
 * "85,000" = 85000), and a decimal comma as half of Europe writes one ("0,9" = 0.9). Commas
 * that group digits in threes ("85,000", "1,500") are thousands separators, as in a UK
 * workbook; any other single comma between digits, with no point, is a decimal comma
 * ("0,9", "0,900", "12,5%", "1234,5"). Other text with commas ("1.234,5", "1,2,3") is no number.
 */
const plainDecimal = /^\d+(?:\.\d+)?$/;

export function numberInText(text: string): number | undefined {
  // Most numeric text is plain digits ("2", "0.5", as a plan file writes a headcount).
  if (plainDecimal.test(text)) return Number(text);
  const trimmed = text.trim();
  const written = groupedThousands.test(trimmed) ? trimmed.replace(/,/g, "") : trimmed.replace(decimalComma, "$1.$2");
  const match = plainNumber.exec(written);
  if (!match) return undefined;
  return match[3] ? Number(written.slice(0, -1)) / 100 : Number(written);
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

/**
 * TRUE or FALSE written as text, in any case: what a cell holding "TRUE" passes, and what
 * Excel may pass for a typed TRUE where the parameter is declared as text (an option word's
 * enum). Undefined for any other text.
 */
export function booleanInText(text: string): boolean | undefined {
  const word = text.trim().toUpperCase();
  return word === "TRUE" ? true : word === "FALSE" ? false : undefined;
}

/** TRUE or FALSE (or that text); FALSE when blank. */
export function flagArgument(value: Scalar, argument: string): boolean {
  if (isEmptyCell(value)) return false;
  if (typeof value === "boolean") return value;
  const flag = typeof value === "string" ? booleanInText(value) : undefined;
  if (flag !== undefined) return flag;
  throw invalidValue(ArgumentMessage.notFlag(argument, value));
}
