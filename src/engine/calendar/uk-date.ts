/**
 * Dates as UK finance teams type and read them, day first (01/04/2027), whatever the
 * machine's locale: the task pane's plan takes them as text (a browser's date input
 * follows the locale) and a plan file from UK Excel holds them. Both are turned into the
 * ISO dates (2027-04-01) the engine reads.
 */
import { isCalendarDate } from "./dates";

const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** "1/4/2027", "01.04.2027" or ISO "2027-04-01" as ISO, or undefined when it names no calendar day. */
export function isoFromUk(text: string): string | undefined {
  const trimmed = text.trim();
  if (isCalendarDate(trimmed)) return trimmed;
  const match = dayFirst.exec(trimmed);
  if (!match) return undefined;
  const [day, month, year] = match.slice(1);
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isCalendarDate(iso) ? iso : undefined;
}

/** ISO "2027-04-01" as "01/04/2027". */
export function ukFromIso(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}
