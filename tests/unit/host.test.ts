/**
 * Insert (src/taskpane/host.ts) against office-addin-mock: it writes the formula into an
 * empty active cell and refuses, leaving the cell as it was, when the cell holds anything.
 */
import { OfficeMockObject } from "office-addin-mock";
import { insertIntoActiveCell } from "../../src/taskpane/host";

const formula = '=AIPAY.SALARYBAND("LLM Engineer","Senior","London","mid")';

/** A workbook whose active cell B2 holds `content` (Excel reports "" for an empty cell). */
function excelWithActiveCell(content: string | number | boolean) {
  const excel = new OfficeMockObject({
    context: {
      workbook: {
        cell: { address: "Sheet1!B2", formulas: [[content]] },
        getActiveCell() {
          return this.cell;
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
  return { cellNow };
}

afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

test("an empty active cell receives the formula", async () => {
  const { cellNow } = excelWithActiveCell("");
  await insertIntoActiveCell(formula);
  expect(await cellNow()).toEqual([[formula]]);
});

test.each<[string, string | number | boolean]>([
  ["text", "Budget 2026"],
  ["a number", 0],
  ["a boolean", false],
  ["a formula", "=SUM(A1:A3)"],
])("an active cell holding %s is left alone, and the message says why", async (_, content) => {
  const { cellNow } = excelWithActiveCell(content);
  await expect(insertIntoActiveCell(formula)).rejects.toThrow(
    "Sheet1!B2 is not empty. Select an empty cell and Insert again.",
  );
  expect(await cellNow()).toEqual([[content]]);
});
