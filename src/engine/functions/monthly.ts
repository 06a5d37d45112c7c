/**
 * The budget by month: AIPAY.MONTHLY (an annual amount phased over the twelve months of a
 * budget year, with an optional pay review), HEADCOUNT (heads in post at each month's end)
 * and AGED (a guide figure aged from the dataset's effective date). Each returns one row
 * of twelve for one hire, so a column of hires spills a grid.
 */
import { isBlank, isEmptyCell } from "../core/cells";
import { toPence } from "../core/money";
import { addYears, dayOf, isoOf, parseIsoDate, partsOf, type Day } from "../calendar/dates";
import { dateArgument, optionalDate } from "../args/dates";
import type { PayGuide } from "../model/guide";
import { nonNegativeNumber, rateArgument, requiredNumber } from "../args/numbers";
import { invalidNumber, notAvailable, type Scalar } from "../core/values";
import { GROWTH } from "./budget";
import type { FunctionSpec } from "./spec";

export const monthsInYear = 12;

/** Adding 0 turns −0 (0 × a negative amount) into 0. */
const pence = (amount: number) => toPence(amount) + 0;

/** A budget year: its months' first and last days and calendar month, and its length in days. */
interface BudgetYear {
  firsts: readonly Day[];
  lasts: readonly Day[];
  /** Each month's calendar year and month (1–12), for pay reviews. */
  calendar: readonly { year: number; month: number }[];
  days: number;
}

/** Budget years by first day: a plan's rows share one, so it is worked out once. */
const budgetYears = new Map<Day, BudgetYear>();

/** The twelve months from yearStart, which must be the first day of a month. */
function budgetYear(value: Scalar): BudgetYear {
  const start = dateArgument(value, "yearStart");
  const known = budgetYears.get(start);
  if (known) return known;
  const { year, month, day } = partsOf(start);
  if (day !== 1)
    throw invalidNumber(
      `yearStart must be the first day of a month, e.g. 2027-04-01 or 2027-01-01 (got ${isoOf(start)}).`,
    );
  const k = Array.from({ length: monthsInYear }, (_, i) => i);
  const found: BudgetYear = {
    firsts: k.map((i) => dayOf(year, month + i, 1)),
    lasts: k.map((i) => dayOf(year, month + i + 1, 1) - 1),
    calendar: k.map((i) => partsOf(dayOf(year, month + i, 1))),
    days: addYears(start, 1) - start,
  };
  if (budgetYears.size < 1000) budgetYears.set(start, found);
  return found;
}

/** Start and optional leaving date (the last day employed), in order. */
function employment(startDate: Scalar, endDate: Scalar): { start: Day; end: Day | undefined } {
  const start = dateArgument(startDate, "startDate");
  const end = optionalDate(endDate, "endDate");
  if (end !== undefined && end < start) throw invalidNumber("endDate is before startDate.");
  return { start, end };
}

/** Days employed within a month, both ends counted, as PRORATE counts them. */
const daysIn = (first: Day, last: Day, start: Day, end: Day | undefined) =>
  Math.max(Math.min(end ?? last, last) - Math.max(start, first) + 1, 0);

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
 * How many pay reviews (on the first of reviewMonth each year after the start date) have
 * raised pay by each month of the year: none without a review.
 */
function raisesByMonth(year: BudgetYear, start: Day, reviewMonth: number | undefined): number[] {
  if (reviewMonth === undefined) return noRaises;
  const started = partsOf(start);
  const firstReviewYear = dayOf(started.year, reviewMonth, 1) > start ? started.year : started.year + 1;
  return year.calendar.map(({ year: y, month }) => {
    const lastReviewYear = month >= reviewMonth ? y : y - 1;
    return Math.max(lastReviewYear - firstReviewYear + 1, 0);
  });
}
const noRaises: number[] = Array<number>(monthsInYear).fill(0);

export const MONTHLY: FunctionSpec = {
  name: "MONTHLY",
  params: ["annualAmount", "startDate", "yearStart", "endDate", "reviewMonth", "reviewRate"],
  required: 3,
  spillWidth: monthsInYear,
  remember: false,
  evaluate(guide, [annualAmount, startDate, yearStart, endDate, reviewMonthArg, reviewRateArg]) {
    const amount = requiredNumber(annualAmount, "annualAmount", "85000");
    const { start, end } = employment(startDate, endDate);
    const year = budgetYear(yearStart);
    const reviewMonth = reviewMonthArgument(reviewMonthArg);
    const defaultRate = guide.data.trends.salaryGrowth.annualRate;
    const reviewRate = rateArgument(reviewRateArg, "reviewRate", defaultRate, { min: 0, max: 0.99 })!;
    if (reviewMonth === undefined && !isBlank(reviewRateArg))
      throw notAvailable("reviewRate is given without reviewMonth: give the month pay is reviewed, e.g. 4 for April.");

    // A month's share is its days employed over the year's days, as PRORATE's; a review on
    // the first of a month sets one rate for the whole month. The year's exact total is
    // summed by pay rate (reviews change it at most once a year), so with no review it is
    // PRORATE's own expression: amount × days employed / days in the year.
    const raises = raisesByMonth(year, start, reviewMonth);
    const exact: number[] = [];
    let total = 0;
    let employed = 0;
    for (let k = 0; k < monthsInYear; k++) {
      const days = daysIn(year.firsts[k], year.lasts[k], start, end);
      const pay = raises[k] === 0 ? amount : amount * (1 + reviewRate) ** raises[k];
      exact.push((pay * days) / year.days);
      employed += days;
      if (k === monthsInYear - 1 || raises[k + 1] !== raises[k]) {
        total += (pay * employed) / year.days;
        employed = 0;
      }
    }
    return [roundToTotal(exact, total)];
  },
};

/**
 * Each month to the penny, with the rounding remainder in the last month that has any pay,
 * so the twelve add up to the year's total rounded to the penny. Rounds `exact` in place:
 * a plan phases many hires, and one array a hire is enough.
 */
function roundToTotal(exact: number[], total: number): number[] {
  let last = -1;
  let sum = 0;
  for (let k = 0; k < exact.length; k++) {
    if (exact[k] !== 0) last = k;
    exact[k] = pence(exact[k]);
    sum += exact[k];
  }
  if (last >= 0) exact[last] = pence(exact[last] + (pence(total) - sum));
  return exact;
}

export const HEADCOUNT: FunctionSpec = {
  name: "HEADCOUNT",
  params: ["startDate", "yearStart", "endDate", "headcount"],
  required: 2,
  spillWidth: monthsInYear,
  remember: false,
  evaluate(_guide, [startDate, yearStart, endDate, headcountArg]) {
    const { start, end } = employment(startDate, endDate);
    const { lasts } = budgetYear(yearStart);
    const heads = isBlank(headcountArg) ? 1 : nonNegativeNumber(headcountArg, "headcount", "2");
    // In post at the month's end: started by then, and not left before its last day.
    return [lasts.map((last) => (start <= last && (end === undefined || end >= last) ? heads : 0))];
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
