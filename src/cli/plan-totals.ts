/**
 * The budget's running totals: cost and heads in post by month, employees, contractors and
 * one-off costs apart. Only these are kept while the rows stream past, so memory stays flat however long
 * the plan. Costs add in whole pence and heads in millionths of a head, so a million rows
 * sum exactly, in any order.
 */
import type { HireKind, PricedHire } from "../engine";

export const monthsInYear = 12;
const pence = 100;
/** Heads may be fractions (0.5 is a part-timer); a millionth is finer than any plan writes. */
const headParts = 1_000_000;

const zeros = () => new Array<number>(monthsInYear).fill(0);

/** A month's figures in whole units, as the row's twelve figures scaled and rounded. */
function addScaled(sums: number[], figures: readonly number[], scale: number): void {
  for (let k = 0; k < figures.length; k++) sums[k] += Math.round(figures[k] * scale);
}

/** A year's twelve costs in pounds and their sum, added in pence. */
export function yearOf(months: readonly number[]): number {
  let sum = 0;
  for (let k = 0; k < months.length; k++) sum += Math.round(months[k] * pence);
  return sum / pence;
}

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
  private readonly cost: Record<HireKind, number[]> = { employee: zeros(), contractor: zeros() };
  private readonly heads: Record<HireKind, number[]> = { employee: zeros(), contractor: zeros() };
  private readonly oneOffs = zeros();
  /** How many hires were added. */
  count = 0;

  add(hire: PricedHire): void {
    addScaled(this.cost[hire.kind], hire.months, pence);
    addScaled(this.heads[hire.kind], hire.heads, headParts);
    addScaled(this.oneOffs, hire.oneOffs, pence);
    this.count++;
  }

  byMonth(): PlanTotalsByMonth {
    const { employee, contractor } = this.cost;
    const total = employee.map((sum, k) => sum + contractor[k] + this.oneOffs[k]);
    let running = 0;
    const cumulative = total.map((sum) => (running += sum));
    const inPounds = (sums: number[]) => sums.map((sum) => sum / pence);
    const inHeads = (sums: number[]) => sums.map((sum) => sum / headParts);
    return {
      employees: inPounds(employee),
      contractors: inPounds(contractor),
      oneOffs: inPounds(this.oneOffs),
      total: inPounds(total),
      cumulative: inPounds(cumulative),
      employeesInPost: inHeads(this.heads.employee),
      contractorsInPost: inHeads(this.heads.contractor),
    };
  }
}
