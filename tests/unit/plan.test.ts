/**
 * The plan builder's Excel.run code against office-addin-mock: what it writes, where,
 * that every write goes in one batch after reading the workbook's names, and that a batch
 * failing half-way leaves no sheet behind.
 */
import { columnLetter } from "../../src/taskpane/sheet-columns";
import type { HyperFormula } from "hyperformula";
import { OfficeMockObject } from "office-addin-mock";
import type { BudgetYear } from "../../src/engine";
import {
  planProblems,
  createPlanSheet,
  planColumns,
  tableRow,
  uniqueName,
  writePlan,
  type PlanRow,
  type PlanSettings,
} from "../../src/taskpane/plan";
import { payGuide, planFields } from "../../src/engine";
import { pricedTable } from "../support/plans";
import { excelSerial, sheetWithAipay } from "../support/hyperformula";

type Op = { batch: number; op: string; detail?: unknown };
/** Ranges are named "R<row>C<column>:<rows>x<columns>" (zero-based, as getRangeByIndexes takes them). */
type Where = { where: string };

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
  /** A range that logs what is assigned to it. */
  const range = (where: string) =>
    new Proxy(
      {
        where,
        format: { autofitColumns: () => record("autofit", where) },
        dataValidation: new Proxy(
          {},
          { set: (_, property, value) => (record(`${where}.dataValidation.${String(property)}`, value), true) },
        ),
      },
      {
        set(_, property, value) {
          record(`${where}.${String(property)}`, value);
          return true;
        },
      },
    );
  const sheet = {
    getRangeByIndexes: (row: number, column: number, rows: number, columns: number) =>
      range(`R${row}C${column}:${rows}x${columns}`),
    tables: {
      add: (over: Where, hasHeaders: boolean) => {
        record("tables.add", { over: over.where, hasHeaders });
        return new Proxy(
          { getDataBodyRange: () => range("body"), getTotalRowRange: () => range("totals") },
          {
            set(_, property, value) {
              record(`table.${String(property)}`, value);
              return true;
            },
          },
        );
      },
    },
    charts: {
      add: (type: string, data: Where, seriesBy: string) => {
        record("charts.add", { type, data: data.where, seriesBy });
        return {
          title: {},
          series: { getItemAt: (index: number) => range(`series${index}`) },
          axes: { categoryAxis: { setCategoryNames: (names: Where) => record("categoryNames", names.where) } },
          setPosition: () => record("chart.setPosition"),
        };
      },
    },
    activate: () => record("activate"),
    set visibility(value: string) {
      record("sheet.visibility", value);
      if (!failing) visibility.set(addedName, value);
    },
  };
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
  (mock as unknown as { workbook: object }).workbook = {
    worksheets: collection(sheets, worksheets, sheetItem),
    tables: collection(tableNames),
    names: collection(definedNames),
  };
  const context = mock as unknown as Excel.RequestContext;
  const sync = mock.sync.bind(mock);
  (mock as unknown as { sync: () => Promise<void> }).sync = async () => {
    await sync();
    syncs++;
    if (failing) {
      const failed = failing;
      failing = undefined;
      throw new Error(`InvalidArgument: ${failed} failed`);
    }
  };
  return { context, log, syncs: () => syncs, sheets };
}

const rows: PlanRow[] = [
  { role: "LLM Engineer", level: "Senior", location: "London", start: "2026-07-01", headcount: 2 },
  { role: "Head of MLOps", level: "", location: "UK National", start: "2026-10-15", headcount: 1 },
];

const financialYear2026: BudgetYear = {
  label: "2026/27 (1 Apr 2026 – 31 Mar 2027)",
  start: "2026-04-01",
  end: "2027-03-31",
  taxYear: "2026/27",
};
const settings: PlanSettings = { contractDays: 220, budgetYear: financialYear2026 };

