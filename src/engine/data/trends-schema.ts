/** The hiring-trends note's shape: salary growth and the UK vs US market snapshot. */
import * as z from "zod/mini";
import { fraction, money, nonEmpty, source } from "./common-schema";

const countryPair = <T extends z.ZodMiniType>(value: T) =>
  z.strictObject({ unitedStates: value, unitedKingdom: value });

export const trendsSchema = z.strictObject({
  source: z.strictObject({ name: nonEmpty, publisher: nonEmpty, published: z.iso.date(), document: nonEmpty }),
  salaryGrowth: z.strictObject({
    annualRate: z.number().check(z.gt(-1), z.lt(1)),
    approximate: z.boolean(),
    appliesTo: nonEmpty,
    source,
  }),
  itLeadersWillingToRaiseStartingSalaries: z.strictObject({ share: fraction, source }),
  marketSnapshot: z.strictObject({
    source,
    privateAiInvestment2024: z.strictObject({ unit: z.literal("USD"), unitedStates: money, unitedKingdom: money }),
    globalInvestmentRank: countryPair(z.int().check(z.positive())),
    organisationsUsingAi2024: z.strictObject({
      unitedStates: z.strictObject({ share: fraction, scope: nonEmpty }),
      unitedKingdom: z.strictObject({ summary: nonEmpty }),
    }),
    hiringDemand: countryPair(nonEmpty),
    keyHubs: countryPair(z.array(nonEmpty).check(z.minLength(1))),
  }),
});
