/**
 * What a plan's output holds, whatever its format: a head before the first row, a piece for
 * each priced row (none in a summary), and after the last its totals and the assumptions it
 * was priced on.
 */
import type { PlanInputValues, PlanRowValues, PricedHire } from "../engine";
import type { PlanTotalsByMonth } from "./plan-totals";

export interface PlanLayout<Out> {
  /** What opens the output, given the budget year's first-of-month dates (ISO). */
  head(months: readonly string[]): Out[];
  /** A priced row, with the file's line it starts on and its fields as read. */
  row(line: number, values: PlanRowValues, hire: PricedHire): Out[];
  /** What follows the last row. */
  tail(totals: PlanTotalsByMonth, inputs: PlanInputValues): Out[];
  /** What ends an output cut short because a row was refused: a reader must not take it for a whole budget. */
  refused(problem: string): Out[];
}
