/**
 * The committed example workbook (assets/examples/headcount-budget.xlsx, written by
 * scripts/make-example-workbook.js): its formulas call real AIPAY functions, stored the
 * way Excel saves add-in functions (_xldudf_AIPAY_NAME), and calculated through the
 * engine (with HyperFormula standing in for Excel) they give the hand-computed figures.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { HyperFormula } from "hyperformula";
import { FUNCTIONS } from "../../src/engine";
import { excelSerial, sheetWithAipay } from "../support/hyperformula";

const file = path.resolve(__dirname, "../../assets/examples/headcount-budget.xlsx");
const sheetName = "Headcount plan";

/** Formulas as typed (AIPAY.NAME), read back from the saved form. */
let formulas: Map<string, string>;
let saved: string[];
const asTyped = (formula: string) => formula.replace(/\b_xldudf_AIPAY_([A-Z]+)\(/g, "AIPAY.$1(");
let hf: HyperFormula;
const valueAt = (address: string) => hf.getCellValue(hf.simpleCellAddressFromString(address, 0)!);

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName)!;
  formulas = new Map();
  saved = [];
  const grid: unknown[][] = [];
  sheet.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const value = cell.value as unknown;
      let content: unknown = value;
      if (value && typeof value === "object" && "formula" in value) {
        const formula = (value as { formula: string }).formula;
        saved.push(formula);
        formulas.set(cell.address, asTyped(formula));
        content = `=${asTyped(formula)}`;
      } else if (value instanceof Date) {
        content = excelSerial(value);
      }
      (grid[r - 1] ??= [])[c - 1] = content;
    });
  });
  for (let r = 0; r < grid.length; r++) grid[r] = Array.from(grid[r] ?? [], (v) => v ?? null);
  hf = sheetWithAipay(sheetName, grid);
});

afterAll(() => hf.destroy());

test("AIPAY calls are saved as Excel saves add-in functions, so Excel links them when the add-in loads", () => {
  const calls = saved.flatMap((f) => [...f.matchAll(/([A-Za-z_.]+)\(/g)].map((m) => m[1]));
  const aipay = calls.filter((name) => /AIPAY/.test(name));
  // Per row: SALARYBAND, LOADEDCOST, PRORATE, and PRORATE(CONTRACTCOST(DAYRATE)): 6 calls × 12 rows.
  expect(aipay.length).toBe(72);
  for (const name of aipay) expect(name).toMatch(/^_xldudf_AIPAY_[A-Z]+$/);
});

test("every AIPAY call in the workbook names a registered function", () => {
  const known = new Set(FUNCTIONS.map((f) => f.name));
  const called = [...formulas.values()].flatMap((f) => [...f.matchAll(/AIPAY\.([A-Z]+)\(/g)].map((m) => m[1]));
  expect(called.length).toBeGreaterThan(50); // 12 rows × 5 calls
  for (const name of called) expect(known).toContain(name);
  expect(new Set(called)).toEqual(new Set(["SALARYBAND", "LOADEDCOST", "PRORATE", "CONTRACTCOST", "DAYRATE"]));
});

test("salary, loaded cost, prorated cost and contractor columns are AIPAY formulas on every plan row, with totals", () => {
  for (let r = 7; r <= 18; r++) {
    expect(formulas.get(`F${r}`)).toBe(`AIPAY.SALARYBAND(A${r},B${r},C${r})`);
    expect(formulas.get(`G${r}`)).toBe(`AIPAY.LOADEDCOST(F${r},$B$4)`);
    expect(formulas.get(`H${r}`)).toMatch(/^AIPAY\.PRORATE\(/);
    expect(formulas.get(`I${r}`)).toContain("AIPAY.CONTRACTCOST(AIPAY.DAYRATE(");
  }
  expect(formulas.get("H19")).toBe("SUM(H7:H18)");
  expect(formulas.get("I19")).toBe("SUM(I7:I18)");
});

test("a hand-computed row: 2 Senior AI Engineers in London from 1 May 2026", () => {
  expect(valueAt("A9")).toBe("AI Engineer");
  // band £95,000–£125,000: midpoint 110,000
  expect(valueAt("F9")).toBe(110000);
  // 110,000 + 15% × 105,000 (15,750) + 3% × 44,030 (1,320.90)
  expect(valueAt("G9")).toBe(127070.9);
  // budget year 1 April 2026–31 March 2027 is 365 days; from 1 May, 365 − 30 = 335 days:
  // 127,070.90 × 335/365 = 116,626.72, × 2 heads
  expect(valueAt("H9")).toBeCloseTo(233253.44, 6);
  // day rate (650 + 800)/2 = 725 × 220 days = 159,500; × 335/365 = 146,390.41; × 2
  expect(valueAt("I9")).toBeCloseTo(292780.82, 6);
});

test("a row in post before the budget year costs the full year", () => {
  // 2 Senior MLOps Engineers in London since 1 September 2025: midpoint (85,000 + 110,000)/2 = 97,500;
  // loaded 97,500 + 15% × 92,500 (13,875) + 1,320.90 = 112,695.90; × 2
  expect(valueAt("H7")).toBeCloseTo(225391.8, 6);
});

test("rows without a published day rate say so, and every other cell is a number", () => {
  expect(valueAt("I10")).toBe("no day rate"); // AI Engineer Junior
  expect(valueAt("I17")).toBe("no day rate"); // Head of MLOps
  for (let r = 7; r <= 18; r++)
    for (const column of ["F", "G", "H"]) expect(typeof valueAt(`${column}${r}`)).toBe("number");
  const total = valueAt("H19") as number;
  let sum = 0;
  for (let r = 7; r <= 18; r++) sum += valueAt(`H${r}`) as number;
  expect(total).toBeCloseTo(sum, 6);
  expect(total).toBeGreaterThan(1_000_000);
});
