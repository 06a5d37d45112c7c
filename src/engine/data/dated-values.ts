/**
 * Reading a dated parameter (a series of values, each in force from a date). Kept apart from
 * the zod schema that validates such series, so the model can read them without bundling zod.
 */

/** A series of values, oldest first, each in force from its ISO date until the next. */
export interface DatedValues {
  readonly values: readonly { readonly from: string; readonly value: number }[];
}

/** The value of a parameter in force on an ISO date, or undefined before its first value. */
export function valueOn(parameter: DatedValues, date: string): number | undefined {
  let inForce: number | undefined;
  for (const { from, value } of parameter.values) if (from <= date) inForce = value;
  return inForce;
}
