/**
 * Share as values against a hand-made Excel over office-addin-mock: a plan sheet, calculated
 * by HyperFormula as Excel would, copied into a sheet with no formula whose values are the
 * original's, the original untouched, a complete Sources sheet beside it (the same items
 * `aipay plan` prints as its assumptions), and nothing left behind when a batch fails.
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  evaluate,
  payGuide,
  bundled,
  planInputs,
  planSheetFor,
  resolvePlanInputs,
  type PlanRowValues,
  planAssumptions,
} from "../support/engine";
import { shareAsValues, valueRuns, valuesSheetName } from "../../src/taskpane/share";
import { csvLayout } from "../../src/cli/plan-csv";
import { PlanTotals } from "../../src/cli/plan-totals";
import { sheetWithAipay } from "../support/hyperformula";
import { commandLog, sheetWrites } from "../support/office-mock";

type Grid = unknown[][];
interface Sheet {
  name: string;
  visibility: string;
  cells: Grid;
  formats?: Grid;
}

const clone = (grid: Grid): Grid => grid.map((row) => [...row]);

/**
 * A workbook holding `original` (its formulas as cells, and the values Excel calculated for
 * them) beside sheets named `others`. Each command is logged as "<sheet>:<what>"; `failAt`
 * names one that fails: as in Excel, the commands before it stay done, the rest of its batch
 * is not run, and the sync rejects. The used range is an office-addin-mock object, so its
 * properties cannot be read before they are loaded and synced.
 */
function workbook(
  original: { name: string; values: Grid; formulas: Grid; at?: { rowIndex: number; columnIndex: number } },
  others: string[],
  { failAt }: { failAt?: string } = {},
) {
  const { log, run, attach, syncs } = commandLog(failAt);
  const sheets: Sheet[] = [
    ...others.map((name) => ({ name, visibility: "Visible", cells: [[""]] })),
    // The used range where it starts on the sheet: rows above it empty.
    {
      name: original.name,
      visibility: "Visible",
      cells: [...Array.from({ length: original.at?.rowIndex ?? 0 }, () => []), ...clone(original.formulas)],
    },
  ];

  const mock = new OfficeMockObject({
    usedRange: {
      ...(original.at ?? { rowIndex: 0, columnIndex: 0 }),
      values: original.values,
      formulas: original.formulas,
    },
  });
  const api = (sheet: Sheet): object =>
    sheetWrites(sheet, run, {
      getUsedRange: () => (run(`${sheet.name}:getUsedRange`), mock.usedRange),
      copy: (where: string) => {
        const copied = { name: `${sheet.name} (2)`, visibility: "Visible", cells: clone(sheet.cells) };
        run(`${sheet.name}:copy ${where}`, () => sheets.push(copied));
        return api(copied);
      },
      set name(name: string) {
        run(`${sheet.name}:name`, () => (sheet.name = name));
      },
      delete: () => run(`${sheet.name}:delete`, () => sheets.splice(sheets.indexOf(sheet), 1)),
    });
  let loadedAt: number | undefined;
  Object.assign(mock, {
    workbook: {
      worksheets: {
        // office-addin-mock cannot load "items/…": the collection is hand-made, readable once loaded and synced.
        load: (what: string) => {
          expect(["items/name", "items/name,items/visibility"]).toContain(what);
          loadedAt = syncs();
        },
        get items() {
          if (loadedAt === undefined || syncs() <= loadedAt) throw new Error("items read before load and sync");
          return sheets.map((sheet) => ({ ...api(sheet), name: sheet.name, visibility: sheet.visibility }));
        },
        getItem: (name: string) => api(sheets.find((sheet) => sheet.name === name)!),
        add: (name: string) => {
          const added = { name, visibility: "Visible", cells: [] };
          run(`${name}:add`, () => sheets.push(added));
          return api(added);
        },
      },
    },
  });
  attach(mock);
  const sheet = (name: string) => sheets.find((s) => s.name === name);
  return { context: mock as unknown as Excel.RequestContext, log, sheets, sheet, syncs };
}

