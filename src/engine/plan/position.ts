/**
 * A plan row's position, resolved: which dates and figures its chain prices from. A new
 * position or backfill is priced at the market unless it carries a salary (an offer, or a
 * hire's agreed pay); an open one starts after the time to fill and carries the vacancy
 * factor. An existing employee or leaver is priced on their own salary, as at the budget
 * year's start, and gets every review in the year.
 */
import { invalidValue } from "../core/values";
import { PlanMessage } from "../core/messages";
import { addMonths, type Day } from "../calendar/dates";
import type { PositionStatus, PositionType } from "../model/guide";
import type { PlanInputValues } from "./inputs";

export interface Position {
  readonly type: PositionType;
  /** For a new position or backfill: open unless given. Null for an existing employee or leaver. */
  readonly status: PositionStatus | null;
  /** The first day in post: an open position's start moved by the time to fill. */
  readonly startsOn: Day;
  /**
   * The day the salary is pay a year from, as MONTHLY reads a start: for an existing employee
   * the eve of the budget year (so a review on its first day counts), else the first day in post.
   */
  readonly payFrom: Day;
  /** The day the market figure is aged to, to set beside the salary: the budget year's start or the first day in post. */
  readonly marketDate: Day;
  /** Months in post a starter needs for a review; existing employees qualify for every one. */
  readonly qualifyingMonths: number;
  /** The share of the row's costs budgeted: less the vacancy factor for an open position. */
  readonly costShare: number;
  /** The agency fee as a share of first-year salary: new positions and backfills only. */
  readonly feeRate: number;
}

/** What a position is resolved from: the row's read fields that say where it stands. */
export interface PositionFields {
  readonly type: PositionType;
  readonly status: PositionStatus | null;
  readonly start: Day;
  readonly end: Day | undefined;
  readonly salary: number | null;
  readonly agencyFee: number | null;
  readonly contractor: boolean;
}

const inPost = (type: PositionType) => type === "existing" || type === "leaver";

/** The row's position under the plan's inputs; throws a row that does not hold together. */
export function positionOf(fields: PositionFields, inputs: PlanInputValues, yearStart: Day): Position {
  const { type, salary, agencyFee, contractor } = fields;
  if (contractor && salary !== null) throw invalidValue(PlanMessage.noOwnPay("salary"));
  if (contractor && agencyFee !== null) throw invalidValue(PlanMessage.noOwnPay("agencyFee"));
  if (inPost(type)) {
    if (fields.status !== null) throw invalidValue(PlanMessage.newPositionsOnly("status", type));
    if (agencyFee !== null) throw invalidValue(PlanMessage.newPositionsOnly("agencyFee", type));
    if (salary === null && !contractor) throw invalidValue(PlanMessage.salaryNeeded(type));
    if (type === "leaver" && fields.end === undefined) throw invalidValue(PlanMessage.leaverNeedsEnd());
    // Someone who left before the budget year is paid from their last day: nothing in the year.
    const payFrom = Math.max(fields.start, yearStart - 1);
    return {
      type,
      status: null,
      startsOn: fields.start,
      payFrom: fields.end === undefined ? payFrom : Math.min(payFrom, fields.end),
      marketDate: Math.max(fields.start, yearStart),
      qualifyingMonths: 0,
      costShare: 1,
      feeRate: 0,
    };
  }
  const status = fields.status ?? "open";
  if (status === "offer" && salary === null && !contractor) throw invalidValue(PlanMessage.offerNeedsSalary());
  const open = status === "open";
  const startsOn = open && inputs.timeToFill > 0 ? addMonths(fields.start, inputs.timeToFill) : fields.start;
  if (fields.end !== undefined && startsOn > fields.end)
    throw invalidValue(PlanMessage.filledAfterEnd(inputs.timeToFill));
  return {
    type,
    status,
    startsOn,
    payFrom: startsOn,
    marketDate: startsOn,
    qualifyingMonths: inputs.qualifyingMonths,
    costShare: open ? 1 - inputs.vacancyFactor : 1,
    feeRate: contractor ? 0 : (agencyFee ?? inputs.agencyFeeRate),
  };
}
