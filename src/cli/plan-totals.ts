/**
 * The budget's running totals: cost and heads in post by month, employees, contractors and
 * one-off costs apart, added up by the engine's plan sums (whole pence, millionths of a head,
 * so a million rows sum exactly in any order). Only these are kept while the rows stream
 * past, so memory stays flat however long the plan.
 */
import { PlanSums, sumInPence, type PricedHire } from "../engine";

export const monthsInYear = 12;

/** A year's twelve costs in pounds and their sum, added in pence. */
export const yearOf = sumInPence;

export interface PlanTotalsByMonth {
  readonly employees: readonly number[];
  readonly contractors: readonly number[];
  /** One-off costs (agency fees), apart from pay. */
  readonly oneOffs: readonly number[];
  readonly total: readonly number[];
  /** The total so far at each month's end. */
  readonly cumulative: readonly number[];
  readonly employeesInPost: readonly number[];
  readonly contractorsInPost: readonly number[];
}

export class PlanTotals {
  private readonly sums = new PlanSums();
  /** How many hires were added. */
  count = 0;

  add(hire: PricedHire): void {
    this.sums.add(hire);
    this.count++;
  }

  byMonth(): PlanTotalsByMonth {
    const total = this.sums.months("total");
    let running = 0;
    // Added in pence, as the months themselves are.
    const cumulative = total.map((month) => (running += Math.round(month * 100)) / 100);
    return {
      employees: this.sums.months("employees"),
      contractors: this.sums.months("contractors"),
      oneOffs: this.sums.months("oneOffs"),
      total,
      cumulative,
      employeesInPost: this.sums.months("employeesInPost"),
      contractorsInPost: this.sums.months("contractorsInPost"),
    };
  }
}
