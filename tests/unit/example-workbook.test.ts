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
  resolvePlanInputs,
  kindLabels,
  planRowColumns,
} from "../../src/engine";
import { examplePlan } from "../../scripts/make-example-workbook";
import { sheetWithAipay } from "../support/hyperformula";

const file = path.resolve(__dirname, "../../assets/examples/headcount-budget.xlsx");
const inputs = resolvePlanInputs({ yearStart: "2026-04-01", taxYear: "2026/27", reviewMonth: 4 });
const layout = planSheetFor(examplePlan, inputs, "AIPAY");
/** The plan's contractor days: the data's client year by default (227 as shipped). */
const days = inputs.contractDays;

let saved: string[];
let hf: HyperFormula;
const asTyped = (formula: string) => formula.replace(/\b_xldudf_AIPAY_([A-Z]+)\(/g, "AIPAY.$1(");
const value = (row: number, column: number) => hf.getCellValue({ sheet: 0, row, col: column });
const hireRow = (i: number) => layout.table.headerRow + 1 + i;
const spilled = (i: number) =>
  Array.from({ length: planRowColumns.length }, (_, k) => value(hireRow(i), layout.spillColumn + k));

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
  hf = sheetWithAipay("AIPAY plan", grid);
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
  // One PLANROW a hire, and nothing else of AIPAY's: the sheet settles in one level of custom functions.
  expect(calls).toEqual(examplePlan.map(() => "_xldudf_AIPAY_PLANROW"));
});

test("every hire calculates to the engine's pricing of its row", () => {
  examplePlan.forEach((row, i) => {
    const hire = pricePlanRow(row, inputs);
    expect(spilled(i)).toEqual([
      kindLabels[hire.kind],
      hire.rate,
      hire.aged,
      hire.annual,
      ...hire.months,
      ...hire.heads,
    ]);
  });
});

test("hand-computed rows: an outside contractor, an inside one paid by the client, a part-timer", () => {
  const aged = (i: number) => spilled(i)[2] as number;
  // 2 Senior AI Engineers outside IR35: the day rate (650 + 800)/2 = 725, aged to the start,
  // × the client's year × 2 heads; no employer costs.
  expect(days).toBe(payGuide.data.employerCosts.contractor.billableDaysPerYear.value);
  expect(spilled(9)[1]).toBe(725);
  expect(spilled(9)[3]).toBeCloseTo(aged(9) * days * 2, 2);
  // A Senior LLM Engineer inside IR35 with the client as fee payer: fees F = aged rate × days,
  // + employer NI 15% × (F − 5,000) + Apprenticeship Levy 0.5% × F.
  const fees = aged(10) * days;
  expect(spilled(10)[3]).toBeCloseTo(fees + 0.15 * (fees - 5000) + 0.005 * fees, 2);
  // Inside IR35 with an agency as fee payer: the fees alone, as outside.
  expect(spilled(11)[3]).toBeCloseTo(aged(11) * days, 2);
  // Half a Senior Data Engineer: one person on half the aged salary, loaded as a salary of that size.
  const half = evaluate("LOADEDCOST", [aged(7) / 2, "2026/27"])[0][0] as number;
  expect(spilled(7)[3]).toBeCloseTo(half, 2);
  // Starting 4 January 2027: nothing until January, then half a head in post.
  expect(spilled(7).slice(4, 13)).toEqual(Array(9).fill(0));
  expect(spilled(7).slice(25, 28)).toEqual([0.5, 0.5, 0.5]);
});

test("totals add employees and contractors apart, month by month", () => {
  const { rows } = layout.totals;
  const monthColumn = layout.spillColumn + 4;
  for (let k = 0; k < 12; k++) {
    const byKind = (kind: string) =>
      examplePlan.reduce((sum, _, i) => sum + (spilled(i)[0] === kind ? (spilled(i)[4 + k] as number) : 0), 0);
    expect(value(rows.Employees, monthColumn + k)).toBeCloseTo(byKind(kindLabels.employee), 2);
    expect(value(rows.Contractors, monthColumn + k)).toBeCloseTo(byKind(kindLabels.contractor), 2);
    expect(value(rows.Total, monthColumn + k)).toBeCloseTo(
      byKind(kindLabels.employee) + byKind(kindLabels.contractor),
      2,
    );
  }
  // April 2026: 2 MLOps (since 2025) + the Data Engineer who leaves in September; 2 contractors from 1 April.
  expect(value(rows["Employees in post"], monthColumn)).toBe(3);
  expect(value(rows["Contractors in post"], monthColumn)).toBe(2);
});
