/**
 * A plan's summaries, declared once: the lines a CFO reads (employees, contractors and one-off
 * costs apart, their total, and heads in post at each month's end), over the budget year's
 * twelve months, its four quarters and the year, for the whole plan and for each department.
 * The lines are data: the CLI's summary adds priced rows into them, and the plan sheet prints
 * them as formulas over its PLANROW spills.
 */
import { sumInPence } from "../core/money";
import type { HireKind, PricedHire } from "./price";

const monthsInYear = 12;

export type SummaryMeasure =
  "employees" | "contractors" | "oneOffs" | "total" | "employeesInPost" | "contractorsInPost";

export interface SummaryLine {
  readonly measure: SummaryMeasure;
  readonly label: string;
  /**
   * Heads are a count at a moment: a quarter shows its last month's and the year none. Costs
   * flow: a quarter adds its three months and the year its twelve.
   */
  readonly atMonthEnd: boolean;
}

export const summaryLines: readonly SummaryLine[] = [
  { measure: "employees", label: "Employees", atMonthEnd: false },
  { measure: "contractors", label: "Contractors", atMonthEnd: false },
  { measure: "oneOffs", label: "One-off costs", atMonthEnd: false },
  { measure: "total", label: "Total", atMonthEnd: false },
  { measure: "employeesInPost", label: "Employees in post (FTE)", atMonthEnd: true },
  { measure: "contractorsInPost", label: "Contractors in post", atMonthEnd: true },
];

/** The budget year's quarters, by their months (0–11 from the year's start). */
export const quarters: readonly (readonly number[])[] = [0, 1, 2, 3].map((q) => [3 * q, 3 * q + 1, 3 * q + 2]);

/** Costs add in whole pence and heads in millionths of a head, so long plans sum exactly in any order. */
const pence = 100;
const headParts = 1_000_000;
const toWhole = (amount: number) => Math.round(amount * pence);
/** The measures that count heads at a month's end rather than adding money. */
const headCounts = new Set(summaryLines.filter((line) => line.atMonthEnd).map((line) => line.measure));

/** A line's twelve months as its four quarters and its year (null for a count of heads). */
export function periodsOf(line: SummaryLine, months: readonly number[]): { quarters: number[]; year: number | null } {
  if (line.atMonthEnd) return { quarters: quarters.map((q) => months[q[q.length - 1]]), year: null };
  return { quarters: quarters.map((q) => sumInPence(q.map((k) => months[k]))), year: sumInPence(months) };
}

export interface SummaryRow {
  /** The group: "Plan" for the whole plan, else a department's name. */
  readonly group: string;
  readonly line: SummaryLine;
  readonly months: readonly number[];
  readonly quarters: readonly number[];
  readonly year: number | null;
}

/** The group of rows with no department. */
export const noDepartment = "(no department)";
export const wholePlan = "Plan";

const costOf: Record<HireKind, "employees" | "contractors"> = { employee: "employees", contractor: "contractors" };
const headsOf: Record<HireKind, "employeesInPost" | "contractorsInPost"> = {
  employee: "employeesInPost",
  contractor: "contractorsInPost",
};

/**
 * Priced rows added up: each summary measure's twelve months, kept in whole units. The CLI's
 * running totals are one of these, and the summary keeps one a group.
 */
export class PlanSums {
  private readonly sums = new Map<SummaryMeasure, number[]>(
    summaryLines.map((line) => [line.measure, new Array<number>(monthsInYear).fill(0)]),
  );

  add(hire: PricedHire): void {
    const cost = this.sums.get(costOf[hire.kind])!;
    const oneOffs = this.sums.get("oneOffs")!;
    const total = this.sums.get("total")!;
    const heads = this.sums.get(headsOf[hire.kind])!;
    for (let k = 0; k < monthsInYear; k++) {
      const month = toWhole(hire.months[k]);
      const oneOff = toWhole(hire.oneOffs[k]);
      cost[k] += month;
      oneOffs[k] += oneOff;
      total[k] += month + oneOff;
      heads[k] += Math.round(hire.heads[k] * headParts);
    }
  }

  /** A measure's twelve months, in pounds or in heads. */
  months(measure: SummaryMeasure): number[] {
    const scale = headCounts.has(measure) ? headParts : pence;
    return this.sums.get(measure)!.map((sum) => sum / scale);
  }

  rows(group: string): SummaryRow[] {
    return summaryLines.map((line) => {
      const months = this.months(line.measure);
      return { group, line, months, ...periodsOf(line, months) };
    });
  }
}

/** The pay targets a plan's scenarios price it at, side by side. */
export const scenarioTargets = ["low", "mid", "high"] as const;
export type ScenarioTarget = (typeof scenarioTargets)[number];

/**
 * A plan's summary as its rows are priced: the whole plan, then each department in the order
 * first met, then the plan's costs at each scenario's target. Memory grows with the
 * departments, not the rows.
 */
export class PlanSummary {
  private readonly plan = new PlanSums();
  private readonly departments = new Map<string, PlanSums>();
  private readonly scenarios = new Map<ScenarioTarget, PlanSums>(scenarioTargets.map((t) => [t, new PlanSums()]));

  add(department: string | null, hire: PricedHire): void {
    this.plan.add(hire);
    const name = department === null || department.trim() === "" ? noDepartment : department.trim();
    let sums = this.departments.get(name);
    if (!sums) this.departments.set(name, (sums = new PlanSums()));
    sums.add(hire);
  }

  /** A row priced at one scenario's target. */
  addScenario(target: ScenarioTarget, hire: PricedHire): void {
    this.scenarios.get(target)!.add(hire);
  }

  rows(): SummaryRow[] {
    return [
      ...this.plan.rows(wholePlan),
      ...[...this.departments].flatMap(([name, sums]) => sums.rows(name)),
      // A scenario changes what is paid, not who is in post: its cost lines only.
      ...[...this.scenarios].flatMap(([target, sums]) =>
        sums.rows(`Scenario: ${target}`).filter((row) => !row.line.atMonthEnd),
      ),
    ];
  }
}
