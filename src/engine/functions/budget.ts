/**
 * Headcount budgeting: AIPAY.LOADEDCOST (salary to employer cost), PRORATE (a start or
 * leaving date within a budget period), GROWTH (ageing a figure to a budget date) and
 * CONTRACTCOST (a day rate to a year). Rates and assumptions come from the dataset.
 */
import { isBlank, toPence } from "../args";
import { addYears, dateArgument, dayOf, dayOfDate, optionalDate, partsOf, yearsBetween, type Day } from "../dates";
import { loadedCost, ratesFor } from "../employer-costs";
import type { PayGuide } from "../guide";
import { flagArgument, nonNegativeNumber, rateArgument, requiredNumber } from "../number-args";
import { taxYearArgument } from "../tax-years";
import { invalidNumber, type Scalar } from "../values";
import type { CallContext, FunctionSpec } from "./spec";

/** The loaded cost of one salary; shared with PERMVSCONTRACT. */
export function loadedCostOf(
  guide: PayGuide,
  salary: number,
  [taxYear, pensionRate, benefitsRate, levy]: readonly Scalar[],
  context: CallContext,
): { cost: number; taxYear: string } {
  const year = taxYearArgument(taxYear ?? null, dayOfDate(context.today));
  const rates = ratesFor(guide.data.employerCosts, year);
  const cost = loadedCost(rates, salary, {
    pensionRate: rateArgument(pensionRate ?? null, "pensionRate", undefined),
    benefitsRate: rateArgument(benefitsRate ?? null, "benefitsRate", 0)!,
    levy: flagArgument(levy ?? null, "levy"),
  });
  return { cost: toPence(cost), taxYear: year };
}

export const LOADEDCOST: FunctionSpec = {
  name: "LOADEDCOST",
  params: ["salary", "taxYear", "pensionRate", "benefitsRate", "levy"],
  required: 1,
  evaluate(guide, [salary, ...options], context) {
    return loadedCostOf(guide, nonNegativeNumber(salary, "salary", "85000"), options, context).cost;
  },
};

/** The budget period: the calendar year of the start date unless given; one end alone implies a year. */
function periodOf(start: Day, periodStart: Day | undefined, periodEnd: Day | undefined): [Day, Day] {
  if (periodStart !== undefined && periodEnd !== undefined) return [periodStart, periodEnd];
  if (periodStart !== undefined) return [periodStart, addYears(periodStart, 1) - 1];
  if (periodEnd !== undefined) return [addYears(periodEnd + 1, -1), periodEnd];
  const { year } = partsOf(start);
  return [dayOf(year, 1, 1), dayOf(year, 12, 31)];
}

export const PRORATE: FunctionSpec = {
  name: "PRORATE",
  params: ["annualAmount", "startDate", "periodStart", "periodEnd", "endDate"],
  required: 2,
  evaluate(_guide, [annualAmount, startDate, periodStartArg, periodEndArg, endDateArg]) {
    const amount = requiredNumber(annualAmount, "annualAmount", "85000");
    const start = dateArgument(startDate, "startDate");
    const end = optionalDate(endDateArg, "endDate");
    if (end !== undefined && end < start) throw invalidNumber("endDate is before startDate.");
    const [from, to] = periodOf(
      start,
      optionalDate(periodStartArg, "periodStart"),
      optionalDate(periodEndArg, "periodEnd"),
    );
    if (to < from) throw invalidNumber("periodEnd is before periodStart.");
    // Both ends count: a start on the period's last day is one day employed.
    const daysEmployed = Math.max(Math.min(end ?? to, to) - Math.max(start, from) + 1, 0);
    return toPence((amount * daysEmployed) / (to - from + 1));
  },
};

export const GROWTH: FunctionSpec = {
  name: "GROWTH",
  params: ["amount", "fromDate", "toDate", "annualRate"],
  required: 3,
  evaluate(guide, [amount, fromDate, toDate, annualRate]) {
    const base = requiredNumber(amount, "amount", "85000");
    const years = yearsBetween(dateArgument(fromDate, "fromDate"), dateArgument(toDate, "toDate"));
    const defaultRate = guide.data.trends.salaryGrowth.annualRate;
    // Above −100% (nothing shrinks below zero) and below +100% (a typed 4 meant 4%).
    const rate = rateArgument(annualRate, "annualRate", defaultRate, { min: -0.99, max: 0.99 })!;
    // Zero grows to zero however long the span, where 0 × an overflowed factor would be NaN.
    return base === 0 ? 0 : toPence(base * (1 + rate) ** years);
  },
};

/** A day rate over a contractor year (the dataset's billable days unless given); shared with PERMVSCONTRACT. */
export function contractCostOf(guide: PayGuide, dayRate: number, days: Scalar): { cost: number; days: number } {
  const billable = isBlank(days)
    ? guide.data.employerCosts.contractor.billableDaysPerYear.value
    : nonNegativeNumber(days, "days", "220");
  return { cost: toPence(dayRate * billable), days: billable };
}

export const CONTRACTCOST: FunctionSpec = {
  name: "CONTRACTCOST",
  params: ["dayRate", "days"],
  required: 1,
  evaluate(guide, [dayRate, days]) {
    return contractCostOf(guide, nonNegativeNumber(dayRate, "dayRate", "650"), days).cost;
  },
};
