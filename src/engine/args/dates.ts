/**
 * Date and tax-year arguments as a user writes them: an Excel date (serial number), ISO
 * text, or a tax year's name. The calendar arithmetic they rest on is in ../calendar.
 */
import { isEmptyCell } from "../core/cells";
import { ArgumentMessage } from "../core/messages";
import { invalidValue, notAvailable, type Scalar } from "../core/values";
import { fromExcelSerial, isoOf, parseIsoDate, type Day } from "../calendar/dates";
import { taxYearContaining, taxYearName } from "../calendar/tax-years";

/** A required date argument: an Excel date (serial number) or ISO text. */
export function dateArgument(value: Scalar, argument: string): Day {
  if (isEmptyCell(value)) throw notAvailable(ArgumentMessage.emptyDate(argument));
  const day = optionalDate(value, argument);
  return day!;
}

/** An optional date argument: undefined when blank (serial 0, "0 January 1900", is an empty cell in Excel desktop). */
export function optionalDate(value: Scalar, argument: string): Day | undefined {
  if (isEmptyCell(value)) return undefined;
  if (typeof value === "number") return fromExcelSerial(value, argument);
  if (typeof value === "string") {
    const day = parseIsoDate(value, argument);
    if (day !== undefined) return day;
  }
  throw invalidValue(ArgumentMessage.notDate(argument, value));
}

/** A whole number that a tax year reads as a year someone typed, not as a date serial. */
export const looksLikeYear = (value: number) => Number.isInteger(value) && value >= 1900 && value <= 2200;

/** "2026/27", "2026-27", "2026/2027" or "2026 to 2027". */
const yearPair = /^(\d{4})\s*(?:\/|-|–|to)\s*(\d{2}|\d{4})$/i;

/** The word that asks for the latest tax year AIPAY holds rates for, whatever the date. */
const latestWord = /^latest(\s+rates)?$/i;

/**
 * The taxYear argument: a year such as "2026/27", or a date (Excel serial or ISO text)
 * meaning the tax year that contains it. Blank means `blank`, the year the workbook's
 * edition (or its pin) names; "latest" means `latest`, the latest tax year AIPAY holds rates
 * for. Neither is read from the clock: that would turn every formula into #N/A on the first
 * 6 April after a release, and Excel would not even recompute that day.
 */
export function taxYearArgument(value: Scalar, blank: string, latest: string): string {
  if (isEmptyCell(value)) return blank;
  if (typeof value === "number") {
    // 2026 typed for "2026/27" would otherwise read as the Excel date 18 July 1905.
    if (looksLikeYear(value))
      throw invalidValue(
        ArgumentMessage.taxYearAsNumber(value, isoOf(fromExcelSerial(value, "taxYear")), taxYearName(value)),
      );
    return taxYearContaining(fromExcelSerial(value, "taxYear"));
  }
  if (typeof value === "string") {
    const pair = yearPair.exec(value.trim());
    if (pair) {
      const start = Number(pair[1]);
      const end = Number(pair[2]);
      if (end === start + 1 || end === (start + 1) % 100) return taxYearName(start);
      throw invalidValue(ArgumentMessage.notOneTaxYear(value.trim()));
    }
    if (latestWord.test(value.trim())) return latest;
    const day = parseIsoDate(value, "taxYear");
    if (day !== undefined) return taxYearContaining(day);
  }
  throw invalidValue(ArgumentMessage.notTaxYear(value, latest));
}
