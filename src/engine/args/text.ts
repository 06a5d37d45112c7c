/**
 * Reading one argument value the way a spreadsheet user means it: an empty cell or
 * "" is "not given", numbers stay numbers, and a wrong type is a #VALUE! that says
 * what the argument wants.
 */
import { isBlank, isEmptyCell } from "../core/cells";
import { ArgumentMessage } from "../core/messages";
import { numberInText } from "./numbers";
import { invalidValue, notAvailable, type LevelInput, type Scalar } from "../core/values";

/** Text that must be present, e.g. a role name; `example` is what the messages suggest. */
export function requiredText(value: Scalar, argument: string, example: string | undefined): string {
  if (isEmptyCell(value)) throw notAvailable(ArgumentMessage.emptyText(argument, example));
  if (typeof value !== "string") throw invalidValue(ArgumentMessage.notText(argument, example, value));
  return value.trim();
}

/** Optional text: null when blank. */
export function optionalText(value: Scalar, argument: string, example: string | undefined): string | null {
  return isEmptyCell(value) ? null : requiredText(value, argument, example);
}

/** A level is a name ("Senior") or years of experience (5, or numeric text such as "3", as Excel's arithmetic reads it). */
export function levelArgument(value: Scalar): LevelInput | null {
  if (isBlank(value)) return null;
  if (typeof value === "boolean") throw invalidValue(ArgumentMessage.notLevel(value));
  if (typeof value === "number") return value;
  // "3%" is not a number of years, so it stays text and is refused as a level name.
  const years = value.includes("%") ? undefined : numberInText(value);
  return years ?? value.trim();
}
