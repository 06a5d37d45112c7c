/**
 * The plan builder's Excel.run code against a hand-made Office mock: that it writes the
 * engine's plan sheet (planSheetFor) cell for cell, the table over the fields, the chart and
 * the dropdowns; that every write goes in one batch after reading the workbook's names; that
 * it asks the host before each newer API; that a batch failing half-way leaves no sheet
 * behind; and that what it writes, calculated, prices each row as the engine does.
 */
import type { HyperFormula } from "hyperformula";
import { OfficeMockObject } from "office-addin-mock";
import {
  PlanMessage,
  payGuide,
  planFields,
  planSheetFor,
  pricePlanRow,
  planRowCells,
  planRowColumns,
  columnLetter,
  type BudgetYear,
  type PlanInputValues,
  type PlanRowValues,
  bundled,
} from "../support/engine";
import {
  planInputsOf,
  planProblems,
  createPlanSheet,
  uniqueName,
  writePlan,
  type PlanRow,
  type PlanSettings,
} from "../../src/taskpane/plan";
import { loggingSheet } from "../support/excel-stub";
import { sheetWithAipay } from "../support/hyperformula";
import { syncFailingAs } from "../support/office-mock";
import { shipped } from "../support/shipped";
import { aipay } from "../../src/taskpane/workbook-engine";

type Op = { batch: number; op: string; detail?: unknown };

/**
 * A workbook with the given sheets, tables and defined names (sheet-scoped ones by sheet);
 * every call and write is logged with the sync count before it. `failAt` names a command
 * that fails: as in Excel, the commands before it stay done, the later ones of its batch
 * are not run, and the batch's sync rejects. `concurrentSheet` is a sheet the user adds
 * while the plan is being written, so the plan's own add of that name fails.
 */
function workbook(
  sheetNames: string[],
  tableNames: string[],
  definedNames: string[] = [],
  {
    sheetScopedNames = {},
    failAt,
    concurrentSheet,
  }: { sheetScopedNames?: Record<string, string[]>; failAt?: string; concurrentSheet?: string } = {},
) {
  const log: Op[] = [];
  let syncs = 0;
  const sheets = [...sheetNames];
  const visibility = new Map(sheetNames.map((name) => [name, "Visible"]));
  let addedName = "";
  /** The command that failed in the batch not yet synced; `failAt` fails once. */
  let failing: string | undefined;
  const record = (op: string, detail?: unknown) => {
    log.push({ batch: syncs, op, detail });
    if (op === failAt) [failing, failAt] = [op, undefined];
  };
  const sheet = loggingSheet((op, detail) => {
    record(op, detail);
    if (op === "sheet.visibility" && !failing) visibility.set(addedName, detail as string);
  });
  /**
   * office-addin-mock keeps arrays as plain values and cannot load "items/name", so the
   * collections are hand-made: their items throw unless loaded that way and synced.
   */
  const collection = (names: string[], extra: object = {}, item = (name: string): object => ({ name })) => {
    let loadedAt: number | undefined;
    return {
      ...extra,
      load: (what: string) => {
        expect(what).toBe("items/name");
        loadedAt = syncs;
      },
      get items() {
        if (loadedAt === undefined || syncs <= loadedAt) throw new Error("items read before load and sync");
        return names.map(item);
      },
    };
  };
  const mock = new OfficeMockObject({});
  const pin = new Map<string, string>();
  const sheetItem = (name: string) => ({ name, names: collection(sheetScopedNames[name] ?? []) });
  const added = (name: string) => ({
    load: (what: string) => expect(what).toBe("visibility"),
    get isNullObject() {
      return !sheets.includes(name);
    },
    get visibility() {
      return visibility.get(name);
    },
    delete: () => (record("worksheets.delete", name), sheets.splice(sheets.indexOf(name), 1)),
  });
  const worksheets = {
    add: (name: string) => {
      record("worksheets.add", name);
      if (name === concurrentSheet) {
        sheets.push(name);
        visibility.set(name, "Visible");
        failing = "worksheets.add"; // the name is taken now: Excel fails this command
      }
      if (!failing) sheets.push((addedName = name));
      return sheet;
    },
    getItemOrNullObject: added,
  };
  Object.assign(mock, {
    workbook: {
      worksheets: collection(sheets, worksheets, sheetItem),
      tables: collection(tableNames),
      // The workbook's names: the pin is read from them, and written to them when there is none.
      names: collection(definedNames, {
        getItemOrNullObject: (name: string) => ({
          load: (what: string) => expect(what).toBe("value"),
          isNullObject: !pin.has(name),
          value: pin.get(name),
        }),
        add: (name: string, formula: string) => {
          record("workbook.names.add", { name, formula });
          if (!failing) pin.set(name, formula); // a command after the failing one is not run
        },
      }),
    },
    application: { suspendApiCalculationUntilNextSync: () => record("suspendCalculation") },
  });
  const context = mock as unknown as Excel.RequestContext;
  syncFailingAs(mock, () => {
    syncs++;
    const failed = failing;
    failing = undefined;
    return failed;
  });
  const ops = () => log.map((entry) => entry.op);
  /** What the first command of that name was given. */
  const written = (op: string) => log.find((entry) => entry.op === op)?.detail;
  return { context, log, ops, written, syncs: () => syncs, sheets, pin };
}

