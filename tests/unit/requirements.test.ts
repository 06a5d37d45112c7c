/**
 * The pane offers an Excel action only where the host has the API set it needs, and says
 * plainly what is missing otherwise (src/taskpane/requirements.ts).
 */
import { missingRequirement, requirements } from "../../src/taskpane/requirements";

/** A host that supports ExcelApi up to `highest` (minor version of 1.x). */
function hostWithExcelApi(highest: number) {
  (globalThis as unknown as { Office: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === "ExcelApi" && Number(version.split(".")[1]) <= highest,
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
