import { invalidNumber, type Matrix, type Scalar } from "../core/values";
import { isEmptyCell } from "../core/cells";
import { RuleMessage } from "../core/messages";
import { toPence } from "../core/money";
import { numberInText } from "../args/numbers";
import type { PayGuide, Point } from "../model/guide";
import { fittedPercentiles, lognormalQuantile } from "../model/normal";
import type { Range } from "../data/schema";
import { option } from "./parameters";

/** A point word, or a percentile within the range the lognormal fit supports (fittedPercentiles). */
export type BandPoint = Point | { percentile: number };

/** A point parameter: "mid" when omitted; `about` and `note` say what it reads of this function's band. */
export const pointParameter = ({ about, note }: { about: string; note: string }) =>
  option<Point>("point", {
    about,
    note,
    default: "`mid`",
    words: (guide) => guide.data.vocabulary.points.map((p) => p.point),
    blank: "mid",
    resolve: (guide, word) => guide.point(word),
  });

/** The point of a printed low–high range. */
export const point = pointParameter({
  about: "a point of the printed range, or an alias",
  note: "`mid` is the arithmetic midpoint; `range` gives low and high side by side (a 1×2 spill)",
});

/** SALARYBAND's point: a point word, or a percentile. */
export const salaryPoint = pointParameter({
  about: "a point of the band, or an alias",
  note: '`low` is the 25th percentile, `high` the 75th, `mid` the arithmetic midpoint and `range` both side by side (a 1×2 spill). Or a **percentile** from 0.05 to 0.95, such as `0.9`, `90%` or `"0,9"` (see [Percentiles](#percentiles))',
});

/** The point argument of a salary: a point word, or a number in fittedPercentiles for that percentile. */
export const salaryPointArgument = (guide: PayGuide, value: Scalar): BandPoint =>
  pointOrPercentile(guide, value, salaryPoint);

/** A point word read by `words`, or a number in fittedPercentiles for that percentile. */
export function pointOrPercentile(guide: PayGuide, value: Scalar, words: typeof salaryPoint): BandPoint {
  // Numeric text ("0.9", "90%") is a percentile, as Excel's arithmetic would read it.
  const percentile = typeof value === "string" ? numberInText(value) : value;
  // 0, no percentile, is an empty cell as Excel desktop may pass one: the default point.
  if (typeof percentile !== "number" || isEmptyCell(value)) return words.read(value, guide);
  const { min, max } = fittedPercentiles;
  if (!(percentile >= min && percentile <= max))
    throw invalidNumber(RuleMessage.percentileOutOfRange(percentile, fittedPercentiles));
  return { percentile };
}

/**
 * Reads one point of a band: an end, the arithmetic midpoint, both ends as a 1×2 row, or
 * a modelled percentile. `round` rounds computed figures (money to the penny by default).
 */
export function pointOf(band: Range, point: BandPoint, round = toPence): number | Matrix {
  if (typeof point === "object") return round(lognormalQuantile(band, point.percentile));
  switch (point) {
    case "low":
      return band.low;
    case "high":
      return band.high;
    case "mid":
      return round((band.low + band.high) / 2);
    case "range":
      return [[band.low, band.high]];
  }
}
