/**
 * The budget by month as Excel custom functions: MONTHLY, HEADCOUNT and AGED. The JSDoc is
 * the declaration custom-functions-metadata-plugin reads.
 */

import { engine, invoke } from "../excel";

/**
 * An annual amount phased over the twelve months of a budget year by days employed (as PRORATE counts them): a row of 12.
 * @customfunction MONTHLY
 * @helpurl https://localhost:3000/help.html#monthly
 * @param annualAmount The amount a year at the start date, e.g. a loaded annual cost.
 * @param startDate Start date: a date cell or ISO text such as "2027-07-15".
 * @param yearStart First day of the budget year, the first of a month: "2027-04-01" for April, "2027-01-01" for January.
 * @param [endDate] Leaving date (the last day employed), if any.
 * @param [reviewMonth] Month of the yearly pay review, 1–12 (4 = April): pay rises on its 1st each year after the start. Default: none.
 * @param [reviewRate] The review's rise as a fraction, e.g. 0.03. Default with a review month: the trends note's growth.
 * @returns Twelve amounts in £, one per month; rounded to the penny, the rounding remainder in the last month with pay.
 */
export function monthly(
  annualAmount: any[][],
  startDate: any[][],
  yearStart: any[][],
  endDate?: any[][],
  reviewMonth?: any[][],
  reviewRate?: any[][],
): any[][] {
  return invoke(engine.MONTHLY, [annualAmount, startDate, yearStart, endDate, reviewMonth, reviewRate]);
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
