/**
 * Every formula the pane writes names the functions by the namespace of the build's manifest
 * (src/taskpane/namespace.ts, which webpack's DefinePlugin fills in): the explorer's formulas
 * (Copy and Insert), and the plan sheet's formulas, dropdown sources and messages. Here the
 * pane's modules are loaded as a development build sees them, with AIPAYDEV, so a formula
 * anywhere that still spells AIPAY. by hand fails; production's AIPAY is what every other
 * test sees.
 */
import { budgetYears, payGuide, planRowColumns } from "../support/engine";
import type * as Figures from "../../src/taskpane/explorer-figures";
import type * as Controls from "../../src/taskpane/explorer-controls";
import type * as Plan from "../../src/taskpane/plan";
import { loggingSheet } from "../support/excel-stub";

type Global = { AIPAY_FUNCTION_NAMESPACE: string; Office?: unknown };
const global = globalThis as unknown as Global;

/** The pane's modules as a build with namespace `ns` has them. */
function paneBuiltWith(ns: string) {
  const production = global.AIPAY_FUNCTION_NAMESPACE;
  global.AIPAY_FUNCTION_NAMESPACE = ns;
  try {
    let modules!: { figures: typeof Figures; controls: typeof Controls; plan: typeof Plan };
    jest.isolateModules(() => {
      modules = {
        figures: require("../../src/taskpane/explorer-figures"),
        controls: require("../../src/taskpane/explorer-controls"),
        plan: require("../../src/taskpane/plan"),
      };
    });
    return modules;
  } finally {
    global.AIPAY_FUNCTION_NAMESPACE = production;
  }
}

/** Every namespace a text calls a function in: "AIPAYDEV" for "=AIPAYDEV.SALARYBAND(…)". */
const namespacesCalled = (text: string) => [...text.matchAll(/\b([A-Z]+)\.[A-Z]+\(/g)].map((m) => m[1]);

/** Every text the plan writer hands Excel, from a workbook with no sheets and every API set. */
async function planTexts(plan: typeof Plan): Promise<string[]> {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  const sheet = loggingSheet((_, detail) => collect(detail));
  const empty = { load: () => undefined, items: [] };
  const context = {
    workbook: {
      worksheets: { ...empty, add: () => sheet },
      tables: empty,
      // No pin: the plan pins the workbook, and the pin's name formulas are among the texts.
      names: {
        ...empty,
        getItemOrNullObject: () => ({ load: () => undefined, isNullObject: true }),
        add: (name: string, formula: string) => collect([name, formula]),
      },
    },
    application: { suspendApiCalculationUntilNextSync: () => undefined },
    sync: () => Promise.resolve(),
  };
  global.Office = { context: { requirements: { isSetSupported: () => true } } };
  const offered = budgetYears(payGuide.data.employerCosts.taxYears, new Date());
  const budgetYear = offered.years[offered.default];
  try {
    await plan.writePlan(
      context as unknown as Excel.RequestContext,
      [
        { role: "MLOps Engineer", level: "Senior", location: "London", start: budgetYear.start, headcount: 1 },
        { role: "AI Engineer", level: "Senior", location: "", start: budgetYear.start, headcount: 1, ir35: "inside" },
      ],
      { contractDays: 220, budgetYear },
    );
  } finally {
    delete global.Office;
  }
  return texts;
}

describe("a development build (namespace AIPAYDEV)", () => {
  const pane = paneBuiltWith("AIPAYDEV");

  test("writes every explorer formula in AIPAYDEV, nested calls included", () => {
    const formulas = pane.figures
      .explorerFigures(pane.controls.settle({ role: "LLM Engineer", level: "Senior", location: "London" }))
      .map((figure) => figure.formula);
    // salary low/mid/high and percentile, total comp, day rates, loaded cost, contractor year, client's cost
    expect(formulas.length).toBeGreaterThanOrEqual(8);
    expect(formulas).toContain('=AIPAYDEV.SALARYBAND("LLM Engineer","Senior","London","mid")');
    const called = formulas.flatMap(namespacesCalled);
    expect(called.length).toBeGreaterThan(formulas.length); // LOADEDCOST(SALARYBAND(…)) calls two
    expect(new Set(called)).toEqual(new Set(["AIPAYDEV"]));
  });

  test("writes the plan sheet's formulas, dropdown sources and messages in AIPAYDEV", async () => {
    const texts = await planTexts(pane.plan);
    const called = texts.flatMap(namespacesCalled);
    // PLANROW for each figure and each of the three scenarios of each of the two rows, and the
    // dropdowns' title and three messages naming ROLES, LEVELS and LOCATIONS
    expect(texts.filter((text) => text.includes("(AIPAYDEV.PLANROW("))).toHaveLength(2 * (planRowColumns.length + 3));
    expect(called.filter((ns) => ns === "AIPAYDEV").length).toBeGreaterThanOrEqual(2 + 3 + 3);
    expect(new Set(called)).toEqual(new Set(["AIPAYDEV"]));
  });
});

test("a production build writes AIPAY, and the two builds' formulas differ only in it", () => {
  const selection = { role: "AI Engineer", level: "Senior" };
  const formulasOf = (pane: ReturnType<typeof paneBuiltWith>) =>
    pane.figures.explorerFigures(pane.controls.settle(selection)).map((figure) => figure.formula);
  const production = formulasOf(paneBuiltWith("AIPAY"));
  const development = formulasOf(paneBuiltWith("AIPAYDEV"));
  expect(new Set(production.flatMap(namespacesCalled))).toEqual(new Set(["AIPAY"]));
  expect(development).toEqual(production.map((formula) => formula.replace(/AIPAY\./g, "AIPAYDEV.")));
});
