/**
 * Date serials from a workbook on the 1904 date system. Its serials count from 1 January
 * 1904, so the same day is 1,462 less than in the 1900 system every reader speaks. Each
 * date or tax-year argument given as a number is moved into the 1900 system before its
 * function reads it, so the function's own rules (a start before an end, a tax year's
 * dates) apply to the days the workbook means.
 */
import { serialFrom1904, type DateSystem } from "../calendar/dates";
import { isEmptyCell } from "../core/cells";
import type { Cell } from "../core/values";
import { looksLikeYear } from "../args/dates";
import type { Parameter } from "./parameters";

/** A number the workbook holds for this parameter, as the 1900 system's serial of the same day. */
function in1900System(parameter: Parameter, value: Cell): Cell {
  if (typeof value !== "number" || isEmptyCell(value)) return value;
  if (parameter.kind === "date") return serialFrom1904(value, parameter.name);
  // A tax year typed as a year (2026) is refused as one in either system, never read as a date.
  if (parameter.kind === "taxYear" && !looksLikeYear(value)) return serialFrom1904(value, parameter.name);
  return value;
}

/** `args` as the 1900 system reads them (the same array when the workbook uses it). */
export function datesIn1900System<T extends Cell>(
  parameters: readonly Parameter[],
  args: readonly T[],
  system: DateSystem | undefined,
): readonly Cell[] {
  if (system !== 1904) return args;
  return args.map((value, i) => (i < parameters.length ? in1900System(parameters[i], value) : value));
}
