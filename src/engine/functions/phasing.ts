/**
 * How MONTHLY and PRORATE spread an amount over the months of a period. On the payroll basis
 * (the default) each full month is a twelfth of a year, as a UK monthly payroll pays, and a part
 * month is that twelfth × the days employed in it ÷ the days in that month. On the days basis
 * each day employed is one day's share of the period. Both functions read the same shares, so
 * they agree with each other on either basis.
 */
import { addMonths, dayOf, partsOf, type Day } from "../calendar/dates";
import type { Phasing } from "../model/guide";
import { option } from "./parameters";

export const phasing = option<Phasing>("phasing", {
  about:
    "`payroll`: each full month a twelfth of the year, a part month by its days employed; `days`: by calendar days employed",
  default: "`payroll`",
  example: "days",
  words: (guide) => guide.data.vocabulary.phasings.map((p) => p.phasing),
  blank: "payroll",
  resolve: (guide, word) => guide.phasing(word),
});

/** Days from `start` to `end` (both counted) that fall within first–last. */
const daysWithin = (first: Day, last: Day, start: Day, end: Day): number =>
  Math.max(Math.min(end, last) - Math.max(start, first) + 1, 0);

/** A calendar month's first and last day. */
export interface Month {
  readonly first: Day;
  readonly last: Day;
}

/** The calendar months that from–to touches, in order. */
export function monthsTouching(from: Day, to: Day): Month[] {
  const { year, month } = partsOf(from);
  const months: Month[] = [];
  for (let first = dayOf(year, month, 1); first <= to;) {
    const next = addMonths(first, 1);
    months.push({ first, last: next - 1 });
    first = next;
  }
  return months;
}

/**
 * The share of `month` that start–end covers, in the basis's unit: payroll months (the days
 * covered ÷ the month's days) or days.
 */
export function shareOf(basis: Phasing, month: Month, start: Day, end: Day): number {
  const days = daysWithin(month.first, month.last, start, end);
  return basis === "days" ? days : days / (month.last - month.first + 1);
}