/** An Excel whose ExcelApi goes up to 1.<highest>; every requirement asked of it is logged. */
function excelWithApi(highest: number): string[] {
  const asked: string[] = [];
  const isSetSupported = (set: string, version: string) => {
    asked.push(`${set} ${version}`);
    const [major, minor] = version.split(".").map(Number);
    return set === "ExcelApi" && major === 1 && minor <= highest;
  };
  Object.assign(globalThis, { Office: { context: { requirements: { isSetSupported } } } });
  return asked;
}
afterEach(() => delete (globalThis as { Office?: unknown }).Office);

const rows: PlanRow[] = [
  { role: "LLM Engineer", level: "Senior", location: "London", start: "2026-07-01", headcount: 2, ir35: "" },
  { role: "Head of MLOps", level: "", location: "UK National", start: "2026-10-15", headcount: 1, ir35: "" },
];

const financialYear2026: BudgetYear = {
  label: "2026/27 (1 Apr 2026 – 31 Mar 2027)",
  start: "2026-04-01",
  end: "2027-03-31",
  taxYear: "2026/27",
};
const settings: PlanSettings = { contractDays: 220, budgetYear: financialYear2026 };

/** A pane row as the plan's fields: what the writer must hand the engine's layout. */
const fieldsOf = ({ end, ir35, ...row }: PlanRow): PlanRowValues => ({ ...row, end: end ?? null, ir35: ir35 ?? null });
const layoutOf = (planRows: readonly PlanRow[], planSettings: PlanSettings) =>
  planSheetFor(bundled, planRows.map(fieldsOf), planInputsOf(planSettings), "AIPAY");

/**
 * Where things land for two hires: the inputs block (12 inputs, the budget year's end and the
 * guide) in rows 1–14, the month dates on row 15, the table's header on row 16 (zero-based
 * 15), the hires on rows 17–18, a blank, then seven total rows (zero-based 19–25). The table
 * is 63 columns wide: the 17 fields A–Q, then PLANROW's 43 figures, a formula each: kind R
 * (zero-based 17), market rate S, aged T, pay U, compa-ratio V, cost a year W (22, the
 * totals' labels), twelve months of cost from X (23), twelve of one-off costs from AJ (35),
 * twelve of heads from AV (47), the year's cost BH (59); then the year at low, mid and high. Under the totals,
 * the summary by department and by quarter (its length depends on the departments); beside the
 * inputs, in D and E, the checks.
 */
const whole = `R0C0:${layoutOf(rows, settings).cells.length}x63`;
const at = { header: 15, total: 22, employeesInPost: 24, contractorsInPost: 25, labels: 22, months: 23 };

