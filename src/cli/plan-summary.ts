/**
 * The plan's summary form, `aipay plan --summary`: no line a position, but after the last the
 * engine's summary (src/engine/plan/summary.ts): the whole plan and each department by month,
 * quarter and year, employees, contractors and one-off costs apart, heads in post at each
 * month's end, then the plan's costs at the low, mid and high targets side by side, then the
 * assumptions. Each row is also priced at the three targets, so a summary takes three times
 * the pricing of the rows alone.
 */
import {
  PlanSummary,
  scenarioTargets,
  type PlanInputValues,
  type PlanRowValues,
  type PricedHire,
  type ScenarioTarget,
  type SummaryRow,
  planAssumptions,
  pricePlanRow,
} from "../engine";
import { aipay } from "./engine";
import type { CsvRow } from "./plan-csv";
import type { PlanLayout } from "./plan-layout";

/** The summary of the rows laid out so far. */
class Summarising {
  readonly summary = new PlanSummary();
  months: readonly string[] = [];
  /** The plan's inputs at each scenario's target, made once for all the rows. */
  private readonly scenarios: readonly { target: ScenarioTarget; inputs: PlanInputValues }[];
  constructor(inputs: PlanInputValues) {
    this.scenarios = scenarioTargets.map((target) => ({ target, inputs: { ...inputs, payTarget: target } }));
  }

  add(values: PlanRowValues, hire: PricedHire): void {
    const department = values.department;
    this.summary.add(typeof department === "string" ? department : null, hire);
    for (const { target, inputs } of this.scenarios)
      this.summary.addScenario(target, pricePlanRow(aipay, values, inputs));
  }

  /** The quarters' headings: each by its first month. */
  quarterHeads(): string[] {
    return [0, 1, 2, 3].map((q) => `Q${q + 1} from ${this.months[3 * q]}`);
  }
}

const csvRow = (row: SummaryRow): CsvRow => [row.group, row.line.label, ...row.months, ...row.quarters, row.year ?? ""];

/** A layout that writes nothing a row and the summary, as `tail` lays it out, after the last. */
function summaryLayout<Out>(
  inputs: PlanInputValues,
  tail: (state: Summarising, priced: PlanInputValues) => Out[],
): PlanLayout<Out> {
  const state = new Summarising(inputs);
  return {
    head(months) {
      state.months = months;
      return [];
    },
    row(_line, values, hire) {
      state.add(values, hire);
      return [];
    },
    tail: (_totals, priced) => tail(state, priced),
    // Nothing is written before the tail: a refused plan leaves no output to take for a budget.
    refused: () => [],
  };
}

export const summaryCsvLayout = (inputs: PlanInputValues): PlanLayout<CsvRow> =>
  summaryLayout(inputs, (state, priced) => {
    const header = ["Group", "Line", ...state.months, ...state.quarterHeads(), "Year"];
    // Every row as wide as the header, so any CSV reader takes the file as one table.
    const padded = (cells: (string | number | null)[]): CsvRow => [
      ...cells.map((cell) => cell ?? "none"),
      ...new Array<string>(header.length - cells.length).fill(""),
    ];
    return [
      header,
      ...state.summary.rows().map(csvRow),
      padded(["Assumptions"]),
      ...planAssumptions(aipay, priced).map(({ label, value }) => padded([label, value])),
    ];
  });

export const summaryJsonLayout = (inputs: PlanInputValues): PlanLayout<string> =>
  summaryLayout(inputs, (state, priced) => {
    const summary = state.summary.rows().map(({ group, line, months, quarters, year }) => ({
      group,
      line: line.label,
      months,
      quarters,
      year,
    }));
    const assumed = Object.fromEntries(planAssumptions(aipay, priced).map(({ key, value }) => [key, value]));
    return [
      `${JSON.stringify({ months: state.months, quarters: state.quarterHeads(), summary, assumptions: assumed })}\n`,
    ];
  });
