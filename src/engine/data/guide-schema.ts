/**
 * The salary guide's shape: its permanent, day-rate and leadership tables, premium rules
 * and headline figures. Names a table declares (its columns, its levels) are data, and
 * every row is checked against them; names that cross into the vocabulary (tiers,
 * locations) are checked in cross-file-rules.ts.
 */
import * as z from "zod/mini";
import {
  checkDeclaredKeys,
  fraction,
  minMax,
  money,
  moneyUnit,
  nonEmpty,
  range,
  source,
  uniqueNames,
} from "./common-schema";

const salaryLevel = z.strictObject({
  level: nonEmpty,
  label: nonEmpty,
  /** One of vocabulary.levelTiers: what "Senior" or "Sr" finds in any table. */
  tier: nonEmpty,
  years: z.optional(
    z.strictObject({ from: z.int().check(z.nonnegative()), to: z.optional(z.int().check(z.positive())) }),
  ),
  /** The level's band in each of the table's columns. */
  bands: z.record(z.string(), range(money)),
});

/** A table of bands by location: the locations it prints, as columns, and the amounts' unit. */
const columnsTable = { source, ...moneyUnit, columns: uniqueNames };

const salaryTable = z
  .strictObject({ role: nonEmpty, ...columnsTable, levels: z.array(salaryLevel) })
  .check(
    z.superRefine((table, ctx) =>
      table.levels.forEach((level, i) =>
        checkDeclaredKeys(ctx, ["levels", i, "bands"], level.bands, table.columns, { figure: "band", key: "column" }),
      ),
    ),
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
    ...moneyUnit,
    basis: nonEmpty,
    levels: z.array(z.strictObject({ level: nonEmpty, tier: nonEmpty })).check(z.minLength(1)),
    roles: z.array(z.strictObject({ role: nonEmpty, rates: z.record(z.string(), range(money)) })),
    insideIr35Reduction: minMax,
    outsideIr35Factors: z.array(nonEmpty),
    specialist: specialistDayRate,
  })
  .check(
    z.superRefine((table, ctx) => {
      const levels = table.levels.map((l) => l.level);
      table.roles.forEach((row, i) =>
        checkDeclaredKeys(ctx, ["roles", i, "rates"], row.rates, levels, { figure: "day rate", key: "level" }),
      );
    }),
  );

const leadership = z
  .strictObject({
    ...columnsTable,
    equityBonusBasis: nonEmpty,
    /** What a location the table has no column for reads: one of its columns, and why. */
    elsewhere: z.strictObject({ column: nonEmpty, note: nonEmpty }),
    roles: z.array(
      z.strictObject({ role: nonEmpty, bands: z.record(z.string(), range(money)), equityBonus: range(fraction) }),
    ),
  })
  .check(
    z.superRefine((table, ctx) => {
      table.roles.forEach((row, i) =>
        checkDeclaredKeys(ctx, ["roles", i, "bands"], row.bands, table.columns, { figure: "band", key: "column" }),
      );
      if (!table.columns.includes(table.elsewhere.column))
        ctx.addIssue({
          code: "custom",
          path: ["elsewhere", "column"],
          message: `'${table.elsewhere.column}' is not one of the table's columns (${table.columns.join(", ")})`,
        });
    }),
  );

const skillPremiums = z.array(
  z.strictObject({
    role: nonEmpty,
    source,
    /**
     * Where the guide prices a role's skills against another role's pay: the highest a skill
     * may lift the band, as the headline premium's high end over `over`'s band.
     */
    ceiling: z.optional(z.strictObject({ over: nonEmpty, headline: nonEmpty, note: nonEmpty })),
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

/** Section 8: each location's pay as a discount from the base location's (London). */
const regional = z.strictObject({
  source,
  /** The location every discount is measured from, and the column a derived band is read from. */
  base: nonEmpty,
  /** Of the typical senior ranges. */
  ...moneyUnit,
  rows: z.array(
    z.strictObject({
      location: nonEmpty,
      /** Set on the location §8 prints as the highest paid: no table may pay more anywhere else. */
      highest: z.optional(z.literal(true)),
      discountVsBase: z.optional(minMax),
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
    /** A currency code ("GBP"), "fraction of base", or what is counted ("days"). */
    unit: nonEmpty,
    /** The period the figure is for ("year", "day", "week"); none for a fraction of base. */
    per: z.optional(nonEmpty),
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
  /** The location a salary look-up without one reads: a column of every salary table. */
  defaultLocation: nonEmpty,
  salaryTables: z.array(salaryTable),
  dayRates,
  leadership,
  skillPremiums,
  regional,
  companyStages,
  headlines: z.array(headline),
});