/** Three hires: an employee, a leadership role (no level) and a contractor outside IR35. */
const rows: PlanRowValues[] = [
  { role: "LLM Engineer", level: "Senior", location: "London", start: "2026-07-01", headcount: 2 },
  { role: "Head of MLOps", level: "", location: "UK National", start: "2026-10-15", headcount: 1 },
  { role: "AI Engineer", level: "Senior", location: "", start: "2026-04-01", headcount: 1, ir35: "outside" },
];
const inputs = resolvePlanInputs(bundled, { yearStart: "2026-04-01", taxYear: "2026/27", contractDays: 220 });
const layout = planSheetFor(bundled, rows, inputs, "AIPAY");
/** The plan's cells as Excel's Range.formulas gives them: formulas, constants, "" for empty. */
const formulas: Grid = layout.cells.map((row) => row.map((cell) => cell ?? ""));
/** Its values as Excel calculates them (HyperFormula standing in), "" for empty. */
const values: Grid = (() => {
  const hf = sheetWithAipay("AIPAY plan", layout.cells, layout.names);
  const calculated = hf.getSheetValues(0);
  hf.destroy();
  return layout.cells.map((row, r) => row.map((_, c) => calculated[r]?.[c] ?? ""));
})();
const plan = { name: "AIPAY plan", values, formulas };

/** The rows of a Sources sheet whose first cell is `label`. */
const rowOf = (cells: Grid, label: string) => cells.find((row) => row[0] === label);

