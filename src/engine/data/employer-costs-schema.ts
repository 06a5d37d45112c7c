/**
 * The shape of src/data/employer-costs.json: employer on-cost parameters, each a series of
 * values in force from a date, with its unit and the gov.uk page each value comes from; the
 * tax years AIPAY prices; and the contractor-year assumption with its rationale. Part of
 * the dataset, so it is checked at load and in the tests like the guide's figures.
 */
import * as z from "zod/mini";
import { taxYearDates, taxYearName } from "../calendar/tax-years";
import { valueOn } from "./dated-values";

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

const govUk = z.strictObject({
  title: nonEmpty,
  href: z.string().check(z.startsWith("https://www.gov.uk/", { message: "a rate must cite a gov.uk page" })),
});

/** Values in date order, one per date: each is in force from its date until the next one's. */
const datedValues = <T extends z.ZodMiniNumber>(value: T) =>
  z.array(z.strictObject({ from: z.iso.date(), value, reference: govUk })).check(
    z.minLength(1),
    z.superRefine((values, ctx) => {
      values.forEach(({ from }, i) => {
        const before = values[i - 1]?.from;
        if (before === undefined || from > before) return;
        ctx.addIssue({
          code: "custom",
          path: [i, "from"],
          message:
            from === before
              ? `two values are in force from ${from}: a date starts one value`
              : `values must be in date order: ${from} comes before ${before}, the date of the value above`,
        });
      });
    }),
  );

const parameter = <T extends z.ZodMiniNumber>(unit: string, value: T) =>
  z.strictObject({ unit: z.literal(unit), values: datedValues(value) });
const percentOf = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

/**
 * A rate that must lie in a range any UK tax year could plausibly hold: wide enough for a
 * change of rate, narrow enough to catch a slipped decimal (0.015 typed for 0.15).
 */
const rateWithin = (what: string, min: number, max: number) => {
  const message = `${what} must be between ${percentOf(min)} and ${percentOf(max)}: check for a slipped decimal`;
  return parameter("/1", z.number().check(z.gte(min, { message }), z.lte(max, { message })));
};
export type Parameter = z.infer<ReturnType<typeof rateWithin>>;

/** Employer NI (Class 1 secondary and Class 1A share it): 13.8% to 15% in recent years, never near 1.5%. */
const employerNicRate = rateWithin("an employer NI rate", 0.05, 0.25);
const poundsPerYear = parameter("currency-GBP/year", z.number().check(z.nonnegative()));
const poundsPerMonth = parameter("currency-GBP/month", z.number().check(z.nonnegative()));

/** The secondary threshold, with the date to which the government has said it stays, and where it said so. */
const secondaryThreshold = z.strictObject({
  ...poundsPerYear.shape,
  frozenUntil: z.optional(z.strictObject({ date: z.iso.date(), note: nonEmpty, reference: govUk })),
});

/** The tax year after one named "YYYY/YY". */
const following = (year: string) => taxYearName(Number(year.slice(0, 4)) + 1);

/** The tax years AIPAY prices, oldest first, one after another. */
const taxYears = z
  .array(z.string().check(z.regex(/^\d{4}\/\d{2}$/, { message: 'a tax year is written "2026/27"' })))
  .check(
    z.minLength(1),
    z.refine((years) => new Set(years).size === years.length, { message: "each tax year may appear once" }),
    z.superRefine((years, ctx) => {
      years.forEach((year, i) => {
        const expected = i > 0 ? following(years[i - 1]) : year;
        const message =
          taxYearName(Number(year.slice(0, 4))) !== year
            ? "the second year must follow the first"
            : year !== expected
              ? `tax years are listed in order with none missing: ${expected} comes after ${years[i - 1]}`
              : undefined;
        if (message) ctx.addIssue({ code: "custom", path: [i], message });
      });
    }),
  );

const billableDays = z
  .strictObject({
    value: z.int().check(z.positive(), z.lte(366)),
    unit: z.literal("days/year"),
    rationale: nonEmpty,
    breakdown: z.strictObject({
      weekdays: z.int().check(z.positive()),
      leave: z.int().check(z.nonnegative()),
      bankHolidays: z.int().check(z.nonnegative()),
    }),
    reference: z.strictObject({ title: nonEmpty }),
  })
  .check(
    z.refine((d) => d.breakdown.weekdays - d.breakdown.leave - d.breakdown.bankHolidays === d.value, {
      message: "value must equal weekdays − leave − bank holidays (the client's year)",
      path: ["value"],
    }),
  );

