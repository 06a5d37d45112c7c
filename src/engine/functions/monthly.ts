/**
 * The budget by month: AIPAY.MONTHLY (an annual amount phased over the twelve months of a
 * budget year by payroll months or days, with an optional pay review), HEADCOUNT (heads in post at each month's end)
 * and AGED (a guide figure aged from the dataset's effective date). Each returns one row
 * of twelve for one hire, so a column of hires spills a grid.
 */
import { isEmptyCell } from "../core/cells";
import { toPence } from "../core/money";
import { addMonths, addYears, dayOf, isoOf, parseIsoDate, partsOf, type Day } from "../calendar/dates";
import type { PayGuide } from "../model/guide";
import { invalidNumber, notAvailable, type Scalar } from "../core/values";
import { RuleMessage } from "../core/messages";
import { annualAmount, annualRate, employment, endDate, grownAmount, GROWTH, startDate, toDate } from "./budget";
import { defineFunction } from "./spec";
import { amount, date, number, rate } from "./parameters";
import { phasing, shareOf, type Month } from "./phasing";

const monthsInYear = 12;

/** Adding 0 turns −0 (0 × a negative amount) into 0. */
const pence = (amount: number) => toPence(amount) + 0;

/** A budget year: its months, each month's calendar year and month, and its length in days. */
interface BudgetYear {
  months: readonly Month[];
  /** Each month's calendar year and month (1–12), for pay reviews. */
  calendar: readonly { year: number; month: number }[];
  days: number;
}

/** Budget years by first day: a plan's rows share one, so it is worked out once. */
const budgetYears = new Map<Day, BudgetYear>();

const yearStart = date("yearStart", { about: "the first day of the budget year, the first of a month" });

/** The twelve months from yearStart, which must be the first day of a month. */
function budgetYear(guide: PayGuide, value: Scalar): BudgetYear {
  const start = yearStart.read(value, guide);
  const known = budgetYears.get(start);
  if (known) return known;
  const { year, month, day } = partsOf(start);
  if (day !== 1) throw invalidNumber(RuleMessage.notFirstOfMonth(yearStart.name, isoOf(start)));
  const k = Array.from({ length: monthsInYear }, (_, i) => i);
  const found: BudgetYear = {
    months: k.map((i) => ({ first: dayOf(year, month + i, 1), last: dayOf(year, month + i + 1, 1) - 1 })),
    calendar: k.map((i) => partsOf(dayOf(year, month + i, 1))),
    days: addYears(start, 1) - start,
  };
  if (budgetYears.size < 1000) budgetYears.set(start, found);
  return found;
}

const reviewMonth = number("reviewMonth", {
  about: `a month number, 1 (January) to ${monthsInYear} (December): pay rises on its first day each year after the start`,
  default: "no review",
  example: "4 for April",
});

/** A review month 1–12, or undefined when blank (0 too: a month number is never 0). */
function reviewMonthArgument(guide: PayGuide, value: Scalar): number | undefined {
  if (isEmptyCell(value)) return undefined;
  const month = reviewMonth.read(value, guide)!;
  if (!Number.isInteger(month) || month < 1 || month > monthsInYear)
    throw invalidNumber(RuleMessage.notMonthNumber(reviewMonth.name, month));
  return month;
}

const maxQualifyingMonths = 120;
const qualifyingMonths = number("qualifyingMonths", {
  about: `the months a starter must have been in post by a review's first day to get it, 0 to ${maxQualifyingMonths}; a starter who joined fewer months before skips that review and gets the next`,
  default: "0: every review after the start",
  example: "6",
});

/** The qualifying months, a whole number; blank (or 0, an empty cell on desktop) is none. */
function qualifyingMonthsArgument(guide: PayGuide, value: Scalar): number {
  const months = qualifyingMonths.read(value, guide) ?? 0;
  if (!Number.isInteger(months) || months < 0 || months > maxQualifyingMonths)
    throw invalidNumber(RuleMessage.notWholeMonths(qualifyingMonths.name, maxQualifyingMonths, months));
  return months;
}

/**
 * How many pay reviews have raised pay by each month of the year: none without a review.
 * Reviews fall on the first of reviewMonth each year; a starter gets the first one after
 * the start date by which they have served `qualifying` months, and every one after it.
 */
function raisesByMonth(year: BudgetYear, start: Day, reviewMonth: number | undefined, qualifying: number): number[] {
  if (reviewMonth === undefined) return noRaises;
  const earliest = Math.max(start + 1, addMonths(start, qualifying));
  const { year: earliestYear } = partsOf(earliest);
  const firstReviewYear = dayOf(earliestYear, reviewMonth, 1) >= earliest ? earliestYear : earliestYear + 1;
  return year.calendar.map(({ year: y, month }) => {
    const lastReviewYear = month >= reviewMonth ? y : y - 1;
    return Math.max(lastReviewYear - firstReviewYear + 1, 0);
  });
}
const noRaises: number[] = Array<number>(monthsInYear).fill(0);

