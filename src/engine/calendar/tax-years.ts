/** UK tax years (6 April to 5 April), named as gov.uk names them: "2026/27". */
import { dayOf, isoOf, partsOf, type Day } from "./dates";

/** The tax year that starts on 6 April of `startYear`, e.g. 2026 → "2026/27". */
export const taxYearName = (startYear: number) => `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;

/** The tax year a day falls in. */
export function taxYearContaining(day: Day): string {
  const { year } = partsOf(day);
  return taxYearName(day >= dayOf(year, 4, 6) ? year : year - 1);
}

/** First and last day of a tax year named "YYYY/YY". */
export function taxYearDates(name: string): { start: string; end: string } {
  const startYear = Number(name.slice(0, 4));
  return { start: isoOf(dayOf(startYear, 4, 6)), end: isoOf(dayOf(startYear + 1, 4, 5)) };
}