const employerCostsShape = z.strictObject({
  source: z.strictObject({
    name: nonEmpty,
    publishers: z.array(nonEmpty).check(z.minLength(1)),
    note: nonEmpty,
    layout: nonEmpty,
  }),
  taxYears,
  employerNic: z.strictObject({
    description: nonEmpty,
    rate: employerNicRate,
    secondaryThreshold,
    /** The threshold of one monthly pay, as HMRC publishes it (rounded), for an engagement shorter than a year. */
    secondaryThresholdMonthly: poundsPerMonth,
    /** Class 1A: the employer's NI on taxable benefits in kind. */
    class1ARate: employerNicRate,
  }),
  pension: z.strictObject({
    description: nonEmpty,
    minimumEmployerRate: rateWithin("the pension minimum", 0, 0.2),
    qualifyingEarningsLower: poundsPerYear,
    qualifyingEarningsUpper: poundsPerYear,
  }),
  apprenticeshipLevy: z.strictObject({
    description: nonEmpty,
    rate: rateWithin("the Apprenticeship Levy", 0, 0.02),
    allowance: poundsPerYear,
  }),
  contractor: z.strictObject({ billableDaysPerYear: billableDays }),
});

type Shape = z.infer<typeof employerCostsShape>;

/** Every parameter with its path in the file, e.g. ["employerNic", "rate"]. */
const parametersOf = (costs: Shape) =>
  (["employerNic", "pension", "apprenticeshipLevy"] as const).flatMap((group) =>
    Object.entries(costs[group])
      .filter((entry): entry is [string, Parameter] => typeof entry[1] === "object")
      .map(([name, series]) => ({ path: [group, name], series })),
  );

/** Each parameter has a value from the first day AIPAY prices, so no held year has a gap. */
function checkInForceFromFirstYear(costs: Shape, ctx: z.core.$RefinementCtx<Shape>) {
  const { start } = taxYearDates(costs.taxYears[0]);
  for (const { path, series } of parametersOf(costs))
    if (series.values[0].from > start)
      ctx.addIssue({
        code: "custom",
        path: [...path, "values", 0, "from"],
        message: `AIPAY prices ${costs.taxYears[0]}, so a value must be in force from its first day, ${start}`,
      });
}

/** The qualifying-earnings band is the right way up on every date either limit changes. */
function checkQualifyingBand(costs: Shape, ctx: z.core.$RefinementCtx<Shape>) {
  const { qualifyingEarningsLower: lower, qualifyingEarningsUpper: upper } = costs.pension;
  for (const { from } of [...lower.values, ...upper.values]) {
    const [low, high] = [valueOn(lower, from), valueOn(upper, from)];
    if (low !== undefined && high !== undefined && low >= high) {
      ctx.addIssue({
        code: "custom",
        path: ["pension", "qualifyingEarningsLower"],
        message: `the lower limit must be below the upper limit (from ${from}: £${low} and £${high})`,
      });
      return;
    }
  }
}

/** The monthly threshold is the annual one spread over 12 pays, to within HMRC's rounding (£417 for £5,000). */
function checkMonthlyThreshold(costs: Shape, ctx: z.core.$RefinementCtx<Shape>) {
  const { secondaryThreshold: annual, secondaryThresholdMonthly: monthly } = costs.employerNic;
  for (const { from } of [...annual.values, ...monthly.values]) {
    const [year, month] = [valueOn(annual, from), valueOn(monthly, from)];
    if (year !== undefined && month !== undefined && Math.abs(month * 12 - year) > 12) {
      ctx.addIssue({
        code: "custom",
        path: ["employerNic", "secondaryThresholdMonthly"],
        message: `the monthly threshold must be the annual one ÷ 12, rounded (from ${from}: £${month} a month against £${year} a year)`,
      });
      return;
    }
  }
}

export const employerCostsSchema = employerCostsShape.check(
  z.superRefine(
    (costs, ctx) => {
      checkInForceFromFirstYear(costs, ctx);
      checkQualifyingBand(costs, ctx);
      checkMonthlyThreshold(costs, ctx);
    },
    // Across parameters, once each is well formed: a parameter with no values has no first date.
    { when: ({ issues }) => issues.length === 0 },
  ),
);

export type EmployerCosts = z.infer<typeof employerCostsSchema>;
