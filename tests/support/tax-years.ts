/**
 * The tax years the shipped employer-cost data holds, read from the data, so a test about
 * "a year AIPAY has no rates for" still holds after the next year's rates are added.
 */
import { payGuide } from "./engine";
import { taxYearDates, taxYearName } from "../../src/engine/calendar/tax-years";

export const heldTaxYears: readonly string[] = payGuide.data.employerCosts.taxYears;
export const latestHeld = heldTaxYears[heldTaxYears.length - 1];
/** The first tax year after the latest held: gov.uk's rates for it are not in the data yet. */
export const firstUnheld = taxYearName(Number(latestHeld.slice(0, 4)) + 1);
export const firstUnheldStart = taxYearDates(firstUnheld).start;
