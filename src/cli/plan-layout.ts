/**
 * What a plan's output holds, whatever its format: a head before the first row, a piece for
 * each priced row (none in a summary), and after the last its totals and the assumptions it
 * was priced on.
 */
import { payGuide, planInputs, type PlanInputValues, type PlanRowValues, type PricedHire } from "../engine";
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

export interface Assumption {
  /** Its key in the JSON form: the input's name in the plan model. */
  readonly key: string;
  /** Its label in the CSV form: the input's label in the plan sheet. */
  readonly label: string;
  readonly value: string | number | null;
}

const { source } = payGuide.data.guide;

/** The guide's edition, which every figure rests on. */
export const guideSources: readonly Assumption[] = [
  { key: "guide", label: "Pay guide", value: source.citation },
  { key: "guideEffectiveDate", label: "Pay guide effective date", value: source.effectiveDate },
];

/** Everything the figures rest on: each input as priced, and the guide's edition. */
export const assumptions = (inputs: PlanInputValues): Assumption[] => [
  ...planInputs.map((input) => ({ key: input.name, label: input.label, value: inputs[input.name] })),
  ...guideSources,
];
