/** AIPAY.DAYRATE: contractor day rates (guide section 7), outside IR35 unless asked. */
import { adjust, type Band, type Ir35Status, type PayGuide } from "../model/guide";
import type { Scalar } from "../core/values";
import { defineFunction } from "./spec";
import { flag, level, option, text } from "./parameters";
import { pointOf, pointOrPercentile, pointParameter } from "./points";
import { bandBasis } from "./basis";

/** IR35 status: outside when omitted; TRUE means inside. Shared with CONTRACTCOST and PERMVSCONTRACT. */
export const ir35 = option<Ir35Status>("ir35", {
  about: "an IR35 status, or an alias",
  note: "`TRUE` means inside, `FALSE` outside. Inside, DAYRATE gives the contractor's effective rate, not the client's cost",
  default: "`outside`",
  words: (guide) => guide.data.vocabulary.ir35.map((s) => s.status),
  blank: "outside",
  resolve: (guide, word) => guide.ir35Status(word),
  booleans: { true: "inside", false: "outside" },
});

export const dayRateRole = text("role", {
  about: "a role the guide publishes day rates for",
  example: "AI Engineer",
  listedBy: '`AIPAY.ROLES("dayrate")`',
});
export const dayRateLevel = level("level", {
  about:
    'a day-rate level name or alias (`LEVELS(role, "dayrate")` lists them); the guide relates no day-rate level to years, so years give `#N/A`',
});
const specialist = flag("specialist", {
  about: "`TRUE` for the guide's specialist day rate, where it publishes one",
  default: "`FALSE`: the day-rate table",
});

/**
 * Inside IR35 the guide quotes a 15–20% lower effective rate: what the contractor keeps
 * of the assignment rate. The client's cost is CONTRACTCOST's, from the assignment rate.
 */
const contractorsEffectiveRate = (guide: PayGuide, rate: Band): Band =>
  adjust(rate, guide.rules.insideIr35Adjustment());

/** The day-rate band DAYRATE reads its point from: the table's or the specialist rate, inside or outside IR35. */
export function dayRateBand(guide: PayGuide, [roleArg, levelArg, ir35Arg, , specialistArg]: readonly Scalar[]): Band {
  const roleName = dayRateRole.read(roleArg, guide);
  const specialistRate = specialist.read(specialistArg, guide);
  const levelGiven = dayRateLevel.read(levelArg, guide);
  const rate = specialistRate ? guide.specialistDayRate(roleName, levelGiven) : guide.dayRate(roleName, levelGiven);
  return ir35.read(ir35Arg, guide) === "inside" ? contractorsEffectiveRate(guide, rate) : rate;
}

/** DAYRATE's point: a point word, or a percentile read as SALARYBAND reads one. */
const dayRatePoint = pointParameter({
  about: "a point of the printed range, or an alias",
  note: "`mid` is the arithmetic midpoint; `range` gives low and high side by side (a 1×2 spill). Or a **percentile** from 0.05 to 0.95, such as `0.9`: the guide says nothing of how day rates spread, so AIPAY reads the printed range as salary bands are read, low the 25th and high the 75th percentile of a lognormal fit (see [Percentiles](#percentiles)), and the figure is derived",
});

export const DAYRATE = defineFunction({
  name: "DAYRATE",
  parameters: [dayRateRole, dayRateLevel, ir35, dayRatePoint, specialist],
  evaluate(guide, args) {
    return pointOf(dayRateBand(guide, args), pointOrPercentile(guide, args[3], dayRatePoint));
  },
  basis(guide, args) {
    return bandBasis(dayRateBand(guide, args), pointOrPercentile(guide, args[3], dayRatePoint));
  },
});
