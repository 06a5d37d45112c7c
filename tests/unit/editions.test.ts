/**
 * Editions: a workbook pinned to one keeps its figures when another ships; the default moves
 * only when the data says so; CHANGES and `aipay diff` list exactly the figures an edition
 * changed; a workbook pinned to an edition AIPAY no longer holds gets an error naming it.
 */
import {
  AipayEngine,
  EngineError,
  validateDataset,
  editionTotals,
  planSheetFor,
  resolvePlanInputs,
} from "../support/engine";
import { editedFigures, withSecondEdition } from "../support/second-edition";
import { diffRows } from "../../src/cli/diff";
import { calculateWith, sheetWithAipay } from "../support/hyperformula";

const engineOn = (raw: unknown) => new AipayEngine(validateDataset(raw));
const one = (engine: AipayEngine, name: string, ...args: unknown[]) => engine.evaluate(name, args)[0][0];
const llmSeniorLondonMid = ["LLM Engineer", "Senior", "London", "mid"];

test("a second edition is data only: an overlay that passes the same checks as the guide", () => {
  const engine = engineOn(withSecondEdition());
  expect(engine.evaluate("EDITIONS", [])).toEqual([
    ["2026", "2026-01-01", expect.stringContaining("2026 edition"), "2026/27"],
    ["2027", "2027-01-01", "UK AI & ML Engineering Salary Guide 2027 (a test edition)", "2026/27"],
  ]);
});

test("an overlay that breaks the guide's rules is refused, naming the edition's path", () => {
  const raw = withSecondEdition();
  raw.editions.editions[1].changes.salaryTables[0].levels[0].bands.London = { low: 170000, high: 160000 };
  expect(() => validateDataset(raw)).toThrow(
    /editions\.editions\.1\.changes\.guide\.salaryTables\.\d+\.levels\.\d+\.bands\.London\.low: low must not exceed high/,
  );
  const unnamed = withSecondEdition();
  unnamed.editions.editions[1].changes.source.edition = "2026";
  expect(() => validateDataset(unnamed)).toThrow(/the edition's source must say edition '2027'/);
});

describe("a workbook with no pin follows the data's default edition", () => {
  test("2026 by default: mid (110,000 + 150,000) / 2 = 130,000", () => {
    const engine = engineOn(withSecondEdition());
    expect(one(engine, "EDITION")).toBe("2026");
    expect(one(engine, "SALARYBAND", ...llmSeniorLondonMid)).toBe(130000);
  });
  test("2027 once editions.json makes it the default: (115,000 + 160,000) / 2 = 137,500", () => {
    const engine = engineOn(withSecondEdition("2027"));
    expect(one(engine, "EDITION")).toBe("2027");
    expect(one(engine, "SALARYBAND", ...llmSeniorLondonMid)).toBe(137500);
  });
});

describe("a pinned workbook's figures do not move", () => {
  test("pinned to 2026, it keeps 130,000 after 2027 becomes the default", () => {
    const engine = engineOn(withSecondEdition("2027"));
    expect(engine.pinWorkbook({ edition: "2026" })).toBe(true);
    expect(one(engine, "EDITION")).toBe("2026");
    expect(one(engine, "SALARYBAND", ...llmSeniorLondonMid)).toBe(130000);
    // Day rate mid, outside IR35: (600 + 750) / 2 = 675.
    expect(one(engine, "DAYRATE", "ML Engineer", "Senior", null, "mid")).toBe(675);
    expect(engine.pinWorkbook({ edition: "2026" })).toBe(false);
  });
  test("moving the pin to 2027 changes them, and says so", () => {
    const engine = engineOn(withSecondEdition());
    expect(engine.pinWorkbook({ edition: "2027" })).toBe(true);
    expect(one(engine, "SALARYBAND", ...llmSeniorLondonMid)).toBe(137500);
    // (650 + 800) / 2 = 725
    expect(one(engine, "DAYRATE", "ML Engineer", "Senior", null, "mid")).toBe(725);
  });
  test("the pinned tax year prices undated employer costs", () => {
    const engine = engineOn(withSecondEdition());
    // 2026/27 (the edition's): 100,000 + 15% × 95,000 (14,250) + 3% × (50,270 − 6,240) (1,320.90)
    expect(one(engine, "LOADEDCOST", 100000)).toBe(115570.9);
    engine.pinWorkbook({ edition: "2026", taxYear: "2025/26" });
    expect(one(engine, "LOADEDCOST", 100000)).toBe(one(engine, "LOADEDCOST", 100000, "2025/26"));
    expect(engine.inForce()).toEqual({ edition: "2026", taxYear: "2025/26" });
  });
});

describe("what a new edition changes", () => {
  const engine = engineOn(withSecondEdition());
  test("CHANGES lists exactly the edited figures", () => {
    expect(engine.evaluate("CHANGES", ["2026", "2027"])).toEqual(editedFigures);
    // From the workbook's edition (2026) to the newest held (2027) by default.
    expect(engine.evaluate("CHANGES", [])).toEqual(editedFigures);
    expect(engine.evaluate("CHANGES", [2026, 2027, "LLM"])).toEqual(editedFigures.slice(0, 2));
    // Backwards, every change negated.
    expect(engine.evaluate("CHANGES", ["2027", "2026"])).toEqual(
      editedFigures.map(([role, level, location, figure, old, now, change]) => [
        role,
        level,
        location,
        figure,
        now,
        old,
        -change,
      ]),
    );
  });
  test("`aipay diff` prints the same rows", () => {
    expect(diffRows(engine, "2026", "2027")).toEqual(editedFigures);
  });
  test("no change, or an edition not held, is #N/A saying so", () => {
    const same = one(engine, "CHANGES", "2026", "2026") as EngineError;
    expect(same).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("No published figure differs between editions 2026 and 2026"),
    });
    const missing = one(engine, "CHANGES", "2025", "2027") as EngineError;
    expect(missing).toMatchObject({ code: "#N/A", message: expect.stringContaining("AIPAY holds no edition '2025'") });
  });
});

