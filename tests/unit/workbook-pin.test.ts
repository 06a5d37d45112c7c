/**
 * The Excel adapter reads the workbook's pin from its two names, tells the engine, and has
 * Excel recalculate only when that changes an answer. Excel is a stand-in answering the calls
 * followWorkbookPin makes.
 */
import { followWorkbookPin } from "../../src/functions/workbook-pin";
import { aipay } from "../../src/functions/workbook-engine";
import { EngineError, pinFormula, pinNames, pinValue } from "../support/engine";
import { shipped } from "../support/shipped";
import { removeStandInHost, standInHost } from "../support/office-mock";

/** An Excel whose workbook holds these names (by name, their formulas), recording each recalculation. */
function standInExcel(names: Record<string, string>) {
  const recalculations: string[] = [];
  const context = {
    workbook: {
      names: {
        getItemOrNullObject: (name: string) => ({
          isNullObject: !(name in names),
          value: names[name],
          load: () => undefined,
        }),
      },
      application: { calculate: (type: string) => recalculations.push(type) },
    },
    sync: async () => undefined,
  };
  standInHost(context);
  return recalculations;
}

afterEach(() => {
  aipay.pinWorkbook({});
  removeStandInHost();
});

test("a pin's names hold text constants, read back as written", () => {
  expect(pinFormula("2026")).toBe('="2026"');
  expect(pinValue('="2026"')).toBe("2026");
  expect(pinValue(2026)).toBe("2026");
  expect(pinValue('="say ""x"""')).toBe('say "x"');
  expect(pinValue("")).toBeUndefined();
});

test("a workbook with no pin calculates with the default edition, and nothing is recalculated", async () => {
  const recalculations = standInExcel({});
  expect(await followWorkbookPin()).toEqual({});
  expect(aipay.evaluate("EDITION", [])).toEqual([[shipped.defaultEdition]]);
  expect(recalculations).toEqual([]);
});

test("a tax year pinned: undated employer costs use it, and Excel recalculates once", async () => {
  const recalculations = standInExcel({ [pinNames.edition]: '="2026"', [pinNames.taxYear]: '="2025/26"' });
  expect(await followWorkbookPin()).toEqual({ edition: "2026", taxYear: "2025/26" });
  expect(aipay.evaluate("LOADEDCOST", [100000])).toEqual(aipay.evaluate("LOADEDCOST", [100000, "2025/26"]));
  expect(recalculations).toEqual(["Full"]);
  await followWorkbookPin();
  expect(recalculations).toEqual(["Full"]);
});

test("pinned to an edition this AIPAY does not hold: every formula says so, none shows another edition's figures", async () => {
  const recalculations = standInExcel({ [pinNames.edition]: '="2031"' });
  await followWorkbookPin();
  const answer = aipay.evaluate("SALARYBAND", ["LLM Engineer", "Senior", "London"])[0][0];
  expect(answer).toBeInstanceOf(EngineError);
  expect(answer).toMatchObject({ code: "#N/A", message: expect.stringContaining("pinned to edition 2031") });
  expect(recalculations).toEqual(["Full"]);
});
