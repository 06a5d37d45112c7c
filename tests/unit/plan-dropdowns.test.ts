/**
 * The plan sheet's dropdowns: the lists are the engine's list functions' answers, each input
 * column's validation points at its list (a row's Level list at its role's levels, checked by
 * evaluating the formula's parts in HyperFormula), the Excel calls are made as intended
 * (office-addin-mock), and only where ExcelApi 1.8 is supported.
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnLetter, evaluate, EngineError, planSheetFor, resolvePlanInputs, bundled } from "../support/engine";
import {
  addPlanDropdowns,
  dropdownLists,
  dropdownPlan,
  hostHasDropdowns,
  refusals,
  type DropdownLayout,
} from "../../src/taskpane/plan-dropdowns";
import { sheetWithAipay } from "../support/hyperformula";

const column = (name: string, args: unknown[]) => evaluate(name, args).map((row) => row[0]);
const lists = dropdownLists();
/**
 * The plan sheet's layout for three hires, as the pane passes it: the table's header on sheet
 * row 12 (zero-based 11), Role A, Level B, Location C, and the lists one blank column right of
 * the widest row (the hires' PLANROW spills).
 */
const hire = { role: "AI Engineer", level: "Senior", start: "2026-04-01" };
const planSheet = planSheetFor(
  bundled,
  [hire, hire, hire],
  resolvePlanInputs(bundled, { yearStart: "2026-04-01" }),
  "AIPAY",
);
const layout: DropdownLayout = {
  headerRow: planSheet.table.headerRow,
  rows: planSheet.table.rows,
  columns: { Role: 0, Level: 1, Location: 2 },
  listsColumn: planSheet.cells[0].length + 1,
};
const plan = dropdownPlan(lists, layout);

describe("the lists are AIPAY's list functions' answers", () => {
  test("roles are ROLES() and locations LOCATIONS(), in order", () => {
    expect(lists.roles).toEqual(column("ROLES", []));
    expect(lists.locations).toEqual(column("LOCATIONS", []));
  });

  test("every role that publishes levels has LEVELS(role); the others (leadership) have none", () => {
    for (const role of lists.roles) {
      const levels = column("LEVELS", [role]);
      const entry = lists.levels.find((l) => l.role === role);
      if (levels[0] instanceof EngineError) expect(entry).toBeUndefined();
      else expect(entry?.levels).toEqual(levels);
    }
    expect(lists.levels.length).toBe(lists.roles.length - column("ROLES", ["leadership"]).length);
  });

  test("the block beside the table holds them: a header row, then one column per list", () => {
    const [headers, ...rows] = plan.values;
    expect(headers).toEqual(["Roles", "Locations", ...lists.levels.map((l) => l.role), "(no level)"]);
    const columnAt = (i: number) => rows.map((row) => row[i]).filter((value) => value !== "");
    expect(columnAt(0)).toEqual(lists.roles);
    expect(columnAt(1)).toEqual(lists.locations);
    lists.levels.forEach(({ levels }, i) => expect(columnAt(2 + i)).toEqual(levels));
    expect(plan.values.every((row) => row.length === headers.length)).toBe(true);
  });
});