test("a workbook pinned to an edition AIPAY no longer holds gets an error naming it, never other figures", () => {
  const engine = engineOn(withSecondEdition());
  engine.pinWorkbook({ edition: "2027" });
  expect(one(engine, "SALARYBAND", ...llmSeniorLondonMid)).toBe(137500);
  // The same workbook opened where AIPAY holds 2026 only.
  const withoutIt = withSecondEdition();
  withoutIt.editions.editions.pop();
  const older = engineOn(withoutIt);
  older.pinWorkbook({ edition: "2027" });
  for (const [name, args] of [
    ["SALARYBAND", llmSeniorLondonMid],
    ["EDITION", []],
    ["LOADEDCOST", [100000]],
  ] as const) {
    const answer = one(older, name, ...args);
    expect(answer).toBeInstanceOf(EngineError);
    expect(answer).toMatchObject({ code: "#N/A", message: expect.stringContaining("pinned to edition 2027") });
  }
});

describe("the pane's preview of a move: the plan's totals under each edition", () => {
  // The two rows the second edition changes, and one it does not: FY2027/28 at 2026/27 rates, no ageing.
  const plan = {
    inputs: { yearStart: "2027-04-01", taxYear: "2026/27", agingRate: 0 },
    rows: [
      { role: "LLM Engineer", level: "Senior", location: "London", start: "2027-04-01" },
      { role: "ML Engineer", level: "Senior", start: "2027-04-01", ir35: "outside" },
      { role: "MLOps Engineer", level: "Mid-Level", location: "UK National", start: "2027-04-01" },
    ],
  };
  const engine = engineOn(withSecondEdition());
  const [before, after] = editionTotals(engine, plan, ["2026", "2027"]);
  afterAll(() => calculateWith());

  test("only the changed figures move the totals, by hand", () => {
    // LLM Senior London mid 130,000 → 137,500: loaded 130,000 + 15% × 125,000 + 1,320.90 = 150,070.90
    // against 137,500 + 15% × 132,500 + 1,320.90 = 158,695.90, a rise of 8,625.
    // ML Engineer day rate mid 675 → 725 outside IR35 over the client's 227 days: 50 × 227 = 11,350.
    expect(after.employees - before.employees).toBeCloseTo(8625, 2);
    expect(after.contractors - before.contractors).toBeCloseTo(11350, 2);
    expect(after.total - before.total).toBeCloseTo(8625 + 11350, 2);
    expect([before.edition, after.edition]).toEqual(["2026", "2027"]);
  });

  test.each([["2026"], ["2027"]])(
    "under %s, the totals equal the plan sheet's, calculated by HyperFormula",
    (edition) => {
      const pinned = engineOn(withSecondEdition());
      pinned.pinWorkbook({ edition });
      calculateWith(pinned);
      const inputs = resolvePlanInputs(pinned, plan.inputs);
      const sheet = planSheetFor(pinned, plan.rows, inputs, "AIPAY");
      const hf = sheetWithAipay("Plan", sheet.cells, sheet.names);
      const value = (row: number, column: number) => hf.getCellValue({ sheet: 0, row, col: column }) as number;
      const { rows, labelColumn } = sheet.totals;
      const year = (row: number) =>
        Array.from({ length: 12 }, (_, k) => value(row, labelColumn + 1 + k)).reduce((a, b) => a + b, 0);
      const preview = edition === "2026" ? before : after;
      expect(year(rows.Total)).toBeCloseTo(preview.total, 2);
      expect(year(rows.Employees)).toBeCloseTo(preview.employees, 2);
      expect(year(rows.Contractors)).toBeCloseTo(preview.contractors, 2);
      hf.destroy();
    },
  );
});
