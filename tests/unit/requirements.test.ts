/**
 * The pane offers an Excel action only where the host has the API set it needs, and says
 * plainly what is missing otherwise (src/taskpane/requirements.ts).
 */
import { missingRequirement, requirements, withoutFunctions } from "../../src/taskpane/requirements";

/**
 * A host that supports ExcelApi up to `highest` (minor version of 1.x), and custom functions
 * up to CustomFunctionsRuntime 1.`functionsHighest` (0: none, as Excel on iPad or Excel 2019).
 */
function hostWithExcelApi(highest: number, functionsHighest = 2) {
  const highestOf: Record<string, number> = { ExcelApi: highest, CustomFunctionsRuntime: functionsHighest };
  (globalThis as unknown as { Office: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set in highestOf && Number(version.split(".")[1]) <= highestOf[set],
      },
    },
  };
}
afterEach(() => delete (globalThis as { Office?: unknown }).Office);

test("a host with ExcelApi 1.7 runs Insert and the plan", () => {
  hostWithExcelApi(7);
  expect(missingRequirement(requirements.insert)).toBeUndefined();
  expect(missingRequirement(requirements.plan)).toBeUndefined();
});

test("a host with only ExcelApi 1.6 is told what the plan and Insert need", () => {
  hostWithExcelApi(6);
  expect(missingRequirement(requirements.plan)).toBe(
    "This version of Excel lacks ExcelApi 1.7, which the plan sheet needs. Update Excel (Microsoft 365, Excel 2019 or later) or use Excel on the web.",
  );
  expect(missingRequirement(requirements.insert)).toMatch(
    /lacks ExcelApi 1\.7, which Insert \(a formula into the active cell\) needs/,
  );
});

describe("an Excel without custom functions", () => {
  test.each([
    ["Excel on iPad (ExcelApi 1.17, no custom functions)", 17, 0],
    ["Excel 2019 (ExcelApi 1.8, no custom functions)", 8, 0],
    ["an Excel with CustomFunctionsRuntime 1.1 only, which the manifest does not take", 17, 1],
  ])("%s is told what still works: the explorer and Copy, not Insert or the plan", (_, excelApi, functions) => {
    hostWithExcelApi(excelApi, functions);
    expect(withoutFunctions()).toBe(
      "This Excel cannot run AIPAY's worksheet functions (Excel on iPad and older versions of Excel have no custom functions), so AIPAY formulas do not calculate here. The explorer, its figures and sources, and the market work; Copy gives a formula for an Excel that can. Insert and the plan sheet are off.",
    );
  });

  test("an Excel with CustomFunctionsRuntime 1.2, as the manifest asks, is told nothing", () => {
    hostWithExcelApi(7, 2);
    expect(withoutFunctions()).toBeUndefined();
  });
});
