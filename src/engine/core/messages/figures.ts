/**
 * The messages for a figure AIPAY will not give because the guide does not support it: a
 * percentile of an open-ended band, stacked rules beyond what the guide prints, a rate
 * published for other rows, a package without its stage, a tax year without rates.
 */
import { gbp, list } from "./wording";

interface Ends {
  low: number;
  high: number;
}

export const FigureMessage = {
  openEndedPercentile: (band: Ends & { role: string; location: string }) =>
    `The guide prints the ${band.role} ${band.location} band's high end as a floor (${gbp(band.high)}+), so no percentile can be fitted to it. It publishes only the low end (${gbp(band.low)}, the 25th percentile) and that floor: use "low" or "high".`,
  /** The opening of outsidePublished for a band with several rules applied. */
  stackedRulesGive: (rules: number) => `${rules} stacked rules give`,
  /** The opening of outsidePublished for a modelled percentile of a derived band. */
  derivedPercentileGives: (p: number) => `The ${p} percentile of a derived band gives`,
  outsidePublished: (
    what: string,
    role: string,
    figures: readonly number[],
    printed: Ends & { openEnded?: boolean },
    rules: string | undefined,
  ) =>
    `${what} ${role} ${figures.map(gbp).join(" – ")}, outside everything the guide prints for ${role} (${gbp(printed.low)} – ${gbp(printed.high)}${printed.openEnded ? "+" : ""}). AIPAY does not extrapolate stacked rules beyond the guide: drop a rule. Rules applied: ${rules}.`,
  specialistNotPublished: (
    rate: Ends,
    appliesTo: readonly { role: string; level: string }[],
    role: string,
    level: string,
  ) =>
    `The guide's specialist day rate (${gbp(rate.low)}–${gbp(rate.high)}) is published for ${list(appliesTo.map((row) => `${row.role} at ${row.level}`))} only, not ${role} at ${level}.`,
  singleFigureBand: (role: string) => `The ${role} band is a single figure, so it has no range to sit in.`,
  giveStage: (role: string, stages: readonly string[]) =>
    `Give a stage for ${role} total compensation: the guide publishes bonus and equity by company stage only (${list(stages.map((stage) => `"${stage}"`))}).`,
  noRatesForYear: (taxYear: string, available: readonly string[], latest: string) =>
    `AIPAY has no employer rates for tax year ${taxYear}. Tax years available: ${list(available)}. Write "latest" to use the ${latest} rates, or add ${taxYear}'s gov.uk rates to employer-costs.json.`,
};
