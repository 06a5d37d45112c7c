/**
 * Insert (src/taskpane/host.ts) against office-addin-mock: it writes the formula into an
 * empty active cell and refuses, leaving the cell as it was, when the cell holds anything.
 */
import { OfficeMockObject } from "office-addin-mock";
import { insertIntoActiveCell } from "../../src/taskpane/host";
import { aipay } from "../../src/taskpane/workbook-engine";
import { shipped } from "../support/shipped";

const formula = '=AIPAY.SALARYBAND("LLM Engineer","Senior","London","mid")';

/** A workbook whose active cell B2 holds `content` (Excel reports "" for an empty cell). */
function excelWithActiveCell(content: string | number | boolean, pinned: Record<string, string> = {}) {
  const pin = new Map(Object.entries(pinned));
  const excel = new OfficeMockObject({
    context: {
      workbook: {
        cell: { address: "Sheet1!B2", formulas: [[content]] },
        getActiveCell() {
          return this.cell;
        },
        // The workbook's names, where Insert reads and writes the pin.
        names: {
          getItemOrNullObject: (name: string) => ({
            load: () => undefined,
            isNullObject: !pin.has(name),
            value: pin.get(name),
          }),
          add: (name: string, formula: string) => void pin.set(name, formula),
        },
      },
    },
    async run(batch: (context: unknown) => Promise<void>) {
      await batch(this.context);
    },
  });
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
  const context = (excel as unknown as { context: Excel.RequestContext }).context;
  /** The cell's formulas as Excel would report them after the run. */
  const cellNow = async () => {
    const cell = context.workbook.getActiveCell();
    cell.load("formulas");
    await context.sync();
    return cell.formulas;
  };
  return { cellNow, pin };
}

afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

test("an empty active cell receives the formula, and a workbook with no pin is pinned to the edition in force", async () => {
  const { cellNow, pin } = excelWithActiveCell("");
  await insertIntoActiveCell(formula);
  expect(await cellNow()).toEqual([[formula]]);
  expect(Object.fromEntries(pin)).toEqual({
    AIPAY_EDITION: `="${shipped.defaultEdition}"`,
    AIPAY_TAXYEAR: `="${shipped.defaultTaxYear}"`,
  });
  aipay.pinWorkbook({});
});

test("Insert keeps a pin already there", async () => {
  const { pin } = excelWithActiveCell("", { AIPAY_EDITION: '="2026"', AIPAY_TAXYEAR: '="2025/26"' });
  await insertIntoActiveCell(formula);
  expect(Object.fromEntries(pin)).toEqual({ AIPAY_EDITION: '="2026"', AIPAY_TAXYEAR: '="2025/26"' });
  expect(aipay.inForce()).toEqual({ edition: "2026", taxYear: "2025/26" });
  aipay.pinWorkbook({});
});

test.each<[string, string | number | boolean]>([
  ["text", "Budget 2026"],
  ["a number", 0],
  ["a boolean", false],
  ["a formula", "=SUM(A1:A3)"],
])("an active cell holding %s is left alone, and the message says why", async (_, content) => {
  const { cellNow, pin } = excelWithActiveCell(content);
  await expect(insertIntoActiveCell(formula)).rejects.toThrow(
    "Sheet1!B2 is not empty. Select an empty cell and Insert again.",
  );
  expect(await cellNow()).toEqual([[content]]);
  expect(pin.size).toBe(0);
});