describe("a plan sheet shared as values", () => {
  const book = workbook(plan, ["Sheet1", "Sources"]);
  let result: Awaited<ReturnType<typeof shareAsValues>>;
  beforeAll(async () => {
    result = await shareAsValues(book.context, "AIPAY plan");
  });

  test("a copy and a Sources sheet under new names, added in one batch after one read", () => {
    expect(result.copy).toBe("AIPAY plan (values)");
    expect(result.sources).toBe("Sources 2"); // "Sources" was taken
    expect(book.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Sheet1", "Visible"],
      ["Sources", "Visible"],
      ["AIPAY plan", "Visible"],
      ["AIPAY plan (values)", "Visible"],
      ["Sources 2", "Visible"],
    ]);
    expect(book.syncs()).toBe(2);
    expect(book.log.slice(0, 3)).toEqual([
      "AIPAY plan:getUsedRange",
      "AIPAY plan:copy End",
      "AIPAY plan (2):visibility Hidden",
    ]);
    expect(book.log.at(-1)).toBe("AIPAY plan (values):activate");
  });

  test("the copy holds no formula, and no cell of it names AIPAY", () => {
    const cells = book.sheet("AIPAY plan (values)")!.cells.flat();
    expect(formulas.flat().filter((cell) => String(cell).includes("AIPAY.PLANROW")).length).toBeGreaterThan(0);
    expect(cells.filter((cell) => typeof cell === "string" && cell.startsWith("="))).toEqual([]);
    expect(cells.filter((cell) => String(cell).includes("AIPAY."))).toEqual([]);
  });

  test("the copy's values are the original's, cell for cell", () => {
    expect(book.sheet("AIPAY plan (values)")!.cells).toEqual(values);
    // Hand-read: the LLM Engineer's market rate, Senior in London at mid: (110,000 + 150,000) ÷ 2.
    const hire = layout.table.headerRow + 1;
    expect(book.sheet("AIPAY plan (values)")!.cells[hire][layout.figuresColumn + 1]).toBe(130000);
    // Every formula cell (and only those) was written, in one run a row where they sit together.
    const formulaCells = formulas.flat().filter((cell) => String(cell).startsWith("=")).length;
    expect(result.replaced).toBe(formulaCells);
  });

  test("the original is left as it was: only its used range read", () => {
    expect(book.sheet("AIPAY plan")!.cells).toEqual(formulas);
    expect(book.log.filter((op) => op.startsWith("AIPAY plan:"))).toEqual([
      "AIPAY plan:getUsedRange",
      "AIPAY plan:copy End",
    ]);
  });

  test("the Sources sheet states the edition, the tax year and every input as priced", () => {
    const sources = book.sheet("Sources 2")!;
    const { source } = payGuide.data.guide;
    expect(rowOf(sources.cells, "Sources")).toBeDefined();
    expect(rowOf(sources.cells, "Pay guide edition")![1]).toBe("2026");
    expect(rowOf(sources.cells, "Pay guide")![1]).toBe(source.citation);
    expect(rowOf(sources.cells, "Pay guide effective date")![1]).toBe("2026-01-01");
    expect(rowOf(sources.cells, "Tax year of employer rates")![1]).toBe("2026/27");
    expect(planInputs.map((input) => rowOf(sources.cells, input.label)?.[1])).toEqual(
      planInputs.map((input) => inputs[input.name] ?? "none"),
    );
    // The inputs read back from the sheet's cells are the ones the plan was written with.
    expect(rowOf(sources.cells, "Budget year start")![1]).toBe("2026-04-01");
    expect(rowOf(sources.cells, "Contractor days a year")![1]).toBe(220);
    // Text stays text: the tax year would read as a date in a General cell.
    const taxYearRow = sources.cells.findIndex((row) => row[0] === "Tax year of employer rates");
    expect(sources.formats![taxYearRow][1]).toBe("@");
  });

  test("a provenance row per plan row: its market figure's BASIS and the guide section", () => {
    const cells = book.sheet("Sources 2")!.cells;
    const header = cells.findIndex((row) => row[0] === "Plan row");
    expect(cells[header]).toEqual(["Plan row", "Role", "Level", "Location", "Figure", "Basis", "Guide section"]);
    const provenance = cells.slice(header + 1);
    expect(provenance).toHaveLength(3);
    // The hires sit on sheet rows 17–19, under the header on row 16.
    expect(provenance.map((row) => row.slice(0, 5))).toEqual([
      [17, "LLM Engineer", "Senior", "London", "Salary at target (SALARYBAND)"],
      [18, "Head of MLOps", "", "UK National", "Salary at target (SALARYBAND)"],
      [19, "AI Engineer", "Senior", "", "Day rate at target (DAYRATE)"],
    ]);
    expect(provenance.map((row) => row[5])).toEqual([
      evaluate("BASIS", ["SALARYBAND", "LLM Engineer", "Senior", "London", "mid"])[0][0],
      evaluate("BASIS", ["SALARYBAND", "Head of MLOps", "", "UK National", "mid"])[0][0],
      evaluate("BASIS", ["DAYRATE", "AI Engineer", "Senior", "outside", "mid"])[0][0],
    ]);
    // The mid of a printed band is derived: the midpoint of its 25th–75th percentiles.
    expect(provenance[0][5]).toMatch(/^Derived: mid is the arithmetic midpoint/);
    // Each section as the guide numbers it, e.g. "2. … Salaries, Permanent Salary Ranges (Annual, £)".
    for (const row of provenance) expect(row[6]).toMatch(/^\d+\. \S/);
    expect(provenance[2][6]).toMatch(/Day Rates/i);
  });

  test("`aipay plan` prints the same items, label for label and value for value", () => {
    const printed = csvLayout.tail(new PlanTotals().byMonth(), inputs);
    const block = printed.slice(printed.findIndex((row) => row[0] === "Assumptions") + 1).map((row) => row.slice(0, 2));
    const cells = book.sheet("Sources 2")!.cells;
    const stated = planAssumptions(bundled, inputs).map(({ label }) => rowOf(cells, label)!.slice(0, 2));
    expect(block).toEqual(stated);
    expect(block.map(([label]) => label)).toEqual(
      expect.arrayContaining(["Pay guide", "Pay guide edition", "Tax year of employer rates", "Budget year start"]),
    );
    expect(block).toHaveLength(planInputs.length + 4);
  });
});

describe("a failure midway leaves no new sheet", () => {
  test.each([
    ["the Sources sheet's cells", "Sources:values"],
    ["the copy's name", "AIPAY plan (2):name"],
    ["the copy's values", "AIPAY plan (values):values"],
  ])("when writing %s fails", async (_what, failAt) => {
    const book = workbook(plan, ["Sheet1"], { failAt });
    await expect(shareAsValues(book.context, "AIPAY plan")).rejects.toThrow(`${failAt} failed`);
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", "AIPAY plan"]);
    expect(book.sheet("AIPAY plan")!.cells).toEqual(formulas);
  });

  test("a sheet still calculating is refused before anything is added", async () => {
    const busy = clone(values);
    busy[layout.table.headerRow + 1][layout.figuresColumn + 1] = "#BUSY!";
    const book = workbook({ ...plan, values: busy }, ["Sheet1"]);
    await expect(shareAsValues(book.context, "AIPAY plan")).rejects.toThrow(/still calculating/);
    expect(book.sheets).toHaveLength(2);
    expect(book.syncs()).toBe(1);
  });

  test("a plan whose inputs cannot be read is refused, the problem named, before anything is added", async () => {
    const stale = clone(values);
    stale[1][1] = "2019/20"; // the tax year of employer rates
    const book = workbook({ ...plan, values: stale }, ["Sheet1"]);
    await expect(shareAsValues(book.context, "AIPAY plan")).rejects.toThrow(
      /^The plan's inputs have a problem: .*2019\/20/,
    );
    expect(book.sheets).toHaveLength(2);
  });
});

