/**
 * The plan builder's Excel.run code against office-addin-mock: what it writes, where,
 * that every write goes in one batch after reading the workbook's names, and that a batch
 * failing half-way leaves no sheet behind.
 */
import type { HyperFormula } from "hyperformula";
import { OfficeMockObject } from "office-addin-mock";
import type { BudgetYear } from "../src/taskpane/budget-year";
import {
  planProblems,
  createPlanSheet,
  planColumns,
  uniqueName,
  writePlan,
  type PlanRow,
  type PlanSettings,
} from "../src/taskpane/plan";
import { sheetWithAipay } from "./support/hyperformula";

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
      { where, format: { autofitColumns: () => record("autofit", where) } },
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
    expect(written("tables.add")).toEqual({ over: "R4C0:3x10", hasHeaders: true });
  });

  test("the budget year and tax year go in labelled cells A1:B3 above the table, formatted before written", () => {
    expect(written("R0C0:3x2.formulas")).toEqual([
      ["Budget year start", "=DATE(2026,4,1)"],
      ["Budget year end", "=DATE(2027,3,31)"],
      ["Tax year of employer rates", "2026/27"],
    ]);
    expect(written("R0C0:3x2.numberFormat")).toEqual([
      ["@", "yyyy-mm-dd"],
      ["@", "yyyy-mm-dd"],
      ["@", "@"],
    ]);
    const order = book.log.map((e) => e.op);
    expect(order.indexOf("R0C0:3x2.numberFormat")).toBeLessThan(order.indexOf("R0C0:3x2.formulas"));
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

  test("writes headers into row 5 and one row per hire of inputs and live AIPAY formulas", () => {
    expect(written("R4C0:1x10.values")).toEqual([planColumns.map((c) => c.header)]);
    expect(written("body.formulas")).toEqual([
      ["LLM Engineer", "Senior", "London", "=DATE(2026,7,1)", 2, 220, ...rowFormulas],
      ["Head of MLOps", "", "UK National", "=DATE(2026,10,15)", 1, 220, ...rowFormulas],
    ]);
  });

  test("a table covering headers and both rows (3 × 10), with a totals row of SUBTOTALs", () => {
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
      ],
    ]);
    // Data and totals rows (2 + 1) get the column formats; money as whole pounds.
    const formats = written("R5C0:3x10.numberFormat") as string[][];
    expect(formats).toHaveLength(3);
    expect(formats[0].slice(6)).toEqual(["£#,##0", "£#,##0", "£#,##0", "£#,##0"]);
  });

  test("a native clustered column chart of the three cost columns, headers as series names", () => {
    // Columns 7–9 (Loaded cost, Budget year cost, Contractor cost), header row and both hires.
    expect(written("charts.add")).toEqual({ type: "ColumnClustered", data: "R4C7:3x3", seriesBy: "Columns" });
    expect(written("categoryNames")).toBe("R5C0:2x1"); // the roles
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

/**
 * The plan exactly as written (input cells, headers, row formulas, totals), calculated with
 * HyperFormula standing in for Excel: structured references ([@Start], [Loaded cost]) become
 * the cells they point at, and the AIPAY calls go through the engine.
 */
describe("the written plan, calculated", () => {
  let hf: HyperFormula;
  const at = (address: string) => hf.getCellValue(hf.simpleCellAddressFromString(address, 0)!);

  beforeAll(async () => {
    const book = workbook([], []);
    await writePlan(book.context, rows, settings);
    const written = (op: string) => book.log.find((entry) => entry.op === op)!.detail as unknown[][];
    const letter = (header: string) => {
      const index = planColumns.findIndex((c) => c.header === header);
      expect(index).toBeGreaterThanOrEqual(0);
      return String.fromCharCode(65 + index);
    };
    const [firstRow, lastRow] = [6, 5 + rows.length]; // sheet rows of the hires, under the header in row 5
    const resolve = (formula: unknown, row: number) =>
      typeof formula === "string"
        ? formula
            .replace(/\[@\[([^\]]+)\]\]|\[@([^\]]+)\]/g, (_, quoted, plain) => `${letter(quoted ?? plain)}${row}`)
            .replace(/\[([^\]]+)\]/g, (_, header) => `${letter(header)}${firstRow}:${letter(header)}${lastRow}`)
        : formula;
    const grid: unknown[][] = [
      ...written("R0C0:3x2.formulas"),
      [],
      ...written("R4C0:1x10.values"),
      ...written("body.formulas").map((cells, i) => cells.map((cell) => resolve(cell, firstRow + i))),
      ...written("totals.formulas").map((cells) => cells.map((cell) => resolve(cell, 0))),
    ];
    hf = sheetWithAipay("AIPAY plan", grid);
  });
  afterAll(() => hf.destroy());

  test("2 Senior LLM Engineers in London from 1 July 2026, budget year 1 April 2026–31 March 2027", () => {
    // band £110,000–£150,000: midpoint 130,000
    expect(at("G6")).toBe(130000);
    // each: 130,000 + 15% × (130,000 − 5,000) = 18,750 + 3% × (50,270 − 6,240) = 1,320.90 → 150,070.90; × 2
    expect(at("H6")).toBeCloseTo(300141.8, 6);
    // 1 July 2026–31 March 2027 is 274 of the year's 365 days: 300,141.80 × 274/365 = 225,311.93
    expect(at("I6")).toBeCloseTo(225311.93, 6);
    // day rate (700 + 900)/2 = 800 outside IR35 × 220 days = 176,000; × 2
    expect(at("J6")).toBe(352000);
  });

  test("a leadership role has no day rate: the cell says so and the totals still add up", () => {
    expect(at("J7")).toBe("no day rate");
    expect(typeof at("I7")).toBe("number");
    expect(at("E8")).toBe(3); // headcount 2 + 1
    expect(at("H8")).toBeCloseTo((at("H6") as number) + (at("H7") as number), 6);
    expect(at("I8")).toBeCloseTo((at("I6") as number) + (at("I7") as number), 6);
    expect(at("J8")).toBe(352000);
  });
});
