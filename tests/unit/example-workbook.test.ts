/**
 * The committed example workbook (assets/examples/headcount-budget.xlsx, written by
 * scripts/make-example-workbook.ts): laid out as the pane lays out its plan sheet, its
 * AIPAY calls stored the way Excel saves add-in functions (_xldudf_AIPAY_NAME), and
 * calculated through the engine (HyperFormula standing in for Excel) it gives the engine's
 * figures for every hire and the hand-computed ones below.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { HyperFormula } from "hyperformula";
import {
  evaluate,
  payGuide,
  planSheetFor,
  pricePlanRow,
  kindLabels,
  planRowAt,
  planRowCells,
  planRowColumns,
  bundled,
} from "../support/engine";
import { exampleInputs as inputs, examplePlan } from "../../scripts/make-example-workbook";
import { sheetWithAipay } from "../support/hyperformula";

const file = path.resolve(__dirname, "../../assets/examples/headcount-budget.xlsx");
const layout = planSheetFor(bundled, examplePlan, inputs, "AIPAY");
/** The plan's contractor days: the data's client year by default (227 as shipped). */
const days = inputs.contractDays;

let saved: string[];
let hf: HyperFormula;
const asTyped = (formula: string) => formula.replace(/\b_xldudf_AIPAY_([A-Z]+)\(/g, "AIPAY.$1(");
const value = (row: number, column: number) => hf.getCellValue({ sheet: 0, row, col: column });
const hireRow = (i: number) => layout.table.headerRow + 1 + i;
const spilled = (i: number) =>
  Array.from({ length: planRowColumns.length }, (_, k) => value(hireRow(i), layout.figuresColumn + k));

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("AIPAY plan")!;
  saved = [];
  const grid: unknown[][] = [];
  sheet.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const content = cell.value as unknown;
      let typed: unknown = content;
      if (content && typeof content === "object" && "formula" in content) {
        const formula = (content as { formula: string }).formula;
        saved.push(formula);
        typed = `=${asTyped(formula)}`;
      }
      (grid[r - 1] ??= [])[c - 1] = typed;
    });
  });
  for (let r = 0; r < grid.length; r++) grid[r] = Array.from(grid[r] ?? [], (v) => v ?? null);
  // The defined names the file holds, each for one cell of the plan sheet
  const names = (workbook.definedNames.model as { name: string; ranges: string[] }[]).map(({ name, ranges }) => ({
    name,
    address: ranges[0].replace(/^'AIPAY plan'!/, ""),
  }));
  expect(names.map((n) => n.name)).toEqual(layout.names.map((n) => n.name));
  hf = sheetWithAipay("AIPAY plan", grid, names);
});

afterAll(() => hf.destroy());

test("the file holds the plan sheet's layout, cell for cell, with AIPAY calls saved as Excel saves them", () => {
  const typed = saved.map((formula) => `=${asTyped(formula)}`);
  const laidOut = layout.cells
    .flat()
    .filter((cell): cell is string => typeof cell === "string" && cell.startsWith("="));
  expect(typed).toEqual(laidOut);
  const calls = saved
    .flatMap((f) => [...f.matchAll(/([A-Za-z_.]+)\(/g)].map((m) => m[1]))
    .filter((n) => /AIPAY/.test(n));
  // PLANROW, a call for each figure of each row and one for each scenario, and nothing else of
  // AIPAY's: the sheet settles in one level of custom functions.
  const callsARow = planRowColumns.length + 3;
  expect(calls).toEqual(examplePlan.flatMap(() => Array<string>(callsARow).fill("_xldudf_AIPAY_PLANROW")));
});

test("every hire calculates to the engine's pricing of its row", () => {
  examplePlan.forEach((row, i) => {
    expect(spilled(i)).toEqual(planRowCells(pricePlanRow(bundled, row, inputs)));
  });
});

test("hand-computed rows: an outside contractor, an inside one paid by the client, a part-timer", () => {
  const at = (i: number, part: keyof typeof planRowAt) => spilled(i)[planRowAt[part]] as number;
  // 2 Senior AI Engineers outside IR35: the day rate (650 + 800)/2 = 725, aged to the start,
  // × the client's year × 2 heads; no employer costs.
  expect(days).toBe(payGuide.data.employerCosts.contractor.billableDaysPerYear.value);
  expect(at(10, "rate")).toBe(725);
  expect(at(10, "annual")).toBeCloseTo(at(10, "aged") * days * 2, 2);
  // A Senior LLM Engineer inside IR35 with the client as fee payer: fees F = aged rate × days,
  // + employer NI 15% × (F − 5,000) + Apprenticeship Levy 0.5% × F.
  const fees = at(11, "aged") * days;
  expect(at(11, "annual")).toBeCloseTo(fees + 0.15 * (fees - 5000) + 0.005 * fees, 2);
  // Inside IR35 with an agency as fee payer: the fees alone, as outside.
  expect(at(12, "annual")).toBeCloseTo(at(12, "aged") * days, 2);
  // Half a Senior Data Engineer: one person on half the aged salary, loaded as a salary of that size.
  const half = evaluate("LOADEDCOST", [at(8, "aged") / 2, "2026/27"])[0][0] as number;
  expect(at(8, "annual")).toBeCloseTo(half, 2);
  // Open from 4 January 2027, two months to fill: nothing until March, then half a head in post.
  const months = planRowAt.months;
  expect(spilled(8).slice(months, months + 11)).toEqual(Array(11).fill(0));
  expect(spilled(8).slice(planRowAt.heads + 10, planRowAt.heads + 12)).toEqual([0, 0.5]);
  // The offer of 112,000 against a London Senior AI Engineer's market figure: its compa-ratio.
  expect(at(2, "pay")).toBe(112000);
  expect(at(2, "compaRatio")).toBeCloseTo(112000 / at(2, "aged"), 4);
});

test("totals add employees, contractors and one-off costs apart, month by month", () => {
  const { rows } = layout.totals;
  const monthColumn = layout.figuresColumn + planRowAt.months;
  const sumOf = (at: number, kind?: string) =>
    examplePlan.reduce(
      (sum, _, i) => sum + (kind === undefined || spilled(i)[0] === kind ? (spilled(i)[at] as number) : 0),
      0,
    );
  for (let k = 0; k < 12; k++) {
    const employees = sumOf(planRowAt.months + k, kindLabels.employee);
    const contractors = sumOf(planRowAt.months + k, kindLabels.contractor);
    const oneOffs = sumOf(planRowAt.oneOffs + k);
    expect(value(rows.Employees, monthColumn + k)).toBeCloseTo(employees, 2);
    expect(value(rows.Contractors, monthColumn + k)).toBeCloseTo(contractors, 2);
    expect(value(rows["One-off costs"], monthColumn + k)).toBeCloseTo(oneOffs, 2);
    expect(value(rows.Total, monthColumn + k)).toBeCloseTo(employees + contractors + oneOffs, 2);
  }
  // April 2026: 2 MLOps (since 2025) + the Data Engineer who leaves in September; 2 contractors from 1 April.
  expect(value(rows["Employees in post"], monthColumn)).toBe(3);
  expect(value(rows["Contractors in post"], monthColumn)).toBe(2);
});

test("the example's checks are all TRUE", () => {
  const { all, each } = layout.checks;
  expect(Object.values(each).map(({ row, column }) => value(row, column))).toEqual([true, true, true, true, true]);
  expect(value(all.row, all.column)).toBe(true);
});
