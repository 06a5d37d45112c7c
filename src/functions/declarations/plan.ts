/**
 * A plan row as one Excel custom function: PLANROW, the whole of a hire's chain in one call,
 * which the plan sheet writes once a row. The JSDoc is the declaration
 * custom-functions-metadata-plugin reads.
 */

import { engine, invoke } from "../excel";

/**
 * One plan row priced: kind, salary or day rate at target, aged to start, cost a year, twelve months of cost and twelve of heads in post, as one row that spills.
 * @customfunction PLANROW
 * @helpurl https://localhost:3000/help.html#planrow
 * @param role A role, e.g. "AI Engineer".
 * @param level A level name, e.g. "Senior"; empty for a leadership role.
 * @param start The first day employed or engaged: a date cell or ISO text.
 * @param yearStart First day of the budget year, the first of a month, e.g. "2027-04-01".
 * @param [location] A location, e.g. "London". Default: the guide's default location.
 * @param [end] The last day employed, for a leaver. Default: none.
 * @param [headcount] Heads on the row; 0.5 is one person at half time. Default 1.
 * @param [skills] Premium skills, comma-separated (employees only). Default: none.
 * @param [stage] A company stage (employees only). Default: none.
 * @param [ir35] "outside" or "inside" for a contractor; empty for an employee.
 * @param [feePayer] Inside IR35, "agency" or "client". Default: defaultFeePayer.
 * @param [taxYear] Tax year of employer rates, e.g. "2026/27". Default: the one starting in the budget year's first April.
 * @param [payTarget] "low", "mid", "high" or a percentile such as 0.9. Default "mid".
 * @param [agingRate] Market growth a year from the guide's date to the start. Default: the trends note's growth.
 * @param [reviewMonth] Month of the yearly pay review, 1–12; 0 for none. Default: none.
 * @param [reviewRate] The review's rise, e.g. 0.04. Default: the trends note's growth.
 * @param [contractDays] A contractor's billable days a year. Default: AIPAY's contractor year.
 * @param [defaultFeePayer] Inside IR35, who pays when feePayer is empty: "agency" or "client". Default "agency".
 * @returns One row of 28: kind, three figures in £, twelve months of cost in £ and twelve headcounts.
 */
export function planRow(
  role: any[][],
  level: any[][],
  start: any[][],
  yearStart: any[][],
  location?: any[][],
  end?: any[][],
  headcount?: any[][],
  skills?: any[][],
  stage?: any[][],
  ir35?: any[][],
  feePayer?: any[][],
  taxYear?: any[][],
  payTarget?: any[][],
  agingRate?: any[][],
  reviewMonth?: any[][],
  reviewRate?: any[][],
  contractDays?: any[][],
  defaultFeePayer?: any[][],
): any[][] {
  return invoke(engine.PLANROW, [
    role,
    level,
    start,
    yearStart,
    location,
    end,
    headcount,
    skills,
    stage,
    ir35,
    feePayer,
    taxYear,
    payTarget,
    agingRate,
    reviewMonth,
    reviewRate,
    contractDays,
    defaultFeePayer,
  ]);
}
