/**
 * The pane's edition section against a stand-in Excel, with the tests' second edition: the
 * status read from the pin, the preview of a move on the active plan sheet (its values as
 * HyperFormula calculates them), and the move, which rewrites only the pin's edition.
 */
import { AipayEngine, validateDataset, editionTotals, planSheetFor, resolvePlanInputs } from "../support/engine";
import { withSecondEdition } from "../support/second-edition";
import { calculateWith, sheetWithAipay } from "../support/hyperformula";
import { editionStatus, moveWorkbook, previewMove } from "../../src/taskpane/edition-move";
import { previewText, statusText } from "../../src/taskpane/editions-view";

/** An Excel whose workbook holds these names and whose active sheet holds these values from A1. */
function standInExcel(names: Record<string, string>, active: { name: string; values: unknown[][] }) {
  const pin = new Map(Object.entries(names));
  const written: string[] = [];
  const context = {
    workbook: {
      names: {
        getItemOrNullObject: (name: string) => ({
          load: () => undefined,
          isNullObject: !pin.has(name),
          value: pin.get(name),
        }),
        getItem: (name: string) => ({ delete: () => (written.push(`delete ${name}`), pin.delete(name)) }),
        add: (name: string, formula: string) => (written.push(`add ${name} ${formula}`), pin.set(name, formula)),
      },
      worksheets: {
        getActiveWorksheet: () => ({
          name: active.name,
          load: () => undefined,
          getUsedRange: () => ({ load: () => undefined, rowIndex: 0, columnIndex: 0, values: active.values }),
        }),
      },
    },
    sync: async () => undefined,
  };
  Object.assign(globalThis, { Excel: { run: (batch: (c: typeof context) => Promise<unknown>) => batch(context) } });
  return { pin, written };
}
afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

const plan = {
  inputs: { yearStart: "2027-04-01", taxYear: "2026/27", agingRate: 0 },
  rows: [
    { role: "LLM Engineer", level: "Senior", location: "London", start: "2027-04-01" },
    { role: "ML Engineer", level: "Senior", start: "2027-04-01", ir35: "outside" },
  ],
};

/** The plan sheet's values as Excel would show them, calculated in `edition`. */
function planSheetValues(edition: string): unknown[][] {
  const engine = new AipayEngine(validateDataset(withSecondEdition()));
  engine.pinWorkbook({ edition });
  calculateWith(engine);
  const sheet = planSheetFor(engine, plan.rows, resolvePlanInputs(engine, plan.inputs), "AIPAY");
  const hf = sheetWithAipay("Plan", sheet.cells, sheet.names);
  const values = hf.getSheetValues(0) as unknown[][];
  hf.destroy();
  calculateWith();
  return values;
}

test("an unpinned workbook: the default edition, and the newer one offered", async () => {
  const engine = new AipayEngine(validateDataset(withSecondEdition()));
  standInExcel({}, { name: "Sheet1", values: [[]] });
  const status = await editionStatus(engine);
  expect(status).toMatchObject({ pin: {}, inForce: { edition: "2026", taxYear: "2026/27" }, changed: false });
  expect(status.newer.map((e) => e.id)).toEqual(["2027"]);
  expect(statusText(status)).toMatch(
    /^This workbook has no pin: its formulas use AIPAY's default edition, 2026, .* Newer: 2027 \(data as of 2027-01-01\)/,
  );
});

test("a workbook pinned to the newest edition is offered nothing newer", async () => {
  const engine = new AipayEngine(validateDataset(withSecondEdition()));
  standInExcel({ AIPAY_EDITION: '="2027"', AIPAY_TAXYEAR: '="2026/27"' }, { name: "Sheet1", values: [[]] });
  const status = await editionStatus(engine);
  expect(status.changed).toBe(true);
  expect(status.newer).toEqual([]);
  expect(statusText(status)).toBe(
    "This workbook is pinned to edition 2027 of the guide, with employer rates for 2026/27. 2027 is the newest edition AIPAY holds.",
  );
});

test("the preview prices the active plan sheet under both editions, and says what moves", async () => {
  const engine = new AipayEngine(validateDataset(withSecondEdition()));
  standInExcel({ AIPAY_EDITION: '="2026"' }, { name: "AIPAY plan", values: planSheetValues("2026") });
  await editionStatus(engine);
  const preview = (await previewMove("2027", engine))!;
  expect(preview.sheet).toBe("AIPAY plan");
  expect(preview.totals).toEqual(editionTotals(engine, plan, ["2026", "2027"]));
  // Employees +8,625 (7,500 more salary and 15% NI on it); contractors +11,350 (£50 a day × 227 days).
  expect(previewText(preview.sheet, preview.totals)).toMatch(
    /under 2027 \(\+£19,975: employees \+£8,625, contractors \+£11,350, one-off costs \+£0\)\.$/,
  );
});

test("a sheet that is not a plan sheet gets no preview", async () => {
  const engine = new AipayEngine(validateDataset(withSecondEdition()));
  standInExcel({}, { name: "Notes", values: [["Budget notes"]] });
  expect(await previewMove("2027", engine)).toBeUndefined();
});

test("the move rewrites the pin's edition only, and the engine follows", async () => {
  const engine = new AipayEngine(validateDataset(withSecondEdition()));
  const { pin, written } = standInExcel(
    { AIPAY_EDITION: '="2026"', AIPAY_TAXYEAR: '="2025/26"' },
    { name: "Sheet1", values: [[]] },
  );
  expect(await moveWorkbook("2027", engine)).toEqual({ edition: "2027", taxYear: "2025/26" });
  expect(written).toEqual(["delete AIPAY_EDITION", 'add AIPAY_EDITION ="2027"']);
  expect(pin.get("AIPAY_TAXYEAR")).toBe('="2025/26"');
  expect(engine.inForce()).toEqual({ edition: "2027", taxYear: "2025/26" });
});
