import { invalidValue, type Matrix, type Scalar } from "../values";
import { isBlank, describe, toPence } from "../args";
import type { PayGuide, Point } from "../guide";
import type { Range } from "../schema";

/** The point argument: "mid" when omitted. */
export function pointArgument(guide: PayGuide, value: Scalar): Point {
  if (isBlank(value)) return "mid";
  if (typeof value !== "string")
    throw invalidValue(`point must be "low", "mid", "high" or "range" (got ${describe(value)}).`);
  return guide.point(value.trim());
}

/** Reads one point of a band: an end, the arithmetic midpoint, or both ends as a 1×2 row. */
export function pointOf(band: Range, point: Point): number | Matrix {
  switch (point) {
    case "low":
      return band.low;
    case "high":
      return band.high;
    case "mid":
      return toPence((band.low + band.high) / 2);
    case "range":
      return [[band.low, band.high]];
  }
}
