/**
 * What a cell holds, as the argument readers and messages see it: blank or empty, and the
 * value as a message echoes it. The lowest layer above the values themselves.
 */
import type { Scalar } from "./values";

export const isBlank = (value: Scalar): value is null | "" =>
  value === null || (typeof value === "string" && value.trim() === "");

/**
 * An empty cell where a number cannot be meant (a name, an option word, a date, a skill).
 * Excel on the web passes an empty cell as null, but Excel desktop passes it as 0, so
 * there 0 counts as empty too. Where 0 is a real value (amounts, rates, days, years) only
 * isBlank applies.
 */
export const isEmptyCell = (value: Scalar): value is null | "" | 0 => isBlank(value) || value === 0;

/** Excel's limit on the text of one cell; longer text arguments are refused. */
export const maxTextLength = 32_767;

/** The most characters of a user's input a message quotes. */
export const echoLength = 40;

/**
 * Input echoed in a message, cut to a readable length: a message says what was typed, not
 * 32,000 characters of it. The cut never splits a surrogate pair.
 */
export function shortened(text: string, max = echoLength): string {
  if (text.length <= max) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, cut)}…`;
}

export function describe(value: Scalar): string {
  if (value === null) return "an empty cell";
  if (typeof value === "string") return `"${shortened(value)}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
