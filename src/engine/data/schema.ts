/**
 * The shape of the bundled dataset, in zod. The loader runs it on every start and a
 * test runs it on the shipped files, so a bad edit is refused with the path of the
 * offending field instead of turning into a silent zero or NaN.
 */
// zod/mini: the same validator with a tree-shakable API, a quarter of the bundle size
// of classic zod; the English locale gives readable messages.
import * as z from "zod/mini";
import { en } from "zod/locales";

z.config(en());

const money = z.number().check(z.nonnegative());
const fraction = z.number().check(z.gte(0), z.lte(1));
const nonEmpty = z.string().check(z.trim(), z.minLength(1));

/** Where a figure was printed: the guide's section plus its table or list. */
const source = z.strictObject({
  section: nonEmpty,
  table: z.optional(nonEmpty),
  list: z.optional(nonEmpty),
  note: z.optional(nonEmpty),
  citedSources: z.optional(z.array(nonEmpty)),
});

/** A published low–high pair; `openEnded` marks a high end the guide printed with a "+". */
const range = (value: z.ZodMiniNumber) =>
  z
    .strictObject({ low: value, high: value, openEnded: z.optional(z.literal(true)) })
    .check(z.refine((r) => r.low <= r.high, { message: "low must not exceed high", path: ["low"] }));

/** A discount or reduction given as "min% to max%". */
const minMax = z
  .strictObject({ min: fraction, max: fraction, source: z.optional(source) })
  .check(z.refine((r) => r.min <= r.max, { message: "min must not exceed max", path: ["min"] }));

const baseLocations = ["UK National", "London", "Remote UK"] as const;
const tiers = ["junior", "mid", "senior", "principal"] as const;
const tier = z.enum(tiers);

const salaryLevel = z.strictObject({
  level: nonEmpty,
  label: nonEmpty,
  tier,
  years: z.optional(
    z.strictObject({ from: z.int().check(z.nonnegative()), to: z.optional(z.int().check(z.positive())) }),
  ),
  bands: z.strictObject({
    "UK National": range(money),
    London: range(money),
    "Remote UK": range(money),
  }),
});

const salaryTable = z.strictObject({ role: nonEmpty, source, levels: z.array(salaryLevel) }).check(
  z.superRefine((table, ctx) => {
    // Every permanent table in the guide publishes all four tiers, in order.
    const found = table.levels.map((l) => l.tier).join(",");
    if (found !== tiers.join(",")) {
      ctx.addIssue({
        code: "custom",
        path: ["levels"],
        message: `levels must cover the tiers ${tiers.join(", ")} in order; found ${found || "none"}`,
      });
    }
  }),
);

/** The guide's specialist contractor rate: a headline figure, and the day-rate rows it applies to. */
const specialistDayRate = z.strictObject({
  headline: nonEmpty,
  appliesTo: z.array(z.strictObject({ role: nonEmpty, level: nonEmpty })).check(z.minLength(1)),
  source,
});

const dayRates = z
  .strictObject({
    source,
    basis: nonEmpty,
    levels: z.array(z.strictObject({ level: nonEmpty, tier })).check(z.minLength(1)),
    roles: z.array(z.strictObject({ role: nonEmpty, rates: z.record(z.string(), range(money)) })),
    insideIr35Reduction: minMax,
    outsideIr35Factors: z.array(nonEmpty),
    specialist: specialistDayRate,
  })
  .check(
    z.superRefine((table, ctx) => {
      const expected = table.levels.map((l) => l.level);
      table.roles.forEach((row, i) => {
        for (const level of expected) {
          if (!(level in row.rates))
            ctx.addIssue({
              code: "custom",
              path: ["roles", i, "rates", level],
              message: `missing day rate for level '${level}'`,
            });
        }
        for (const level of Object.keys(row.rates)) {
          if (!expected.includes(level))
            ctx.addIssue({
              code: "custom",
              path: ["roles", i, "rates", level],
              message: `unknown level '${level}'; expected ${expected.join(", ")}`,
            });
        }
      });
    }),
  );

const leadership = z.strictObject({
  source,
  equityBonusBasis: nonEmpty,
  roles: z.array(
    z.strictObject({
      role: nonEmpty,
      bands: z.strictObject({ "UK National": range(money), London: range(money) }),
      equityBonus: range(fraction),
    }),
  ),
});

const skillPremiums = z.array(
  z.strictObject({
    role: nonEmpty,
    source,
    skills: z.array(
      z.strictObject({
        skill: nonEmpty,
        published: z.optional(nonEmpty),
        premium: range(fraction),
        aliases: z.array(nonEmpty),
      }),
    ),
  }),
);

const regional = z.strictObject({
  source,
  rows: z.array(
    z.strictObject({
      location: nonEmpty,
      discountVsLondon: z.optional(minMax),
      typicalSenior: range(money),
      note: nonEmpty,
    }),
  ),
});