const phasedAmount: typeof annualAmount = {
  ...annualAmount,
  about: "the amount a year at the start date, e.g. a loaded annual cost",
};
const reviewRate = rate("reviewRate", {
  about: "the review's rise as a fraction",
  default: "with a `reviewMonth`: the growth the trends note projects (`salaryGrowth` in the trends data)",
  range: { min: 0, max: 0.99 },
});

export const MONTHLY = defineFunction({
  name: "MONTHLY",
  parameters: [phasedAmount, startDate, yearStart, endDate, reviewMonth, reviewRate, qualifyingMonths, phasing],
  spillWidth: monthsInYear,
  remember: false,
  evaluate(guide, args) {
    const [annualAmountArg, startDateArg, yearStartArg, endDateArg, reviewMonthArg, reviewRateArg] = args;
    const [qualifyingMonthsArg, phasingArg] = args.slice(6);
    const amount = phasedAmount.read(annualAmountArg, guide);
    const { start, end } = employment(guide, startDateArg, endDateArg);
    const year = budgetYear(guide, yearStartArg);
    const month = reviewMonthArgument(guide, reviewMonthArg);
    const rise = reviewRate.read(reviewRateArg, guide) ?? guide.data.trends.salaryGrowth.annualRate;
    const qualifying = qualifyingMonthsArgument(guide, qualifyingMonthsArg);
    // A rise of 0 without a month is no review either: two empty cells, as Excel desktop may pass them.
    if (month === undefined && !isEmptyCell(reviewRateArg))
      throw notAvailable(RuleMessage.needsReviewMonth(reviewRate.name, reviewMonth.name));
    if (month === undefined && qualifying !== 0)
      throw notAvailable(RuleMessage.needsReviewMonth(qualifyingMonths.name, reviewMonth.name));
    const basis = phasing.read(phasingArg, guide);

    // A month's share is its part of the year in the basis's unit, as PRORATE counts it: a
    // payroll month of twelve, or days of the year's days. A review on the first of a month
    // sets one rate for the whole month. The year's exact total is summed by pay rate
    // (reviews change it at most once a year), so with no review it is PRORATE's own
    // expression: amount × share employed ÷ the year's whole share.
    const whole = basis === "days" ? year.days : monthsInYear;
    const raises = raisesByMonth(year, start, month, qualifying);
    const exact: number[] = [];
    let total = 0;
    let employed = 0;
    for (let k = 0; k < monthsInYear; k++) {
      const share = shareOf(basis, year.months[k], start, end ?? year.months[k].last);
      const pay = raises[k] === 0 ? amount : amount * (1 + rise) ** raises[k];
      exact.push((pay * share) / whole);
      employed += share;
      if (k === monthsInYear - 1 || raises[k + 1] !== raises[k]) {
        total += (pay * employed) / whole;
        employed = 0;
      }
    }
    return [roundToTotal(exact, total)];
  },
});

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

const headcount = amount("headcount", {
  about: "the heads (or full-time equivalents) for the row, 0 or more",
  default: "1",
  example: "2",
});

export const HEADCOUNT = defineFunction({
  name: "HEADCOUNT",
  parameters: [startDate, yearStart, endDate, headcount],
  spillWidth: monthsInYear,
  remember: false,
  evaluate(guide, [startDateArg, yearStartArg, endDateArg, headcountArg]) {
    const { start, end } = employment(guide, startDateArg, endDateArg);
    const { months } = budgetYear(guide, yearStartArg);
    const heads = headcount.read(headcountArg, guide) ?? 1;
    // In post at the month's end: started by then, and not left before its last day.
    return [months.map(({ last }) => (start <= last && (end === undefined || end >= last) ? heads : 0))];
  },
});

/** The dataset's effective date: the day its figures are as of. */
const effectiveDate = (guide: PayGuide): Day => parseIsoDate(guide.data.guide.source.effectiveDate, "effectiveDate")!;

export const AGED = defineFunction({
  name: "AGED",
  parameters: [
    { ...grownAmount, about: "a figure as of the guide's date, e.g. `AIPAY.SALARYBAND(…)`" },
    toDate,
    annualRate,
  ],
  evaluate(guide, [amount, toDateArg, annualRateArg], context) {
    // GROWTH from the guide's own date: the figure as of the guide, projected to toDate.
    const from = isoOf(effectiveDate(guide));
    return GROWTH.evaluate(guide, [amount, from, toDateArg, annualRateArg], context);
  },
});