test("uniqueName never reuses a taken name, whatever its case", () => {
  expect(uniqueName("AIPAY plan", ["Sheet1"])).toBe("AIPAY plan");
  expect(uniqueName("AIPAY plan", ["aipay PLAN", "AIPAY plan 2"])).toBe("AIPAY plan 3");
  expect(uniqueName("AIPAYPlan", ["AIPAYPlan"], "")).toBe("AIPAYPlan2");
});

describe("writePlan, on a host that answers no requirement", () => {
  const book = workbook(["Sheet1", "AIPAY plan"], ["AIPAYPlan"]);
  const layout = layoutOf(rows, settings);
  let result: Awaited<ReturnType<typeof writePlan>>;
  beforeAll(async () => {
    result = await writePlan(book.context, rows, settings);
  });

  test("adds a new sheet, and a table over the fields' columns, with names not already in the workbook", () => {
    expect(result).toEqual({ sheet: "AIPAY plan 2", table: "AIPAYPlan2" });
    expect(book.written("worksheets.add")).toBe("AIPAY plan 2");
    expect(book.written("table.name")).toBe("AIPAYPlan2");
    // The header and both hires, A–M: the 13 fields and nothing of the spills beside them.
    expect(book.written("tables.add")).toEqual({ over: "R15C0:3x63", hasHeaders: true });
    expect(planFields).toHaveLength(17);
    expect(layout.table).toEqual({ headerRow: at.header, rows: 2, columns: 63 });
  });

  test("the cells written are the engine's layout, in one write, formatted before written", () => {
    const cells = book.written(`${whole}.formulas`) as unknown[][];
    expect(cells).toEqual(layout.cells.map((line) => line.map((cell) => cell ?? "")));
    expect(book.written(`${whole}.numberFormat`)).toEqual(layout.formats);
    // Formats first, so the tax year "2026/27" stays text and not a date.
    expect(book.ops().indexOf(`${whole}.numberFormat`)).toBeLessThan(book.ops().indexOf(`${whole}.formulas`));
    expect(book.ops().filter((op) => op.endsWith(".formulas") || op.endsWith(".values"))).toEqual([
      `${whole}.formulas`,
    ]);
  });

  test("the inputs state the pane's budget year, rate year and contract days, and every other default", () => {
    const cells = book.written(`${whole}.formulas`) as unknown[][];
    expect(cells.slice(0, 14).map((line) => line.slice(0, 2))).toEqual([
      ["Budget year start", "=DATE(2026,4,1)"],
      ["Tax year of employer rates", "2026/27"],
      ["Pay target (low, mid, high or a percentile)", "mid"],
      ["Market ageing a year", payGuide.data.trends.salaryGrowth.annualRate],
      ["Pay review month (1–12; 0: none)", 0],
      ["Pay review rise", payGuide.data.trends.salaryGrowth.annualRate],
      ["Months in post to get a review", 6],
      ["Contractor days a year", 220],
      ["Default fee payer (inside IR35)", "agency"],
      ["Months to fill an open position", 0],
      ["Vacancy factor (open positions)", 0],
      ["Agency fee (share of first-year salary)", 0],
      ["Budget year end", "=EDATE(YearStart,12)-1"],
      ["Salary guide", expect.stringMatching(/, effective 2026-01-01$/)],
    ]);
    expect((book.written(`${whole}.numberFormat`) as string[][])[1][1]).toBe("@");
  });

  test("each hire: its fields in the table, one PLANROW beside it reading them and the inputs", () => {
    const cells = book.written(`${whole}.formulas`) as unknown[][];
    expect(cells[at.header].slice(0, 3)).toEqual(["Role", "Level", "Location"]);
    expect(cells[at.header][17]).toBe("Kind");
    // Role, level, start and yearStart first (PLANROW's required ones), then the rest in order;
    // the inputs by their defined names.
    const inputNames =
      "TaxYear,PayTarget,AgingRate,ReviewMonth,ReviewRate,QualifyingMonths,ContractDays,DefaultFeePayer,TimeToFill,VacancyFactor,AgencyFeeRate";
    const planRow = (row: number) =>
      `=AIPAY.PLANROW(A${row},B${row},D${row},YearStart,C${row},${["E", "F", "G", "H", "I", "J", "K", "L", "M", "N"].map((c) => c + row).join(",")},${inputNames})`;
    // Each figure is INDEX of the row's PLANROW answer: the same formula down each column.
    expect(cells[16].slice(0, 18)).toEqual([
      ...["LLM Engineer", "Senior", "London", "=DATE(2026,7,1)", "", 2],
      ...Array(11).fill(""),
      `=INDEX(${planRow(17).slice(1)},1,1)`,
    ]);
    expect(cells[16][58]).toBe(`=INDEX(${planRow(17).slice(1)},1,42)`);
    // A leadership role's empty level, and an employee's empty IR35, are left empty cells.
    expect(cells[17].slice(0, 18)).toEqual([
      ...["Head of MLOps", "", "UK National", "=DATE(2026,10,15)", "", 1],
      ...Array(11).fill(""),
      `=INDEX(${planRow(18).slice(1)},1,1)`,
    ]);
  });

  test("each input's defined name, scoped to the sheet, is its cell in B, added before the formulas that read it", () => {
    const added = book.log.filter((entry) => entry.op === "names.add").map((entry) => entry.detail);
    expect(added[0]).toEqual({ name: "YearStart", reference: "R0C1:1x1" });
    expect(added[11]).toEqual({ name: "AgencyFeeRate", reference: "R11C1:1x1" });
    expect(added).toHaveLength(12);
    const ops = book.ops();
    expect(ops.lastIndexOf("names.add")).toBeLessThan(ops.indexOf(`${whole}.formulas`));
  });

  test("two reads (the workbook's names, then each sheet's), then every write in one batch, ending with a single sync", () => {
    expect(book.syncs()).toBe(3);
    expect(book.log.length).toBeGreaterThan(10);
    expect(book.log.every((entry) => entry.batch === 2)).toBe(true);
  });

  test("a clustered column chart of the Total row by month, headed by the month dates, under the totals", () => {
    expect(book.written("charts.add")).toEqual({
      type: "ColumnClustered",
      data: `R${at.total}C${at.labels}:1x13`, // the label "Total" and its twelve months
      seriesBy: "Rows",
    });
    expect(book.written("categoryNames")).toBe(`R${at.header - 1}C${at.months}:1x12`); // the month dates
    expect(book.written("chart.title.text")).toBe("Plan cost by month");
    expect(book.written("chart.setPosition")).toBe(`R${layout.cells.length + 1}C${at.labels}:1x1`);
    expect(layout.totals.rows.Total).toBe(at.total);
  });

  test("without ExcelApi 1.6 calculation is not suspended; without 1.8, no headcount line and no dropdowns", () => {
    expect(book.ops()).not.toContain("suspendCalculation");
    expect(book.ops()).not.toContain("series.add");
    expect(book.ops().filter((op) => op.includes("dataValidation"))).toEqual([]);
  });

  test("the sheet is shown and activated last, then only the workbook's pin, the columns autofitted", () => {
    const ops = book.ops();
    expect(ops).toContain("autofit");
    expect(ops.slice(-4)).toEqual(["sheet.visibility", "activate", "workbook.names.add", "workbook.names.add"]);
    expect(book.log.at(-4)?.detail).toBe("Visible");
  });
});

