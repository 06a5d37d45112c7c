/**
 * Reading one argument value the way a spreadsheet user means it: an empty cell or
 * "" is "not given", numbers stay numbers, and a wrong type is a #VALUE! that says
 * what the argument wants.
 */
import { describe, isBlank, isEmptyCell } from "../core/cells";
import { numberInText } from "./numbers";
import { invalidValue, notAvailable, type LevelInput, type Scalar } from "../core/values";

/** Text that must be present, e.g. a role name; `example` is what the messages suggest. */
export function requiredText(value: Scalar, argument: string, example: string | undefined): string {
  const suggestion = example === undefined ? "" : `, e.g. "${example}"`;
  if (isEmptyCell(value)) throw notAvailable(`${argument} is empty: give one${suggestion}.`);
  if (typeof value !== "string") throw invalidValue(`${argument} must be text${suggestion} (got ${describe(value)}).`);
  return value.trim();
}

/** Optional text: null when blank. */
export function optionalText(value: Scalar, argument: string, example: string | undefined): string | null {
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
