/** UK tax years (6 April to 5 April), named as gov.uk names them: "2026/27". */
import { describe, isEmptyCell } from "./cells";
import { dayOf, fromExcelSerial, isoOf, parseIsoDate, partsOf, type Day } from "./dates";
import { invalidValue, type Scalar } from "./values";

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

/** "2026/27", "2026-27", "2026/2027" or "2026 to 2027". */
const yearPair = /^(\d{4})\s*(?:\/|-|–|to)\s*(\d{2}|\d{4})$/i;

/** The word that asks for the latest tax year AIPAY holds rates for, whatever the date. */
const latestWord = /^latest(\s+rates)?$/i;

/**
 * The taxYear argument: a year such as "2026/27", or a date (Excel serial or ISO text)
 * meaning the tax year that contains it. Blank or "latest" means `latest`, the latest tax
 * year AIPAY holds rates for: a default read from the clock would turn every formula into
 * #N/A on the first 6 April after a release, and Excel would not even recompute that day.
 */
export function taxYearArgument(value: Scalar, latest: string): string {
  if (isEmptyCell(value)) return latest;
  if (typeof value === "number") {
    // 2026 typed for "2026/27" would otherwise read as the Excel date 18 July 1905.
    if (Number.isInteger(value) && value >= 1900 && value <= 2200)
      throw invalidValue(
        `taxYear ${value} looks like a year, but a number here is read as a date (serial ${value} is ${isoOf(fromExcelSerial(value, "taxYear"))}). Write "${taxYearName(value)}" for the tax year from 6 April ${value}, or give a date in it.`,
      );
    return taxYearContaining(fromExcelSerial(value, "taxYear"));
  }
  if (typeof value === "string") {
    const pair = yearPair.exec(value.trim());
    if (pair) {
      const start = Number(pair[1]);
      const end = Number(pair[2]);
      if (end === start + 1 || end === (start + 1) % 100) return taxYearName(start);
      throw invalidValue(
        `taxYear "${value.trim()}" is not one tax year: write the next year after the first, e.g. "2026/27".`,
      );
    }
    if (latestWord.test(value.trim())) return latest;
    const day = parseIsoDate(value, "taxYear");
    if (day !== undefined) return taxYearContaining(day);
  }
  throw invalidValue(
    `taxYear must be a tax year such as "2026/27", a date in it, or "latest" (got ${describe(value)}); leave it empty for the latest rates AIPAY holds (${latest}).`,
  );
}