describe("what the host supports", () => {
  const validated = (book: ReturnType<typeof workbook>) =>
    book.log.filter((entry) => entry.op.endsWith(".dataValidation.rule")).map((entry) => entry.op);

  test("ExcelApi 1.8: calculation suspended, the headcount line on a secondary axis, dropdowns; all in the one batch", async () => {
    const asked = excelWithApi(8);
    const book = workbook(["Sheet1"], []);
    await writePlan(book.context, rows, settings);
    expect(asked).toEqual(expect.arrayContaining(["ExcelApi 1.6", "ExcelApi 1.8"]));
    // Suspended before anything is written, so no PLANROW runs while the cells go in.
    expect(book.ops()[0]).toBe("suspendCalculation");
    expect(book.written("series.add")).toBe("Employees in post");
    expect(book.written("series.setValues")).toBe(`R${at.employeesInPost}C${at.months}:1x12`);
    expect(book.written("series.chartType")).toBe("Line");
    expect(book.written("series.axisGroup")).toBe("Secondary");
    // Role, Level and Location are columns A–C; the two hires rows 17–18 (zero-based 16).
    expect(validated(book)).toEqual([
      "R16C0:2x1.dataValidation.rule",
      "R16C1:2x1.dataValidation.rule",
      "R16C2:2x1.dataValidation.rule",
    ]);
    // The lists start one blank column right of the table (BK): BM (zero-based 64), roles in BM,
    // locations in BN, levels from BO, on the table's header row and below.
    expect(book.written("R16C1:2x1.dataValidation.rule")).toEqual({
      list: {
        inCellDropDown: true,
        source: expect.stringMatching(/^=INDEX\(\$BO\$17:\$[A-Z]+\$\d+,0,IFERROR\(MATCH\(\$A17,/),
      },
    });
    expect(book.ops().some((op) => op.startsWith(`R${at.header}C64:`) && op.endsWith(".values"))).toBe(true);
    expect(book.log.every((entry) => entry.batch === 2)).toBe(true);
  });

  test("ExcelApi 1.7: calculation suspended (1.6), but no secondary axis and no dropdowns (1.8)", async () => {
    excelWithApi(7);
    const book = workbook(["Sheet1"], []);
    await writePlan(book.context, rows, settings);
    expect(book.ops()[0]).toBe("suspendCalculation");
    expect(book.ops()).not.toContain("series.add");
    expect(validated(book)).toEqual([]);
    expect(book.written("charts.add")).toMatchObject({ type: "ColumnClustered" });
  });
});

test("createPlanSheet runs the whole plan in one Excel.run", async () => {
  const book = workbook(["Sheet1"], []);
  let runs = 0;
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => (runs++, batch(book.context)),
  };
  await expect(createPlanSheet(rows.slice(0, 1), { ...settings, contractDays: 200 })).resolves.toEqual({
    sheet: "AIPAY plan",
    table: "AIPAYPlan",
  });
  expect(runs).toBe(1);
  expect(book.syncs()).toBe(3);
});

describe("the workbook's pin", () => {
  afterEach(() => aipay.pinWorkbook({}));

  test("a workbook with no pin is pinned to the edition and tax year in force, in the plan's one batch of writes", async () => {
    const book = workbook(["Sheet1"], []);
    await writePlan(book.context, rows, settings);
    const pinning = book.log.filter((entry) => entry.op === "workbook.names.add");
    expect(pinning.map((entry) => entry.detail)).toEqual([
      { name: "AIPAY_EDITION", formula: `="${shipped.defaultEdition}"` },
      { name: "AIPAY_TAXYEAR", formula: `="${shipped.defaultTaxYear}"` },
    ]);
    // Queued after everything else of the plan's batch: a batch failing before them leaves no pin.
    const writes = book.log.find((entry) => entry.op === "activate")!.batch;
    expect(pinning.every((entry) => entry.batch === writes)).toBe(true);
    expect(book.syncs()).toBe(3);
  });

  test("a pin already there is kept, and the pane's engine follows it", async () => {
    const book = workbook(["Sheet1"], []);
    book.pin.set("AIPAY_EDITION", '="2026"');
    book.pin.set("AIPAY_TAXYEAR", '="2025/26"');
    await writePlan(book.context, rows, settings);
    expect(book.ops()).not.toContain("workbook.names.add");
    expect(aipay.inForce()).toEqual({ edition: "2026", taxYear: "2025/26" });
  });
});

test("the table's name avoids the workbook's defined names too", async () => {
  const book = workbook(["Sheet1"], ["AIPAYPlan"], ["AIPAYPlan2"]);
  await expect(writePlan(book.context, rows, settings)).resolves.toMatchObject({ table: "AIPAYPlan3" });
});

test("the table's name avoids names scoped to a sheet", async () => {
  const book = workbook(["Sheet1", "Costs"], [], [], { sheetScopedNames: { Costs: ["aipayplan"] } });
  await expect(writePlan(book.context, rows, settings)).resolves.toMatchObject({ table: "AIPAYPlan2" });
});

test("a batch that fails half-way leaves no sheet behind, and a retry reuses the name", async () => {
  // The chart fails (an older host without the chart API): the cells and table were already written.
  const book = workbook(["Sheet1"], [], [], { failAt: "charts.add" });
  await expect(writePlan(book.context, rows, settings)).rejects.toThrow("charts.add failed");
  const ops = book.ops();
  expect(ops.indexOf(`${whole}.formulas`)).toBeLessThan(ops.indexOf("charts.add"));
  expect(ops.indexOf("tables.add")).toBeLessThan(ops.indexOf("charts.add"));
  // Added hidden first, and shown only as the batch's last step.
  expect(ops.indexOf("sheet.visibility")).toBe(ops.indexOf("worksheets.add") + 1);
  expect(book.log.filter((e) => e.op === "sheet.visibility").map((e) => e.detail)).toEqual(["Hidden", "Visible"]);
  expect(book.log.at(-1)).toEqual({ batch: 4, op: "worksheets.delete", detail: "AIPAY plan" });
  expect(book.sheets).toEqual(["Sheet1"]);
  await expect(writePlan(book.context, rows, settings)).resolves.toMatchObject({ sheet: "AIPAY plan" });
});

test("a failing dropdown leaves no sheet behind either, and no pin", async () => {
  excelWithApi(8);
  const book = workbook(["Sheet1"], [], [], { failAt: "R16C2:2x1.dataValidation.rule" });
  await expect(writePlan(book.context, rows, settings)).rejects.toThrow("dataValidation.rule failed");
  expect(book.ops()).toContain("worksheets.delete");
  expect(book.sheets).toEqual(["Sheet1"]);
  expect(book.pin.size).toBe(0);
});

test("a sheet of the same name the user added meanwhile is never deleted", async () => {
  // The plan's add of "AIPAY plan" fails because the user's visible sheet took the name.
  const book = workbook(["Sheet1"], [], [], { concurrentSheet: "AIPAY plan" });
  await expect(writePlan(book.context, rows, settings)).rejects.toThrow();
  expect(book.ops()).not.toContain("worksheets.delete");
  expect(book.sheets).toEqual(["Sheet1", "AIPAY plan"]);
});

describe("a plan is checked before anything is read or written", () => {
  test("an empty plan is refused", async () => {
    const book = workbook([], []);
    await expect(writePlan(book.context, [], settings)).rejects.toThrow("at least one row");
    expect(book.syncs()).toBe(0);
    expect(book.log).toEqual([]);
  });

  test("a missing date, a headcount of 0 or less, or bad contract days is refused, every problem named", async () => {
    const bad: PlanRow[] = [
      { ...rows[0], start: "" },
      { ...rows[1], start: "2026-02-30", headcount: 0 },
      { ...rows[0], headcount: -1 },
      { ...rows[0], headcount: Number.NaN }, // a headcount box that reads as no number
    ];
    const book = workbook([], []);
    await expect(writePlan(book.context, bad, { ...settings, contractDays: -3 })).rejects.toThrow(
      "Row 1: give a start date. Row 2: give a start date. " +
        "Row 2: headcount must be more than 0 (0.5 is one person at half time). " +
        "Row 3: headcount must be more than 0 (0.5 is one person at half time). " +
        "Row 4: headcount must be more than 0 (0.5 is one person at half time). " +
        "Contract days a year must be a whole number from 1 to 366.",
    );
    expect(book.syncs()).toBe(0);
    expect(book.log).toEqual([]);
    expect(planProblems(rows, settings)).toEqual([]);
  });

  test("a fraction of a head is a part-timer, accepted", () => {
    expect(planProblems([{ ...rows[0], headcount: 0.5 }], settings)).toEqual([]);
    expect(planProblems([{ ...rows[0], headcount: 2.5 }], settings)).toEqual([]);
  });

  test("a budget year whose tax year AIPAY holds no rates for is refused in the engine's words", async () => {
    const year2031: BudgetYear = {
      label: "2031/32 (1 Apr 2031 – 31 Mar 2032)",
      start: "2031-04-01",
      end: "2032-03-31",
      taxYear: "2031/32",
    };
    const held = payGuide.data.employerCosts.taxYears;
    const problems = planProblems(rows, { ...settings, budgetYear: year2031 });
    expect(problems).toEqual([PlanMessage.noRatesFor("2031/32", held)]);
    expect(held).toEqual(["2025/26", "2026/27"]);
    expect(problems[0]).toBe(
      "AIPAY holds no employer rates for 2031/32: name the tax year whose rates to use, 2025/26 or 2026/27.",
    );
    const book = workbook([], []);
    await expect(writePlan(book.context, rows, { ...settings, budgetYear: year2031 })).rejects.toThrow(problems[0]);
    expect(book.log).toEqual([]);
  });

  test("a leaving date must be a date on or after the start", () => {
    expect(
      planProblems(
        [
          { ...rows[0], end: "2026-06-30" },
          { ...rows[0], end: "2026-02-30" },
        ],
        settings,
      ),
    ).toEqual([
      "Row 1: the leaving date must be a date on or after the start.",
      "Row 2: the leaving date must be a date on or after the start.",
    ]);
    expect(planProblems([{ ...rows[0], end: "2026-07-01" }], settings)).toEqual([]);
  });
});

/**
 * The plan exactly as written (every cell of the one write), calculated with HyperFormula
 * standing in for Excel: an empty written cell is empty, and the AIPAY calls go through the engine.
 */
async function calculatedPlan(planRows: readonly PlanRow[], planSettings: PlanSettings): Promise<HyperFormula> {
  const book = workbook([], []);
  await writePlan(book.context, planRows, planSettings);
  const cells = book.log.find((entry) => /^R0C0:.*\.formulas$/.test(entry.op))!.detail as unknown[][];
  // The names the pane defined, each for the cell it gave
  const names = book.log
    .filter((entry) => entry.op === "names.add")
    .map((entry) => {
      const { name, reference } = entry.detail as { name: string; reference: string };
      const [, row, column] = /^R(\d+)C(\d+):1x1$/.exec(reference)!.map(Number);
      return { name, address: `$${columnLetter(column)}$${row + 1}` };
    });
  return sheetWithAipay(
    "AIPAY plan",
    cells.map((line) => line.map((cell) => (cell === "" ? null : cell))),
    names,
  );
}

describe("the written plan, calculated", () => {
  // Budget year 1 April 2026 – 31 March 2027 (365 days), 2026/27 employer rates, 220 contract days.
  const hires: PlanRow[] = [
    { role: "LLM Engineer", level: "Senior", location: "London", start: "2026-04-01", headcount: 1, ir35: "" },
    { role: "AI Engineer", level: "Senior", location: "", start: "2026-04-01", headcount: 1, ir35: "outside" },
    { role: "AI Engineer", level: "Senior", location: "", start: "2026-04-01", headcount: 1, ir35: "inside" },
    { role: "Data Engineer", level: "Senior", location: "", start: "2026-09-01", headcount: 0.5, ir35: "" },
  ];
  const firstHire = at.header + 1;
  let hf: HyperFormula;
  const value = (row: number, column: number) => hf.getCellValue({ sheet: 0, row, col: column });
  const spill = (i: number) => Array.from({ length: planRowColumns.length }, (_, k) => value(firstHire + i, 17 + k));
  const priced = (row: PlanRow, inputs: PlanInputValues) => planRowCells(pricePlanRow(bundled, fieldsOf(row), inputs));

  beforeAll(async () => {
    hf = await calculatedPlan(hires, settings);
  });
  afterAll(() => hf.destroy());

  test("the written plan's checks are all TRUE", () => {
    const { all } = layoutOf(hires, settings).checks;
    expect(value(all.row, all.column)).toBe(true);
  });

  test("each priced hire's spill is the engine's pricing of that row under the pane's inputs", () => {
    const inputs = planInputsOf(settings);
    hires.slice(0, 4).forEach((row, i) => expect(spill(i)).toEqual(priced(row, inputs)));
  });

  test("the totals add employees and contractors apart", () => {
    const april = at.months;
    const sum = (rows: number[]) => rows.reduce((total, i) => total + (value(firstHire + i, april) as number), 0);
    // The totals start under the hires' blank row: Employees, Contractors, One-off costs (none
    // here: no agency fee), Total.
    const totals = firstHire + hires.length + 1;
    expect(value(totals, april)).toBeCloseTo(sum([0, 3]), 2);
    expect(value(totals + 1, april)).toBeCloseTo(sum([1, 2]), 2);
    expect(value(totals + 2, april)).toBe(0);
    expect(value(totals + 3, april)).toBeCloseTo(sum([0, 1, 2, 3]), 2);
  });

  test("a row the guide cannot price is refused before anything is written, naming the row", () => {
    const leader: PlanRow = {
      role: "Head of MLOps",
      level: "",
      location: "",
      start: "2026-04-01",
      headcount: 1,
      ir35: "outside",
    };
    expect(planProblems([...hires, leader], settings)).toEqual([
      expect.stringMatching(/^Row 5: The guide publishes no day rate for Head of MLOps\./),
    ]);
  });

  test("with no market ageing (0 in its input cell), figures a reader can work by hand", () => {
    hf.setCellContents({ sheet: 0, row: 3, col: 1 }, 0);
    const inputs = { ...planInputsOf(settings), agingRate: 0 };
    hires.slice(0, 4).forEach((row, i) => expect(spill(i)).toEqual(priced(row, inputs)));
    const [rate, aged, annual, april] = [18, 19, 22, 23];
    const employee = firstHire;
    // LLM Engineer, Senior, London: £110,000–£150,000, mid 130,000, not aged.
    expect(value(employee, rate)).toBe(130000);
    expect(value(employee, aged)).toBe(130000);
    // LOADEDCOST, 2026/27: 130,000 + 15% × (130,000 − 5,000) = 18,750 + 3% × (50,270 − 6,240) = 1,320.90
    expect(value(employee, annual)).toBe(150070.9);
    // All year from 1 April: April is a twelfth, 150,070.90 / 12 = 12,505.908… → 12,505.91
    expect(value(employee, april)).toBe(12505.91);
    // An outside-IR35 AI Engineer, Senior: £650–£800 a day, mid 725 × 220 days = 159,500.
    const outside = firstHire + 1;
    expect(value(outside, 17)).toBe("Contractor");
    expect(value(outside, rate)).toBe(725);
    expect(value(outside, annual)).toBe(159500);
    expect(value(outside, april)).toBe(13291.67); // 159,500 / 12 = 13,291.666…
    // Inside IR35 with the plan's default fee payer, an agency: the client pays the fees alone.
    expect(value(firstHire + 2, annual)).toBe(159500);
    // Half a Data Engineer, Senior, UK National (£70,000–£90,000, mid 80,000): one person on 40,000,
    // loaded 40,000 + 15% × 35,000 = 5,250 + 3% × (40,000 − 6,240) = 1,012.80 → 46,262.80.
    expect(value(firstHire + 3, annual)).toBe(46262.8);
  });
});
