/**
 * The budget by month: AIPAY.MONTHLY (an annual amount phased over the twelve months of a
 * budget year, with an optional pay review), HEADCOUNT (heads in post at each month's end)
 * and AGED (a guide figure aged from the dataset's effective date). Each returns one row
 * of twelve for one hire, so a column of hires spills a grid.
 */
import { isBlank, isEmptyCell, toPence } from "../args";
import { addYears, dateArgument, dayOf, isoOf, optionalDate, parseIsoDate, partsOf, type Day } from "../dates";
import type { PayGuide } from "../guide";
import { nonNegativeNumber, rateArgument, requiredNumber } from "../number-args";
import { invalidNumber, notAvailable, type Scalar } from "../values";
import { GROWTH } from "./budget";
import type { FunctionSpec } from "./spec";

export const monthsInYear = 12;

/** Adding 0 turns −0 (0 × a negative amount) into 0. */
const pence = (amount: number) => toPence(amount) + 0;

/** One month of a budget year: its first and last day. */
interface Month {
  first: Day;
  last: Day;
}

/** The twelve months from yearStart, which must be the first day of a month, and the year's length in days. */
function budgetMonths(value: Scalar): { months: Month[]; days: number } {
  const start = dateArgument(value, "yearStart");
  const { year, month, day } = partsOf(start);
  if (day !== 1)
    throw invalidNumber(
      `yearStart must be the first day of a month, e.g. 2027-04-01 or 2027-01-01 (got ${isoOf(start)}).`,
    );
  const months = Array.from({ length: monthsInYear }, (_, k) => ({
    first: dayOf(year, month + k, 1),
    last: dayOf(year, month + k + 1, 1) - 1,
  }));
  return { months, days: addYears(start, 1) - start };
}

/** Start and optional leaving date (the last day employed), in order. */
function employment(startDate: Scalar, endDate: Scalar): { start: Day; end: Day | undefined } {
  const start = dateArgument(startDate, "startDate");
  const end = optionalDate(endDate, "endDate");
  if (end !== undefined && end < start) throw invalidNumber("endDate is before startDate.");
  return { start, end };
}

/** Days employed within a month, both ends counted, as PRORATE counts them. */
const daysIn = (month: Month, start: Day, end: Day | undefined) =>
  Math.max(Math.min(end ?? month.last, month.last) - Math.max(start, month.first) + 1, 0);

/** A review month 1–12, or undefined when blank. */
function reviewMonthArgument(value: Scalar): number | undefined {
  if (isEmptyCell(value)) return undefined;
  const month = requiredNumber(value, "reviewMonth", "4 for April");
  if (!Number.isInteger(month) || month < 1 || month > monthsInYear)
    throw invalidNumber(
      `reviewMonth is a month number from 1 (January) to 12 (December), e.g. 4 for April (got ${month}).`,
    );
  return month;
}

/**
 * How many pay reviews (on the first of reviewMonth each year) fall after the start date
 * and on or before `day`: the pay in force on `day` is the starting pay raised that many times.
 */
function reviewsBy(day: Day, start: Day, reviewMonth: number): number {
  const started = partsOf(start);
  const firstYear = dayOf(started.year, reviewMonth, 1) > start ? started.year : started.year + 1;
  const now = partsOf(day);
  const lastYear = now.month >= reviewMonth ? now.year : now.year - 1;
  return Math.max(lastYear - firstYear + 1, 0);
}

export const MONTHLY: FunctionSpec = {
  name: "MONTHLY",
  params: ["annualAmount", "startDate", "yearStart", "endDate", "reviewMonth", "reviewRate"],
  required: 3,
  spillWidth: monthsInYear,
  evaluate(guide, [annualAmount, startDate, yearStart, endDate, reviewMonthArg, reviewRateArg]) {
    const amount = requiredNumber(annualAmount, "annualAmount", "85000");
    const { start, end } = employment(startDate, endDate);
    const { months, days } = budgetMonths(yearStart);
    const reviewMonth = reviewMonthArgument(reviewMonthArg);
    const defaultRate = guide.data.trends.salaryGrowth.annualRate;
    const reviewRate = rateArgument(reviewRateArg, "reviewRate", defaultRate, { min: 0, max: 0.99 })!;
    if (reviewMonth === undefined && !isBlank(reviewRateArg))
      throw notAvailable("reviewRate is given without reviewMonth: give the month pay is reviewed, e.g. 4 for April.");

    // A month's share is its days employed over the year's days, as PRORATE's; a review on
    // the first of a month sets one rate for the whole month.
    const exact = months.map((month) => {
      const raises = reviewMonth === undefined ? 0 : reviewsBy(month.first, start, reviewMonth);
      return (amount * (1 + reviewRate) ** raises * daysIn(month, start, end)) / days;
    });
    return [roundToTotal(exact, yearTotal(amount, start, end, months, days, reviewMonth, reviewRate))];
  },
};

/**
 * The year's exact total, summed by pay rate rather than month by month, so with no review
 * it is PRORATE's own expression (amount × days employed / days in the year).
 */
function yearTotal(
  amount: number,
  start: Day,
  end: Day | undefined,
  months: readonly Month[],
  days: number,
  reviewMonth: number | undefined,
  reviewRate: number,
): number {
  const daysByRaises = new Map<number, number>();
  for (const month of months) {
    const raises = reviewMonth === undefined ? 0 : reviewsBy(month.first, start, reviewMonth);
    daysByRaises.set(raises, (daysByRaises.get(raises) ?? 0) + daysIn(month, start, end));
  }
  let total = 0;
  for (const [raises, employed] of daysByRaises) total += (amount * (1 + reviewRate) ** raises * employed) / days;
  return total;
}

/**
 * Each month to the penny, with the rounding remainder in the last month that has any pay,
 * so the twelve add up to the year's total rounded to the penny.
 */
function roundToTotal(exact: readonly number[], total: number): number[] {
  const months = exact.map(pence);
  let last = exact.length - 1;
  while (last >= 0 && exact[last] === 0) last--;
  if (last < 0) return months;
  const remainder = pence(total) - months.reduce((sum, amount) => sum + amount, 0);
  months[last] = pence(months[last] + remainder);
  return months;
}

export const HEADCOUNT: FunctionSpec = {
  name: "HEADCOUNT",
  params: ["startDate", "yearStart", "endDate", "headcount"],
  required: 2,
  spillWidth: monthsInYear,
  evaluate(_guide, [startDate, yearStart, endDate, headcountArg]) {
    const { start, end } = employment(startDate, endDate);
    const { months } = budgetMonths(yearStart);
    const heads = isBlank(headcountArg) ? 1 : nonNegativeNumber(headcountArg, "headcount", "2");
    // In post at the month's end: started by then, and not left before its last day.
    return [months.map((month) => (start <= month.last && (end === undefined || end >= month.last) ? heads : 0))];
  },
};

/** The dataset's effective date: the day its figures are as of. */
export const effectiveDate = (guide: PayGuide): Day =>
  parseIsoDate(guide.data.guide.source.effectiveDate, "effectiveDate")!;

export const AGED: FunctionSpec = {
  name: "AGED",
  params: ["amount", "toDate", "annualRate"],
  required: 2,
  evaluate(guide, [amount, toDate, annualRate], context) {
    // GROWTH from the guide's own date: the figure as of the guide, projected to toDate.
    const from = isoOf(effectiveDate(guide));
    return GROWTH.evaluate(guide, [amount, from, toDate, annualRate], context);
  },
};
