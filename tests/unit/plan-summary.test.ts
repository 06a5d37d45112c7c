/**
 * `aipay plan --summary` on the ten positions worked by hand in plan-positions.test.ts: the
 * whole plan and each department by quarter and year, one-off costs and heads apart, and the
 * plan at the low, mid and high targets side by side.
 */
import { parse } from "csv-parse/sync";
import { resolvePlanInputs, bundled } from "../support/engine";
import { csvOptions, firstLine, headerDelimiter } from "../../src/cli/plan-file";
import { PlanRun } from "../../src/cli/plan-run";
import { summaryCsvLayout, summaryJsonLayout } from "../../src/cli/plan-summary";
import type { CsvRow } from "../../src/cli/plan-csv";
import { planFile, sharedPlans } from "../support/plans";

const plan = sharedPlans.find((p) => p.name.startsWith("positions"))!;
const inputs = resolvePlanInputs(bundled, plan.inputs);

function summarised<Out>(layout: ReturnType<typeof summaryCsvLayout> | ReturnType<typeof summaryJsonLayout>): Out[] {
  const csv = planFile(plan);
  const problems: string[] = [];
  const run = new PlanRun(inputs, layout as never, (problem) => problems.push(problem));
  const records = parse(
    csv,
    csvOptions(headerDelimiter(firstLine(csv)), () => undefined),
  ) as string[][];
  const out = [...records.flatMap((record) => run.record(record)), ...run.end()] as Out[];
  expect(problems).toEqual([]);
  return out;
}

const table = summarised<CsvRow>(summaryCsvLayout(inputs));
const [header] = table;
/** A summary line's quarters and year, by group and line. */
function line(group: string, label: string): { quarters: unknown[]; year: unknown } {
  const row = table.find((r) => r[0] === group && r[1] === label);
  if (!row) throw new Error(`no ${group} / ${label}`);
  return { quarters: row.slice(14, 18), year: row[18] };
}

test("nothing is written a position; the summary's header names the months, the quarters and the year", () => {
  expect(header.slice(0, 3)).toEqual(["Group", "Line", "2026-04-01"]);
  expect(header.slice(14)).toEqual([
    "Q1 from 2026-04-01",
    "Q2 from 2026-07-01",
    "Q3 from 2026-10-01",
    "Q4 from 2027-01-01",
    "Year",
  ]);
  expect(table.every((row) => row.length === header.length)).toBe(true);
});

test("the whole plan's year is the hand-worked totals, one-off costs apart", () => {
  expect(line("Plan", "Employees").year).toBe(635764.9);
  expect(line("Plan", "Contractors").year).toBe(306575.6);
  // Fees: 20,000 in May (Q1), 12,375 in July (Q2), 28,800 in October and 11,700 in December (Q3)
  expect(line("Plan", "One-off costs")).toEqual({ quarters: [20000, 12375, 40500, 0], year: 72875 });
  expect(line("Plan", "Total").year).toBe(1015215.5);
});

test("heads in post at each quarter's end, the year having none", () => {
  // June: the existing two, the half-time leaver and the May offer = 3.5; September: and the
  // August and July starters = 5.5 (the leaver's last day is 30 September); December: the leaver
  // gone, the backfill and two Data Engineers in = 8; March: 8.
  expect(line("Plan", "Employees in post (FTE)")).toEqual({ quarters: [3.5, 5.5, 8, 8], year: "" });
  expect(line("Plan", "Contractors in post")).toEqual({ quarters: [1, 2, 2, 2], year: "" });
});

test("each department in the order first met, adding up to the plan", () => {
  expect(table.filter((row) => row[1] === "Total").map((row) => row[0])).toEqual([
    "Plan",
    "Data",
    "Platform",
    "Research",
    "Scenario: low",
    "Scenario: mid",
    "Scenario: high",
  ]);
  // Data: 98,385.54 + 83,313.81 = 181,699.35, and the pair's fee of 28,800
  expect([line("Data", "Employees").year, line("Data", "One-off costs").year]).toEqual([181699.35, 28800]);
  // Platform: the leaver and her backfill 20,181.40 + 22,596.27 = 42,777.67, both contractors, the backfill's fee
  expect([line("Platform", "Employees").year, line("Platform", "Contractors").year]).toEqual([42777.67, 306575.6]);
  expect(line("Platform", "One-off costs").year).toBe(11700);
  // Research: 90,042.54 + 107,384.63 + 67,735.80 + 146,124.91 = 411,287.88; fees 20,000 + 12,375
  expect([line("Research", "Employees").year, line("Research", "One-off costs").year]).toEqual([411287.88, 32375]);
});

test("the scenarios: mid is the plan as priced; low and high move what the market prices, not own salaries", () => {
  expect(line("Scenario: mid", "Total").year).toBe(1015215.5);
  // At low the day rate is 650: outside 650 × 227 = 147,550; inside paid by the client
  // 147,550 + 15% × 142,550 + 0.5% × 147,550 = 169,670.25, July–March 9/12 = 127,252.69.
  expect(line("Scenario: low", "Contractors").year).toBe(274802.69);
  const year = (target: string) => line(`Scenario: ${target}`, "Total").year as number;
  expect(year("low")).toBeLessThan(year("mid"));
  expect(year("high")).toBeGreaterThan(year("mid"));
  // Heads do not change with the target: the scenarios carry cost lines only.
  expect(table.some((row) => String(row[0]).startsWith("Scenario") && String(row[1]).includes("in post"))).toBe(false);
});

test("--json carries the same summary as one document", () => {
  const [document] = summarised<string>(summaryJsonLayout(inputs));
  const parsed = JSON.parse(document);
  expect(parsed.quarters).toEqual(header.slice(14, 18));
  const total = parsed.summary.find(
    (row: { group: string; line: string }) => row.group === "Plan" && row.line === "Total",
  );
  expect(total.year).toBe(1015215.5);
  expect(Object.keys(parsed.assumptions)).toContain("vacancyFactor");
});