describe("each input column's validation source", () => {
  test("Role and Location point at their lists' exact cells", () => {
    // The table's 17 fields (A–Q), 43 figures (R–BH) and 3 scenarios (BI–BK), a blank BL: lists
    // from BM, data from row 17.
    expect(layout.headerRow).toBe(15);
    expect(columnLetter(layout.listsColumn)).toBe("BM");
    expect(plan.sources.Role).toBe(`=$BM$17:$BM$${16 + lists.roles.length}`);
    expect(plan.sources.Location).toBe(`=$BN$17:$BN$${16 + lists.locations.length}`);
  });

  test("column letters go past Z", () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });

  /**
   * Excel reads a list source relative to each validated cell: $A17 in Level's source is A18 for
   * B18. INDEX returning a whole column as a list is beyond HyperFormula, so the MATCH that picks
   * the column is evaluated there, and the column read from the block by hand.
   */
  test("a row's Level list is the levels of that row's role; a leadership role or none gets an empty list", () => {
    const roles = lists.roles;
    const firstRow = layout.headerRow + 1;
    const grid: unknown[][] = Array.from({ length: firstRow + roles.length + 1 }, () => []);
    // As in Excel, writing "" leaves a cell empty.
    plan.values.forEach((values, i) =>
      values.forEach((v, j) => (grid[layout.headerRow + i][layout.listsColumn + j] = v === "" ? null : v)),
    );
    const rowRoles = [...roles, null];
    rowRoles.forEach((role, i) => {
      grid[firstRow + i][0] = role;
      grid[firstRow + i][40] = `=${plan.levelColumn.replace(/\$A17\b/g, `$A${firstRow + i + 1}`)}`;
    });
    const hf = sheetWithAipay("Plan", grid);
    const at = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    // Levels block from column BO (BM roles, BN locations), levels from row 17.
    expect(plan.levelsHeight).toBe(Math.max(...lists.levels.map((l) => l.levels.length)));
    expect(plan.levelColumn).toMatch(/^IFERROR\(MATCH\(\$A17,\$BO\$16:/);
    const lastColumn = columnLetter(layout.listsColumn + 2 + lists.levels.length);
    expect(plan.sources.Level).toBe(`=INDEX($BO$17:$${lastColumn}$${16 + plan.levelsHeight},0,${plan.levelColumn})`);
    let checked = 0;
    rowRoles.forEach((role, i) => {
      const row = firstRow + i;
      const expected = lists.levels.find((l) => l.role === role)?.levels ?? [];
      const offsetColumn = layout.listsColumn + 2 + Number(at(row, 40)) - 1;
      const listed = Array.from({ length: plan.levelsHeight }, (_, k) => at(firstRow + k, offsetColumn));
      expect([role, listed.filter((level) => level !== null)]).toEqual([role, expected]);
      checked++;
    });
    expect(checked).toBe(rowRoles.length);
  });
});

describe("the Excel calls (office-addin-mock)", () => {
  /** A sheet whose ranges, by zero-based position and size, are mock objects with a data validation. */
  function mockSheet() {
    const ranges: Record<string, object> = {};
    const mock = new OfficeMockObject({
      ranges,
      getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
        const key = `R${row}C${col}:${rows}x${cols}`;
        ranges[key] ??= { format: { autofitColumns: () => undefined }, dataValidation: {} };
        return ranges[key];
      },
    });
    return { sheet: mock as unknown as Excel.Worksheet, ranges };
  }

  test("writes the lists as text and a Stop alert in AIPAY's words on Role, Level and Location", () => {
    const { sheet, ranges } = mockSheet();
    addPlanDropdowns(sheet, layout);
    const { headerRow, listsColumn } = layout;
    const block = ranges[`R${headerRow}C${listsColumn}:${plan.values.length}x${plan.values[0].length}`] as {
      values: unknown;
      numberFormat: string[][];
    };
    expect(block.values).toEqual(plan.values);
    expect(block.numberFormat.flat().every((f) => f === "@")).toBe(true);
    expect((ranges[`R${headerRow - 1}C${listsColumn}:1x1`] as { values: unknown }).values).toEqual([[plan.title]]);
    for (const [input, col] of Object.entries(layout.columns)) {
      const validation = (ranges[`R${headerRow + 1}C${col}:3x1`] as { dataValidation: Record<string, unknown> })
        .dataValidation;
      expect(validation).toEqual({
        ignoreBlanks: true,
        rule: { list: { inCellDropDown: true, source: plan.sources[input as keyof typeof refusals] } },
        errorAlert: {
          showAlert: true,
          style: "Stop",
          title: `AIPAY: ${input}`,
          message: refusals[input as keyof typeof refusals],
        },
      });
    }
  });

  test("Excel's limits on an alert: a title of at most 32 characters, a message of at most 225", () => {
    for (const [input, message] of Object.entries(refusals)) {
      expect(`AIPAY: ${input}`.length).toBeLessThanOrEqual(32);
      expect(message.length).toBeLessThanOrEqual(225);
    }
  });
});

describe("only where ExcelApi 1.8 is supported", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });
  const withOffice = (supported: (set: string, version: string) => boolean) =>
    Object.assign(globalThis, {
      Office: new OfficeMockObject({ context: { requirements: { isSetSupported: supported } } }),
    });

  test("asks for ExcelApi 1.8", () => {
    const asked: string[] = [];
    withOffice((set, version) => {
      asked.push(`${set} ${version}`);
      return true;
    });
    expect(hostHasDropdowns()).toBe(true);
    expect(asked).toEqual(["ExcelApi 1.8"]);
  });

  test("an older host, or no Office at all, gets no dropdowns", () => {
    withOffice(() => false);
    expect(hostHasDropdowns()).toBe(false);
    delete (globalThis as { Office?: unknown }).Office;
    expect(hostHasDropdowns()).toBe(false);
  });
});
