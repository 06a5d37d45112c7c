/**
 * AIPAY.PLANROW: one plan row's whole chain in one call, so Excel settles a hire in one
 * level of custom-function dependency rather than one per step. Its parameters are the
 * plan's priced fields and inputs, required ones first; its answer is one row: the kind of
 * hire, the market figure beside the pay priced, the year's cost, then twelve months each
 * of pay cost, one-off costs and heads in post.
 */
import type { Scalar } from "../core/values";
import { sumInPence } from "../core/money";
import { defineFunction } from "../functions/spec";
import type { Parameter } from "../functions/parameters";
import type { PayGuide } from "../model/guide";
import { pricedFields, type PlanRowValues } from "./fields";
import { planInputs, resolveInputs, type PlanInputsGiven } from "./inputs";
import { priceHire, type PricedHire } from "./price";

const monthsInYear = 12;

/** What PLANROW's answer holds, left to right, as the plan sheet heads it. */
export const planRowColumns: readonly string[] = [
  "Kind",
  "Market rate at target",
  "Market aged to start",
  "Pay priced",
  "Compa-ratio",
  "Cost a year",
  ...Array.from({ length: monthsInYear }, (_, k) => `Cost month ${k + 1}`),
  ...Array.from({ length: monthsInYear }, (_, k) => `One-off month ${k + 1}`),
  ...Array.from({ length: monthsInYear }, (_, k) => `In post month ${k + 1}`),
  "Cost in the year",
];

/** Where each part of the answer starts. */
export const planRowAt = {
  kind: 0,
  rate: 1,
  aged: 2,
  pay: 3,
  compaRatio: 4,
  annual: 5,
  months: 6,
  oneOffs: 6 + monthsInYear,
  heads: 6 + 2 * monthsInYear,
  /** The budget year's cost, pay and one-off costs together. */
  year: 6 + 3 * monthsInYear,
} as const;

/** The kind of hire as the sheet shows it, and as its totals select rows by. */
export const kindLabels = { employee: "Employee", contractor: "Contractor" } as const;

const declared = [
  ...pricedFields.map((f) => ({ parameter: f.parameter as Parameter, field: f.name as string })),
  ...planInputs.map((i) => ({ parameter: i.parameter as Parameter, input: i.name as string })),
];
/** PLANROW's parameters: required ones (role, level, start, yearStart) first, as Excel needs. */
const ordered = [...declared.filter((d) => !d.parameter.optional), ...declared.filter((d) => d.parameter.optional)];

/** PLANROW's arguments by name, as a plan row and its inputs. */
function planArguments(args: readonly Scalar[]): { row: PlanRowValues; inputs: PlanInputsGiven } {
  const row: Record<string, Scalar> = {};
  const inputs: Record<string, Scalar> = {};
  ordered.forEach((d, i) => {
    if ("field" in d) row[d.field!] = args[i] ?? null;
    else inputs[d.input!] = args[i] ?? null;
  });
  return { row, inputs };
}

/** The budget year's cost of a priced row, pay and one-off costs, added in whole pence. */
const yearCost = (hire: PricedHire): number => sumInPence([...hire.months, ...hire.oneOffs]);

/** A priced hire as PLANROW's one row. */
export const planRowCells = (hire: PricedHire): Scalar[] => [
  kindLabels[hire.kind],
  hire.rate,
  hire.aged,
  hire.pay,
  hire.compaRatio,
  hire.annual,
  ...hire.months,
  ...hire.oneOffs,
  ...hire.heads,
  yearCost(hire),
];

export const PLANROW = defineFunction({
  name: "PLANROW",
  parameters: ordered.map((d) => d.parameter),
  spillWidth: planRowColumns.length,
  // Remembered: the plan sheet asks for each row's answer once for each of its figure columns.
  evaluate(guide: PayGuide, args, { call }) {
    const { row, inputs } = planArguments(args);
    return [planRowCells(priceHire(call, guide, row, resolveInputs(guide, inputs)))];
  },
});

/** PLANROW's parameter names in order: what a formula printer lays its arguments out by. */
export const planRowParameters: readonly string[] = ordered.map((d) => d.parameter.name);
