/**
 * Reading one argument value the way a spreadsheet user means it: an empty cell or
 * "" is "not given", numbers stay numbers, and a wrong type is a #VALUE! that says
 * what the argument wants.
 */
import type { LevelInput } from "./guide";
import { numberInText } from "./number-args";
import { invalidValue, notAvailable, type Scalar } from "./values";

export const isBlank = (value: Scalar): value is null | "" =>
  value === null || (typeof value === "string" && value.trim() === "");

/**
 * An empty cell where a number cannot be meant (a name, an option word, a date, a skill).
 * Excel on the web passes an empty cell as null, but Excel desktop passes it as 0, so
 * there 0 counts as empty too. Where 0 is a real value (amounts, rates, days, years) only
 * isBlank applies.
 */
export const isEmptyCell = (value: Scalar): value is null | "" | 0 => isBlank(value) || value === 0;

/** Text that must be present, e.g. a role name. */
export function requiredText(value: Scalar, argument: string, example: string): string {
  if (isEmptyCell(value)) throw notAvailable(`${argument} is empty: give one, e.g. "${example}".`);
  if (typeof value !== "string")
    throw invalidValue(`${argument} must be text, e.g. "${example}" (got ${describe(value)}).`);
  return value.trim();
}

/** Optional text: null when blank. */
export function optionalText(value: Scalar, argument: string, example: string): string | null {
  return isEmptyCell(value) ? null : requiredText(value, argument, example);
}

/** A level is a name ("Senior") or years of experience (5, or numeric text such as "3", as Excel's arithmetic reads it). */
export function levelArgument(value: Scalar): LevelInput | null {
  if (isBlank(value)) return null;
  if (typeof value === "boolean")
    throw invalidValue(`level must be a level name such as "Senior" or years of experience (got ${describe(value)}).`);
  if (typeof value === "number") return value;
  // "3%" is not a number of years, so it stays text and is refused as a level name.
  const years = value.includes("%") ? undefined : numberInText(value);
  return years ?? value.trim();
}

/** Excel's limit on the text of one cell; longer text arguments are refused. */
export const maxTextLength = 32_767;

/**
 * Input echoed in a message, cut to a readable length: a message says what was typed, not
 * 32,000 characters of it. The cut never splits a surrogate pair.
 */
export function shortened(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, cut)}…`;
}

export function describe(value: Scalar): string {
  if (value === null) return "an empty cell";
  if (typeof value === "string") return `"${shortened(value, 40)}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Money is reported to the penny so that derived figures (e.g. × 0.85) print cleanly. */
export const toPence = (amount: number) => Math.round(amount * 100) / 100;

/** Pence with binary floating-point noise removed (75,000 × 1.075 is 80,624.99999999999). */
const exactPence = (amount: number) => Math.round(amount * 1e6) / 1e4;
/** Up or down to the penny, for the ends of a derived band (see adjust). */
export const toPenceUp = (amount: number) => Math.ceil(exactPence(amount)) / 100;
export const toPenceDown = (amount: number) => Math.floor(exactPence(amount)) / 100;