/** The formulas one plan row gets, in column order. */
const rowFormulas = [
  '=AIPAY.SALARYBAND([@Role],[@Level],[@Location],"mid")',
  "=AIPAY.LOADEDCOST([@[Salary mid]],$B$3)*[@Headcount]",
  "=AIPAY.PRORATE([@[Loaded cost]],[@Start],$B$1,$B$2)",
  '=IFNA(AIPAY.CONTRACTCOST(AIPAY.DAYRATE([@Role],[@Level]),[@[Contract days]])*[@Headcount],"no day rate")',
  '=AIPAY.BASIS("SALARYBAND",[@Role],[@Level],[@Location],"mid")',
];

test("uniqueName never reuses a taken name, whatever its case", () => {
  expect(uniqueName("AIPAY plan", ["Sheet1"])).toBe("AIPAY plan");
  expect(uniqueName("AIPAY plan", ["aipay PLAN", "AIPAY plan 2"])).toBe("AIPAY plan 3");
  expect(uniqueName("AIPAYPlan", ["AIPAYPlan"], "")).toBe("AIPAYPlan2");
});

describe("writePlan", () => {
  const book = workbook(["Sheet1", "AIPAY plan"], ["AIPAYPlan"]);
  let result: Awaited<ReturnType<typeof writePlan>>;
  beforeAll(async () => {
    result = await writePlan(book.context, rows, settings);
  });
  const written = (op: string) => book.log.find((entry) => entry.op === op)?.detail;

  test("adds a new sheet and table with names not already in the workbook", () => {
    expect(result).toEqual({ sheet: "AIPAY plan 2", table: "AIPAYPlan2" });
    expect(written("worksheets.add")).toBe("AIPAY plan 2");
    expect(written("table.name")).toBe("AIPAYPlan2");
    expect(written("tables.add")).toEqual({ over: "R8C0:3x11", hasHeaders: true });
  });

  test("the budget year, tax year and monthly assumptions go in labelled cells A1:B7 above the table, formatted before written", () => {
    expect(written("R0C0:7x2.formulas")).toEqual([
      ["Budget year start", "=DATE(2026,4,1)"],
      ["Budget year end", "=DATE(2027,3,31)"],
      ["Tax year of employer rates", "2026/27"],
      ["Pay target (low, mid, high or a percentile)", "mid"],
      ["Market ageing a year", payGuide.data.trends.salaryGrowth.annualRate],
      ["Pay review month (1–12; empty: none)", ""],
      ["Pay review rise", ""],
    ]);
    expect(written("R0C0:7x2.numberFormat")).toEqual([
      ["@", "yyyy-mm-dd"],
      ["@", "yyyy-mm-dd"],
      ["@", "@"],
      ["@", "@"],
      ["@", "0.0%"],
      ["@", "0"],
      ["@", "0.0%"],
    ]);
    const order = book.log.map((e) => e.op);
    expect(order.indexOf("R0C0:7x2.numberFormat")).toBeLessThan(order.indexOf("R0C0:7x2.formulas"));
  });

  test("two reads (the workbook's names, then each sheet's), then every write in one batch, ending with a single sync", () => {
    expect(book.syncs()).toBe(3);
    expect(book.log.length).toBeGreaterThan(10);
    expect(book.log.every((entry) => entry.batch === 2)).toBe(true);
  });

  test("the body's text formats are set before its values, so a name beginning with = stays text", () => {
    const order = book.log.map((e) => e.op);
    expect(order.indexOf("R5C0:3x10.numberFormat")).toBeLessThan(order.indexOf("body.formulas"));
  });

  test("writes headers into row 9 and one row per hire of inputs and live AIPAY formulas", () => {
    expect(written("R8C0:1x11.values")).toEqual([planColumns.map((c) => c.header)]);
    expect(written("body.formulas")).toEqual([
      ["LLM Engineer", "Senior", "London", "=DATE(2026,7,1)", 2, 220, ...rowFormulas],
      ["Head of MLOps", "", "UK National", "=DATE(2026,10,15)", 1, 220, ...rowFormulas],
    ]);
  });

  test("a table covering headers and both rows (3 × 11), with a totals row of SUBTOTALs", () => {
    expect(written("table.showTotals")).toBe(true);
    expect(written("totals.formulas")).toEqual([
      [
        "Total",
        "",
        "",
        "",
        "=SUBTOTAL(109,[Headcount])",
        "",
        "",
        "=SUBTOTAL(109,[Loaded cost])",
        "=SUBTOTAL(109,[Budget year cost])",
        "=SUBTOTAL(109,[Contractor cost])",
        "",
      ],
    ]);
    // Data and totals rows (2 + 1) get the column formats; money as whole pounds.
    const formats = written("R9C0:3x11.numberFormat") as string[][];
    expect(formats).toHaveLength(3);
    expect(formats[0].slice(6)).toEqual(["£#,##0", "£#,##0", "£#,##0", "£#,##0", "General"]);
  });

  test("a native clustered column chart of the three cost columns, headers as series names", () => {
    // Columns 7–9 (Loaded cost, Budget year cost, Contractor cost), header row and both hires.
    expect(written("charts.add")).toEqual({ type: "ColumnClustered", data: "R8C7:3x3", seriesBy: "Columns" });
    expect(written("categoryNames")).toBe("R9C0:2x1"); // the roles
    expect(book.log.map((e) => e.op)).toEqual(
      expect.arrayContaining(["categoryNames", "chart.setPosition", "activate"]),
    );
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

test("the table's name avoids the workbook's defined names too", async () => {
  const book = workbook(["Sheet1"], ["AIPAYPlan"], ["AIPAYPlan2"]);
  await expect(writePlan(book.context, rows, settings)).resolves.toMatchObject({ table: "AIPAYPlan3" });
});

test("the table's name avoids names scoped to a sheet", async () => {
  const book = workbook(["Sheet1", "Costs"], [], [], { sheetScopedNames: { Costs: ["aipayplan"] } });
  await expect(writePlan(book.context, rows, settings)).resolves.toMatchObject({ table: "AIPAYPlan2" });
});

test("a batch that fails half-way leaves no sheet behind, and a retry reuses the name", async () => {
  // The chart fails (an older host without the chart API): the inputs and table were already written.
  const book = workbook(["Sheet1"], [], [], { failAt: "charts.add" });
  await expect(writePlan(book.context, rows, settings)).rejects.toThrow("charts.add failed");
  const ops = book.log.map((e) => e.op);
  expect(ops.indexOf("body.formulas")).toBeLessThan(ops.indexOf("charts.add"));
  // Added hidden first, and shown only as the batch's last step.
  expect(ops.indexOf("sheet.visibility")).toBe(ops.indexOf("worksheets.add") + 1);
  expect(book.log.filter((e) => e.op === "sheet.visibility").map((e) => e.detail)).toEqual(["Hidden", "Visible"]);
  expect(book.log.at(-1)).toEqual({ batch: 4, op: "worksheets.delete", detail: "AIPAY plan" });
  expect(book.sheets).toEqual(["Sheet1"]);
  await expect(writePlan(book.context, rows, settings)).resolves.toMatchObject({ sheet: "AIPAY plan" });
});

test("a sheet of the same name the user added meanwhile is never deleted", async () => {
  // The plan's add of "AIPAY plan" fails because the user's visible sheet took the name.
  const book = workbook(["Sheet1"], [], [], { concurrentSheet: "AIPAY plan" });
  await expect(writePlan(book.context, rows, settings)).rejects.toThrow();
  expect(book.log.map((e) => e.op)).not.toContain("worksheets.delete");
  expect(book.sheets).toEqual(["Sheet1", "AIPAY plan"]);
});

test("an empty plan is refused before anything is read or written", async () => {
  const book = workbook([], []);
  await expect(writePlan(book.context, [], settings)).rejects.toThrow("at least one row");
  expect(book.syncs()).toBe(0);
  expect(book.log).toEqual([]);
});

test("a plan with a missing date, a bad headcount or bad contract days is refused, every problem named", async () => {
  const bad: PlanRow[] = [
    { ...rows[0], start: "" },
    { ...rows[1], start: "2026-02-30", headcount: 1.5 },
    { ...rows[0], headcount: 0 },
  ];
  const book = workbook([], []);
  await expect(writePlan(book.context, bad, { ...settings, contractDays: -3 })).rejects.toThrow(
    "Row 1: give a start date. Row 2: give a start date. Row 2: headcount must be a whole number of 1 or more. " +
      "Row 3: headcount must be a whole number of 1 or more. Contract days a year must be a whole number from 1 to 366.",
  );
  expect(book.syncs()).toBe(0);
  expect(book.log).toEqual([]);
  expect(planProblems(rows, settings)).toEqual([]);
});

test("the monthly budget's assumptions are checked before anything is written", async () => {
  const bad = { payTarget: " ", agingRate: 4, reviewMonth: 13, reviewRate: -0.1 };
  const book = workbook([], []);
  await expect(writePlan(book.context, rows, { ...settings, assumptions: bad })).rejects.toThrow(
    "Choose a pay target: low, mid, high or a percentile. Market ageing must be a rate between -99% and 99%, e.g. 4%. " +
      "The pay review month must be a month number from 1 to 12. The pay review rise must be a rate from 0% to 99%.",
  );
  expect(book.log).toEqual([]);
  const rateAlone = { payTarget: "mid", agingRate: 0.04, reviewMonth: null, reviewRate: 0.03 };
  expect(planProblems(rows, { ...settings, assumptions: rateAlone })).toEqual([
    "A pay review rise needs a review month.",
  ]);
  expect(planProblems(rows, { ...settings, assumptions: { ...rateAlone, reviewMonth: 4 } })).toEqual([]);
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

/**
 * The plan exactly as written (input cells, headers, row formulas, totals, the monthly
 * budget beside them), calculated with HyperFormula standing in for Excel: structured
 * references ([@Start], [Loaded cost]) become the cells they point at, an empty written
 * cell is empty, and the AIPAY calls go through the engine.
 */
async function calculatedPlan(planRows: readonly PlanRow[], planSettings: PlanSettings): Promise<HyperFormula> {
  const book = workbook([], []);
  await writePlan(book.context, planRows, planSettings);
  const written = (op: string) => book.log.find((entry) => entry.op === op)!.detail as unknown[][];
  const letter = (header: string) => {
    const index = planColumns.findIndex((c) => c.header === header);
    expect(index).toBeGreaterThanOrEqual(0);
    return columnLetter(index);
  };
  const [firstRow, lastRow] = [tableRow + 2, tableRow + 1 + planRows.length]; // sheet rows of the hires
  const resolve = (formula: unknown, row: number) =>
    typeof formula === "string"
      ? formula
          .replace(/\[@\[([^\]]+)\]\]|\[@([^\]]+)\]/g, (_, quoted, plain) => `${letter(quoted ?? plain)}${row}`)
          .replace(/\[([^\]]+)\]/g, (_, header) => `${letter(header)}${firstRow}:${letter(header)}${lastRow}`)
      : formula;
  const grid: unknown[][] = [];
  const place = (row: number, column: number, cells: unknown[][]) =>
    cells.forEach((line, r) =>
      line.forEach((cell, c) => ((grid[row + r] ??= [])[column + c] = cell === "" ? null : cell)),
    );
  for (const { op, detail } of book.log) {
    const range = /^R(\d+)C(\d+):\d+x\d+\.(formulas|values)$/.exec(op);
    if (range) place(Number(range[1]), Number(range[2]), detail as unknown[][]);
  }
  place(
    tableRow + 1,
    0,
    written("body.formulas").map((cells, i) => cells.map((cell) => resolve(cell, firstRow + i))),
  );
  place(
    tableRow + 1 + planRows.length,
    0,
    written("totals.formulas").map((cells) => cells.map((c) => resolve(c, 0))),
  );
  return sheetWithAipay(
    "AIPAY plan",
    Array.from(grid, (line) => Array.from(line ?? [], (cell) => cell ?? null)),
  );
}

describe("the written plan, calculated", () => {
  let hf: HyperFormula;
  const at = (address: string) => hf.getCellValue(hf.simpleCellAddressFromString(address, 0)!);

  beforeAll(async () => {
    hf = await calculatedPlan(rows, settings);
  });
  afterAll(() => hf.destroy());

  test("2 Senior LLM Engineers in London from 1 July 2026, budget year 1 April 2026–31 March 2027", () => {
    // band £110,000–£150,000: midpoint 130,000
    expect(at("G10")).toBe(130000);
    // each: 130,000 + 15% × (130,000 − 5,000) = 18,750 + 3% × (50,270 − 6,240) = 1,320.90 → 150,070.90; × 2
    expect(at("H10")).toBeCloseTo(300141.8, 6);
    // 1 July 2026–31 March 2027 is 274 of the year's 365 days: 300,141.80 × 274/365 = 225,311.93
    expect(at("I10")).toBeCloseTo(225311.93, 6);
    // day rate (700 + 900)/2 = 800 outside IR35 × 220 days = 176,000; × 2
    expect(at("J10")).toBe(352000);
  });

  test("a leadership role has no day rate: the cell says so and the totals still add up", () => {
    expect(at("J11")).toBe("no day rate");
    expect(typeof at("I11")).toBe("number");
    expect(at("E12")).toBe(3); // headcount 2 + 1
    expect(at("H12")).toBeCloseTo((at("H10") as number) + (at("H11") as number), 6);
    expect(at("I12")).toBeCloseTo((at("I10") as number) + (at("I11") as number), 6);
    expect(at("J12")).toBe(352000);
  });

  test("the basis column says where each row's salary comes from", () => {
    expect(at("K10")).toBe(
      "Derived: mid is the arithmetic midpoint of the 25th–75th percentile range. From 4. LLM Engineer Salaries, Permanent Salary Ranges (Annual, £) (LLM Engineer, Senior (4+ years), London)",
    );
    expect(at("K11")).toMatch(
      /^Derived: mid is .* From 6\. Leadership & Principal Roles, .*\(Head of MLOps, UK National\)$/,
    );
  });
});

describe("the dropdowns on Role, Level and Location (ExcelApi 1.8)", () => {
  const validated = (book: ReturnType<typeof workbook>) =>
    book.log.filter((entry) => entry.op.endsWith(".dataValidation.rule")).map((entry) => entry.op);
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("where supported, they go in the same batch: lists beyond the monthly budget, validation on the rows' inputs", async () => {
    Object.assign(globalThis, {
      Office: {
        context: {
          requirements: { isSetSupported: (set: string, version: string) => set === "ExcelApi" && version === "1.8" },
        },
      },
    });
    const book = workbook(["Sheet1"], []);
    await writePlan(book.context, rows, settings);
    // Role, Level and Location are columns 0–2; the two hires are rows 9–10 (zero-based).
    expect(validated(book)).toEqual([
      "R9C0:2x1.dataValidation.rule",
      "R9C1:2x1.dataValidation.rule",
      "R9C2:2x1.dataValidation.rule",
    ]);
    // The lists' block starts one blank column after the monthly budget (M–AT): column AV
    // (index 47) on the header row, roles in AV, locations in AW, levels from AX, row 10 on.
    expect(book.log.find((e) => e.op === "R9C1:2x1.dataValidation.rule")?.detail).toEqual({
      list: { inCellDropDown: true, source: expect.stringMatching(/^=OFFSET\(\$AX\$10,0,IFERROR\(MATCH\(\$A10,/) },
    });
    expect(book.log.some((e) => e.op.startsWith("R8C47:") && e.op.endsWith(".values"))).toBe(true);
    // In the batch that writes the plan, so a failure leaves neither behind.
    const batchOf = (op: string) => book.log.find((entry) => entry.op === op)?.batch;
    expect(
      book.log.filter((e) => e.op.includes("dataValidation")).every((e) => e.batch === batchOf("tables.add")),
    ).toBe(true);
  });

  test("an older Excel, or none, gets the plan without them", async () => {
    Object.assign(globalThis, { Office: { context: { requirements: { isSetSupported: () => false } } } });
    const older = workbook(["Sheet1"], []);
    await writePlan(older.context, rows, settings);
    expect(validated(older)).toEqual([]);
    delete (globalThis as { Office?: unknown }).Office;
    const none = workbook(["Sheet1"], []);
    await writePlan(none.context, rows, settings);
    expect(validated(none)).toEqual([]);
  });
});

describe("the monthly budget beside the table, calculated, is what aipay plan prints for the same rows", () => {
  // FY2027/28 (366 days, with 29 February 2028), pay at the high end aged 4% a year to each
  // start, a 3% review every April, 2026/27 employer rates.
  const year: BudgetYear = {
    label: "2027/28 (1 Apr 2027 – 31 Mar 2028), 2026/27 employer rates",
    start: "2027-04-01",
    end: "2028-03-31",
    taxYear: "2026/27",
  };
  const assumptions = { payTarget: "high", agingRate: 0.04, reviewMonth: 4, reviewRate: 0.03 };
  const hires: PlanRow[] = [
    { role: "LLM Engineer", level: "Senior", location: "London", start: "2027-07-15", headcount: 2 },
    {
      role: "MLOps Engineer",
      level: "Mid-Level",
      location: "UK National",
      start: "2027-04-01",
      headcount: 1,
      end: "2027-12-31",
    },
    // started before the year: reviewed on 1 April 2027
    { role: "Head of MLOps", level: "", location: "UK National", start: "2026-10-01", headcount: 1 },
  ];
  const cliOptions = {
    yearStart: "2027-04-01",
    taxYear: "2026/27",
    agingRate: "0.04",
    reviewMonth: "4",
    reviewRate: "0.03",
  };
  const csv = (ir35: string, list: readonly PlanRow[]) =>
    "role,level,location,start,end,headcount,ir35\n" +
    list.map((h) => [h.role, h.level, h.location, h.start, h.end ?? "", h.headcount, ir35].join(",")).join("\n");
  const cli = (target: string, ir35 = "", list = hires) =>
    pricedTable(csv(ir35, list), { ...cliOptions, payTarget: target }).rows;
  // The CLI's columns: every plan field, kind and the chain's three figures, then the months and the year.
  const monthsAt = planFields.length + 4;
  const yearAt = monthsAt + 12;

  let hf: HyperFormula;
  const at = (address: string) => hf.getCellValue(hf.simpleCellAddressFromString(address, 0)!);
  /** Twelve cells of a sheet row from a column letter on. */
  const months = (column: string, row: number) => {
    const first = hf.simpleCellAddressFromString(`${column}${row}`, 0)!;
    return Array.from({ length: 12 }, (_, k) => hf.getCellValue({ ...first, col: first.col + k }));
  };
  // The sheet rows: header in row 9, hires in rows 10–12, then Total, Headcount and Cumulative.
  const [header, firstHire, totalRow] = [tableRow + 1, tableRow + 2, tableRow + 2 + hires.length];

  beforeAll(async () => {
    hf = await calculatedPlan(hires, { contractDays: 220, budgetYear: year, assumptions });
  });
  afterAll(() => hf.destroy());

  test("twelve month columns headed by real first-of-month dates that follow the year's start", () => {
    // P is the first month: the table's A–J, a blank K, then Leaving date, Salary, Aged and Loaded cost in L–O
    expect(at(`M${header}`)).toBe("Leaving date");
    expect(months("Q", header)).toEqual(
      Array.from({ length: 12 }, (_, k) => excelSerial(new Date(Date.UTC(2027, 3 + k, 1)))),
    );
  });

  test("each hire's twelve months, the totals, cumulative and headcount rows equal the CLI's, to the penny", () => {
    const printed = cli("high");
    hires.forEach((_, i) => expect(months("Q", firstHire + i)).toEqual(printed[1 + i].slice(monthsAt, yearAt)));
    const [total, cumulative, heads] = [printed[6], printed[7], printed[8]];
    expect(total[0]).toBe("Total");
    months("Q", totalRow).forEach((month, k) => expect(month).toBeCloseTo(total[monthsAt + k] as number, 2));
    months("Q", totalRow + 2).forEach((month, k) => expect(month).toBeCloseTo(cumulative[monthsAt + k] as number, 2));
    expect(months("Q", totalRow + 1)).toEqual(heads.slice(monthsAt, yearAt));
    // LLM Engineers from 15 July (2), MLOps April–December (1), Head of MLOps all year (1)
    expect(months("Q", totalRow + 1)).toEqual([2, 2, 2, 4, 4, 4, 4, 4, 4, 3, 3, 3]);
  });

  test("a hand-computed row: the Head of MLOps, reviewed in April, costs a whole year at the raised rate", () => {
    // high 160,000 aged to 1 October 2026: 273/365 of a year at 4%: × 1.04^0.747945 = 164,763.11;
    // loaded: 164,763.11 + 15% × 159,763.11 + 1,320.90 = 190,048.48; reviewed 3% on 1 April 2027
    // (after the start): 195,749.93 a year over FY2027/28, April: × 30/366 = 16,045.08
    expect(at(`N${firstHire + 2}`)).toBe(160000);
    expect(at(`P${firstHire + 2}`)).toBeCloseTo(190048.48, 2);
    expect(at(`Q${firstHire + 2}`)).toBeCloseTo(16045.08, 2);
    expect(cli("high")[3][yearAt]).toBeCloseTo(195749.93, 2);
  });

  test("the scenario block: the year at low, mid and high, and as contractors, as live formulas", () => {
    // AP–AS: the table's 10 columns, a blank, 4 + 12 columns, a blank, 12 headcounts, a blank
    expect(at(`AQ${header}`)).toBe("Year at low");
    const year = (target: string, ir35 = "") => cli(target, ir35)[6][yearAt] as number;
    expect(at(`AQ${totalRow}`)).toBeCloseTo(year("low"), 2);
    expect(at(`AR${totalRow}`)).toBeCloseTo(year("mid"), 2);
    expect(at(`AS${totalRow}`)).toBeCloseTo(year("high"), 2);
    // no day rate for the Head of MLOps: the row says so, and the contractor total is of the other two
    expect(at(`AT${firstHire + 2}`)).toBe("no day rate");
    const contractors = cli("mid", "outside", hires.slice(0, 2));
    expect(at(`AT${firstHire}`)).toBeCloseTo(contractors[1][yearAt] as number, 2);
    expect(at(`AT${totalRow}`)).toBeCloseTo((contractors[1][yearAt] as number) + (contractors[2][yearAt] as number), 2);
  });

  test("changing the pay target cell moves the grid to the CLI's figures at that target", () => {
    hf.setCellContents(hf.simpleCellAddressFromString("B4", 0)!, "low");
    const printed = cli("low");
    hires.forEach((_, i) => expect(months("Q", firstHire + i)).toEqual(printed[1 + i].slice(monthsAt, yearAt)));
  });
});

test("the monthly chart: cost by month as columns, headcount as a line on a secondary axis", async () => {
  const book = workbook([], []);
  await writePlan(book.context, rows, settings);
  const charts = book.log.filter((entry) => entry.op === "charts.add").map((entry) => entry.detail);
  // The Total and Headcount rows under the hires, from their label column O (14) across the 12 months
  const totals = tableRow + 1 + rows.length;
  expect(charts[1]).toEqual({ type: "ColumnClustered", data: `R${totals}C15:2x13`, seriesBy: "Rows" });
  const written = (op: string) => book.log.filter((entry) => entry.op === op).map((entry) => entry.detail);
  expect(written("series1.chartType")).toEqual(["Line"]);
  expect(written("series1.axisGroup")).toEqual(["Secondary"]);
  expect(written("categoryNames")[1]).toBe(`R${tableRow}C16:1x12`); // the month headers
});
