/**
 * The budget by month as Excel custom functions: MONTHLY, PRORATE, HEADCOUNT and AGED. The
 * JSDoc is the declaration custom-functions-metadata-plugin reads.
 */

import { engine, invoke } from "../excel";

// Declared here, in the one file whose functions use it (see declarations/pay.ts on enums).
/**
 * How an amount is spread over months.
 * @customenum {string}
 */
declare enum Phasing {
  /** Each full month a twelfth of the year, a part month by its days, as a monthly payroll pays (the default). */
  payroll = "payroll",
  /** By calendar days employed. */
  days = "days",
}

/**
 * An annual amount phased over the twelve months of a budget year, by payroll months (as PRORATE counts them): a row of 12.
 * @customfunction MONTHLY
 * @helpurl https://localhost:3000/help.html#monthly
 * @param annualAmount The amount a year at the start date, e.g. a loaded annual cost.
 * @param startDate Start date: a date cell or ISO text such as "2027-07-15".
 * @param yearStart First day of the budget year, the first of a month: "2027-04-01" for April, "2027-01-01" for January.
 * @param [endDate] Leaving date (the last day employed), if any.
 * @param [reviewMonth] Month of the yearly pay review, 1–12 (4 = April): pay rises on its 1st each year after the start. Default: none.
 * @param [reviewRate] The review's rise as a fraction, e.g. 0.03. Default with a review month: the trends note's growth.
 * @param [qualifyingMonths] Months a starter must be in post by a review to get it, e.g. 6; a later starter skips to the next. Default 0.
 * @param [phasing] "payroll" (each full month 1/12 of the year; a part month by its days) or "days" (by days employed). Default "payroll".
 * @returns Twelve amounts in £, one per month; rounded to the penny, the rounding remainder in the last month with pay.
 */
export function monthly(
  annualAmount: any[][],
  startDate: any[][],
  yearStart: any[][],
  endDate?: any[][],
  reviewMonth?: any[][],
  reviewRate?: any[][],
  qualifyingMonths?: any[][],
  phasing?: Phasing[][],
): any[][] {
  return invoke(engine.MONTHLY, [
    annualAmount,
    startDate,
    yearStart,
    endDate,
    reviewMonth,
    reviewRate,
    qualifyingMonths,
    phasing,
  ]);
}

/**
 * The share of an amount that falls inside a period employed: by payroll months (a part month by its days), or by days.
 * @customfunction PRORATE
 * @helpurl https://localhost:3000/help.html#prorate
 * @param annualAmount The amount for the whole period, e.g. a loaded annual cost.
 * @param startDate Start date: a date cell or ISO text such as "2026-07-01".
 * @param [periodStart] First day of the period. Default: 1 January of the start date's year (or a year before periodEnd).
 * @param [periodEnd] Last day of the period. Default: 31 December of the start date's year (or a year after periodStart).
 * @param [endDate] Leaving date (the last day employed), if any.
 * @param [phasing] "payroll" (each full month 1/12 of a year; a part month by its days) or "days" (by days employed). Default "payroll".
 * @returns The prorated amount in £.
 */
export function prorate(
  annualAmount: any[][],
  startDate: any[][],
  periodStart?: any[][],
  periodEnd?: any[][],
  endDate?: any[][],
  phasing?: Phasing[][],
): any[][] {
  return invoke(engine.PRORATE, [annualAmount, startDate, periodStart, periodEnd, endDate, phasing]);
}

/**
 * Headcount in post at the end of each month of a budget year, as one row of twelve that spills.
 * @customfunction HEADCOUNT
 * @helpurl https://localhost:3000/help.html#headcount
 * @param startDate Start date: a date cell or ISO text such as "2027-07-15".
 * @param yearStart First day of the budget year, the first of a month, e.g. "2027-04-01".
 * @param [endDate] Leaving date (the last day employed), if any: a leaver on a month's last day counts in that month.
 * @param [headcount] Heads (or full-time equivalents) for the row. Default 1.
 * @returns Twelve headcounts, one per month.
 */
export function headcount(startDate: any[][], yearStart: any[][], endDate?: any[][], headcount?: any[][]): any[][] {
  return invoke(engine.HEADCOUNT, [startDate, yearStart, endDate, headcount]);
}

/**
 * A guide figure aged from the dataset's effective date (AIPAY.SOURCE("effectiveDate")) to a date, growing yearly.
 * @customfunction AGED
 * @helpurl https://localhost:3000/help.html#aged
 * @param amount A figure as of the guide's date, e.g. AIPAY.SALARYBAND(…).
 * @param toDate The date to age it to, e.g. a hire's start date.
 * @param [annualRate] Growth a year as a fraction. Default: the growth the hiring trends note projects.
 * @returns The aged amount in £.
 */
export function aged(amount: any[][], toDate: any[][], annualRate?: any[][]): any[][] {
  return invoke(engine.AGED, [amount, toDate, annualRate]);
}