const companyStages = z.strictObject({
  source,
  /** How a share of the company becomes £ a year: share × valuation ÷ vesting years. */
  ownershipEquity: z.strictObject({ vestingYears: z.number().check(z.positive()), source }),
  stages: z.array(
    z.strictObject({
      stage: nonEmpty,
      label: nonEmpty,
      aliases: z.array(nonEmpty),
      baseVsMarket: range(z.number().check(z.positive(), z.lte(2))),
      equity: z.union([z.strictObject({ ownership: range(fraction) }), z.strictObject({ rsuPerYear: range(money) })]),
      bonus: z.strictObject({
        target: range(fraction),
        published: z.optional(nonEmpty),
        assumption: z.optional(nonEmpty),
      }),
      benefits: nonEmpty,
      risk: nonEmpty,
    }),
  ),
});

const headline = z
  .strictObject({
    id: nonEmpty,
    label: nonEmpty,
    unit: nonEmpty,
    low: z.number().check(z.nonnegative()),
    high: z.number().check(z.nonnegative()),
    openEnded: z.optional(z.literal(true)),
    source,
    note: z.optional(nonEmpty),
  })
  .check(z.refine((h) => h.low <= h.high, { message: "low must not exceed high", path: ["low"] }));

export const guideSchema = z.strictObject({
  source: z.strictObject({
    name: nonEmpty,
    publisher: nonEmpty,
    edition: nonEmpty,
    asOf: nonEmpty,
    /** The day the figures are as of, for ageing them to a plan's dates (AIPAY.AGED). */
    effectiveDate: z.iso.date(),
    effectiveDateBasis: nonEmpty,
    coverage: nonEmpty,
    percentiles: nonEmpty,
    citation: nonEmpty,
    document: nonEmpty,
    inputs: z.array(nonEmpty),
    reference: nonEmpty,
  }),
  salaryTables: z.array(salaryTable),
  dayRates,
  leadership,
  skillPremiums,
  regional,
  companyStages,
  headlines: z.array(headline),
});

const named = z.strictObject({ name: nonEmpty, aliases: z.array(nonEmpty) });

export const vocabularySchema = z.strictObject({
  roles: z.array(named).check(z.minLength(1)),
  locations: z.array(named).check(
    z.refine((list) => baseLocations.every((b) => list.some((l) => l.name === b)), {
      message: `locations must include ${baseLocations.join(", ")}`,
    }),
  ),
  levelTiers: z
    .array(z.strictObject({ tier, aliases: z.array(nonEmpty).check(z.minLength(1)) }))
    .check(z.length(tiers.length)),
  points: z.array(
    z.strictObject({
      point: z.enum(["low", "mid", "high", "range"]),
      aliases: z.array(nonEmpty).check(z.minLength(1)),
    }),
  ),
  ir35: z
    .array(z.strictObject({ status: z.enum(["outside", "inside"]), aliases: z.array(nonEmpty).check(z.minLength(1)) }))
    .check(z.length(2)),
  /** Who pays an inside-IR35 contractor's company and so carries employer NI (see CONTRACTCOST). */
  feePayers: z
    .array(z.strictObject({ feePayer: z.enum(["agency", "client"]), aliases: z.array(nonEmpty).check(z.minLength(1)) }))
    .check(z.length(2)),
  roleTables: z
    .array(
      z.strictObject({
        table: z.enum(["salary", "dayrate", "leadership"]),
        aliases: z.array(nonEmpty).check(z.minLength(1)),
      }),
    )
    .check(z.length(3)),
});

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

type IssueSink = { addIssue(issue: { code: "custom"; path: (string | number)[]; message: string }): void };

/**
 * Cross-file rules of the premium data: every regional row is a known location, and the
 * specialist day rate names a published headline and day-rate rows that exist.
 */
export function checkPremiumRules(
  guide: z.infer<typeof guideSchema>,
  vocabulary: z.infer<typeof vocabularySchema>,
  ctx: IssueSink,
) {
  const locations = new Set(vocabulary.locations.map((l) => l.name));
  guide.regional.rows.forEach((row, i) => {
    if (!locations.has(row.location))
      ctx.addIssue({
        code: "custom",
        path: ["guide", "regional", "rows", i, "location"],
        message: `location '${row.location}' is not in vocabulary.locations`,
      });
  });
  const { specialist } = guide.dayRates;
  if (!guide.headlines.some((h) => h.id === specialist.headline))
    ctx.addIssue({
      code: "custom",
      path: ["guide", "dayRates", "specialist", "headline"],
      message: `no headline has the id '${specialist.headline}'`,
    });
  specialist.appliesTo.forEach(({ role, level }, i) => {
    const rates = guide.dayRates.roles.find((r) => r.role === role)?.rates;
    if (!rates || !(level in rates))
      ctx.addIssue({
        code: "custom",
        path: ["guide", "dayRates", "specialist", "appliesTo", i],
        message: `the day-rate table has no ${role} / ${level} row`,
      });
  });
}

export type Guide = z.infer<typeof guideSchema>;
export type Vocabulary = z.infer<typeof vocabularySchema>;
export type Range = { low: number; high: number; openEnded?: true };
export type Tier = (typeof tiers)[number];
