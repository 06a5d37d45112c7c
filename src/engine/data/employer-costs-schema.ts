/**
 * The shape of src/data/employer-costs.json: employer on-cost rates per UK tax year,
 * each with its unit and the gov.uk page it comes from, and the contractor-year
 * assumption with its rationale. Part of the dataset, so it is checked at load and in
 * the tests like the guide's figures.
 */
import * as z from "zod/mini";
import { taxYearDates, taxYearName } from "../calendar/tax-years";

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

const govUk = z.strictObject({
  title: nonEmpty,
  href: z.string().check(z.startsWith("https://www.gov.uk/", { message: "a rate must cite a gov.uk page" })),
});

const parameter = <T extends z.ZodMiniType>(unit: T) =>
  z.strictObject({ value: z.number().check(z.nonnegative()), unit, reference: govUk });
const fraction = z.strictObject({
  value: z.number().check(z.gte(0), z.lte(1)),
  unit: z.literal("/1"),
  reference: govUk,
});
const poundsPerYear = parameter(z.literal("currency-GBP/year"));

const taxYear = z
  .strictObject({
    taxYear: z.string().check(z.regex(/^\d{4}\/\d{2}$/, { message: 'a tax year is written "2026/27"' })),
    start: z.iso.date(),
    end: z.iso.date(),
    employerNic: z.strictObject({ description: nonEmpty, rate: fraction, secondaryThreshold: poundsPerYear }),
    pension: z.strictObject({
      description: nonEmpty,
      minimumEmployerRate: fraction,
      qualifyingEarningsLower: poundsPerYear,
      qualifyingEarningsUpper: poundsPerYear,
    }),
    apprenticeshipLevy: z.strictObject({ description: nonEmpty, rate: fraction, allowance: poundsPerYear }),
  })
  .check(
    z.superRefine((year, ctx) => {
      const expected = taxYearDates(year.taxYear);
      if (taxYearName(Number(year.taxYear.slice(0, 4))) !== year.taxYear)
        ctx.addIssue({ code: "custom", path: ["taxYear"], message: "the second year must follow the first" });
      else if (year.start !== expected.start || year.end !== expected.end)
        ctx.addIssue({
          code: "custom",
          path: ["start"],
          message: `${year.taxYear} runs from ${expected.start} to ${expected.end}`,
        });
      const { qualifyingEarningsLower: lower, qualifyingEarningsUpper: upper } = year.pension;
      if (lower.value >= upper.value)
        ctx.addIssue({
          code: "custom",
          path: ["pension", "qualifyingEarningsLower"],
          message: "the lower limit must be below the upper limit",
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
      gaps: z.int().check(z.nonnegative()),
    }),
    reference: z.strictObject({ title: nonEmpty }),
  })
  .check(
    z.refine(
      (d) => d.breakdown.weekdays - d.breakdown.leave - d.breakdown.bankHolidays - d.breakdown.gaps === d.value,
      {
        message: "value must equal weekdays − leave − bank holidays − gaps",
        path: ["value"],
      },
    ),
  );

export const employerCostsSchema = z.strictObject({
  source: z.strictObject({
    name: nonEmpty,
    publishers: z.array(nonEmpty).check(z.minLength(1)),
    note: nonEmpty,
    layout: nonEmpty,
  }),
  taxYears: z.array(taxYear).check(
    z.minLength(1),
    z.refine((years) => new Set(years.map((y) => y.taxYear)).size === years.length, {
      message: "each tax year may appear once",
    }),
  ),
  contractor: z.strictObject({ billableDaysPerYear: billableDays }),
});

export type EmployerCosts = z.infer<typeof employerCostsSchema>;
export type TaxYearRates = EmployerCosts["taxYears"][number];
