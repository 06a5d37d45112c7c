/**
 * Calendar dates as the budgeting functions read them: Excel serial numbers (the 1900
 * date system) or ISO text ("2026-07-01"). Inside the engine a date is a day number
 * (whole days since 1970-01-01, UTC), so date arithmetic is integer arithmetic with no
 * time zones or daylight saving in the way.
 */
import { DateMessage } from "../core/messages";
import { invalidNumber } from "../core/values";

export type Day = number;

const msPerDay = 86_400_000;
/** Excel's serial 61 is 1 March 1900: day −25508 in day numbers (1899-12-30 is serial 0 from 61 on). */
const excelEpochFrom61: Day = Date.UTC(1899, 11, 30) / msPerDay;
/** Serials 1–59 count from 31 December 1899: Excel treats 1900 as a leap year, so serial 60 is a fake 29 February. */
const excelEpochBelow60: Day = Date.UTC(1899, 11, 31) / msPerDay;
const fakeLeapDaySerial = 60;
/** 31 December 9999, Excel's last date. */
const maxSerial = 2_958_465;

export const dayOf = (year: number, month: number, day: number): Day => Date.UTC(year, month - 1, day) / msPerDay;

export function partsOf(day: Day): { year: number; month: number; day: number } {
  const date = new Date(day * msPerDay);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Dates seen before, both ways: a plan's rows share a few hundred start dates, and each is
 * written as ISO text and read back at every step of its chain. Bounded: cleared when full.
 */
const seenDays = new Map<string, Day>();
const seenTexts = new Map<Day, string>();
const seenLimit = 10_000;
function remember<K, V>(seen: Map<K, V>, key: K, value: V): V {
  if (seen.size >= seenLimit) seen.clear();
  seen.set(key, value);
  return value;
}

export function isoOf(day: Day): string {
  return seenTexts.get(day) ?? remember(seenTexts, day, new Date(day * msPerDay).toISOString().slice(0, 10));
}

/** An Excel serial (time of day ignored) as a day number. */
export function fromExcelSerial(serial: number, argument: string): Day {
  const whole = Math.floor(serial);
  if (whole < 1 || whole > maxSerial) throw invalidNumber(DateMessage.notSerial(argument, serial, maxSerial));
  if (whole === fakeLeapDaySerial) throw invalidNumber(DateMessage.fakeLeapDay(argument));
  return whole < fakeLeapDaySerial ? excelEpochBelow60 + whole : excelEpochFrom61 + whole;
}

/**
 * Excel's two date systems: serials count from 1900 (Windows, the web, Mac workbooks since
 * Excel 2011) or, where a workbook is set to, from 1904 (older Mac workbooks). The engine
 * reads every serial in the 1900 system.
 */
export type DateSystem = 1900 | 1904;

/** 1 January 1904: serial 1462 in the 1900 system, serial 0 in the 1904 system. */
const first1904Day = 1462;
/** 31 December 9999 in the 1904 system. */
const max1904Serial = maxSerial - first1904Day;

/** A serial of a workbook on the 1904 date system as the 1900 system's serial of the same day. */
export function serialFrom1904(serial: number, argument: string): number {
  if (serial < 0 || Math.floor(serial) > max1904Serial)
    throw invalidNumber(DateMessage.notSerial1904(argument, serial, max1904Serial));
  return serial + first1904Day;
}

/** The Excel serial number of a day (the inverse of fromExcelSerial, for days after 1 March 1900). */
export const toExcelSerial = (day: Day): number => day - excelEpochFrom61;

/** ISO date text, with an optional time of day (and zone) that is ignored: "2026-04-01T09:00". */
const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
/** Excel's dates start on 1 January 1900; Date.UTC would also read years 0–99 as 1900–1999. */
const firstYear = 1900;

/** True for ISO "YYYY-MM-DD" text naming a real calendar day ("2026-02-30" is not one). */
export function isCalendarDate(text: string): boolean {
  try {
    return parseIsoDate(text, "date") !== undefined;
  } catch {
    return false;
  }
}

/** ISO "YYYY-MM-DD" text as a day number, or undefined when the text is not of that form. */
export function parseIsoDate(text: string, argument: string): Day | undefined {
  return seenDays.get(text) ?? readIsoDate(text, argument);
}

function readIsoDate(text: string, argument: string): Day | undefined {
  const match = isoDate.exec(text.trim());
  if (!match) return undefined;
  const [year, month, date] = match.slice(1, 4).map(Number);
  if (year < firstYear) throw invalidNumber(DateMessage.beforeFirstYear(argument, text.trim(), firstYear));
  const day = dayOf(year, month, date);
  const back = partsOf(day);
  if (back.month !== month || back.day !== date)
    throw invalidNumber(DateMessage.notCalendarDate(argument, text.trim()));
  return remember(seenDays, text, day);
}

/** Adds whole calendar months, as Excel's EDATE does: 31 January + 1 month is 28 (or 29) February. */
export function addMonths(day: Day, months: number): Day {
  const { year, month, day: date } = partsOf(day);
  const last = partsOf(dayOf(year, month + months + 1, 1) - 1).day;
  return dayOf(year, month + months, Math.min(date, last));
}

/** Adds whole calendar years; 29 February lands on 28 February in a common year, as Excel's EDATE does. */
export const addYears = (day: Day, years: number): Day => addMonths(day, 12 * years);

/**
 * Years between two days, counting whole anniversaries and then the fraction of the
 * next year elapsed by days, so 1 January to 1 January is exactly 1 in leap and common
 * years alike. Negative when `to` is before `from`.
 */
export function yearsBetween(from: Day, to: Day): number {
  if (to < from) return -yearsBetween(to, from);
  let whole = partsOf(to).year - partsOf(from).year;
  if (addYears(from, whole) > to) whole--;
  const anniversary = addYears(from, whole);
  const next = addYears(from, whole + 1);
  return whole + (to - anniversary) / (next - anniversary);
}