describe("a sheet that is not a plan", () => {
  // B2 spills the band's low and high into B2:C2: C2's formula is empty, its value is not.
  const band = evaluate("SALARYBAND", ["LLM Engineer", "Senior", "London", "range"])[0];
  const mid = evaluate("SALARYBAND", ["LLM Engineer", "Senior", "London"])[0][0];
  const sheet = {
    name: "Budget",
    at: { rowIndex: 1, columnIndex: 0 },
    formulas: [
      ["Band", '=AIPAY.SALARYBAND("LLM Engineer","Senior","London","range")', ""],
      ["Mid", '=AIPAY.SALARYBAND("LLM Engineer","Senior","London")', "=B3*2"],
      ["Note", "=before", "00123"],
    ],
    values: [
      ["Band", band[0], band[1]],
      ["Mid", mid, Number(mid) * 2],
      ["Note", "=before", "00123"],
    ],
  };

  test("every formula and spilled cell gets its value; constants, even formula-like text, stay as they are", async () => {
    const book = workbook(sheet, []);
    const result = await shareAsValues(book.context, "Budget");
    // 110,000 and 150,000, the printed band; 130,000 and 260,000.
    expect(book.sheet("Budget (values)")!.cells).toEqual([
      [],
      ["Band", 110000, 150000],
      ["Mid", 130000, 260000],
      ["Note", "'=before", "00123"],
    ]);
    // Constant text that starts with "=" is rewritten with its apostrophe, so it stays text.
    expect(result.replaced).toBe(5);
  });

  test("its Sources sheet lists the edition, the default tax year and each AIPAY formula by cell", async () => {
    const book = workbook(sheet, []);
    await shareAsValues(book.context, "Budget");
    const cells = book.sheet("Sources")!.cells;
    expect(rowOf(cells, "Pay guide edition")![1]).toBe("2026");
    expect(rowOf(cells, "Tax year of employer rates (formulas that give none)")![1]).toMatch(/^\d{4}\/\d{2}$/);
    const header = cells.findIndex((row) => row[0] === "Cell");
    // The used range starts on row 2, so its first row is Excel's row 2; B3*2 calls no AIPAY function.
    expect(cells.slice(header + 1).map((row) => row.slice(0, 2))).toEqual([
      ["B2", 'AIPAY.SALARYBAND("LLM Engineer","Senior","London","range")'],
      ["B3", 'AIPAY.SALARYBAND("LLM Engineer","Senior","London")'],
    ]);
  });
});

test("valueRuns writes a row's neighbouring formula cells as one run", () => {
  expect(
    valueRuns(
      [
        [1, 2, 3, "x"],
        ["a", 5, "b", 6],
      ],
      [
        ["=A", "=B", "=C", "x"],
        ["a", "=D", "b", "=E"],
      ],
    ),
  ).toEqual([
    { row: 0, column: 0, values: [1, 2, 3] },
    { row: 1, column: 1, values: [5] },
    { row: 1, column: 3, values: [6] },
  ]);
});

test("a copy's name fits Excel's 31 characters, with room for a number", () => {
  const long = "Headcount budget FY2026 draft 7"; // 31 characters, Excel's most
  // 31 less " (values)" (9) less room for " 2" (3): its first 19 characters.
  const name = valuesSheetName(long, []);
  expect(name).toBe("Headcount budget FY (values)");
  expect(valuesSheetName(long, [name])).toBe("Headcount budget FY (values) 2");
  expect(valuesSheetName(long, [name]).length).toBeLessThanOrEqual(31);
  expect(valuesSheetName("AIPAY plan", ["aipay plan (VALUES)"])).toBe("AIPAY plan (values) 2");
});
