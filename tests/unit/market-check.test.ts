/**
 * The task pane's Market check against a hand-made Excel: the hand-worked census of
 * tests/support/census.ts selected on a sheet, its bands and job map as Excel tables, written
 * as a new report sheet whose figures are the engine's to the penny and the CLI's CSV figure
 * for figure; each refused cell named by its address (never by the person's id); nothing
 * written before every row prices, nothing over the user's cells, and nothing left behind
 * when the batch of writes fails.
 */
import * as fs from "node:fs";
import { parse } from "csv-parse/sync";
import {
  bandColumns,
  companyBandColumns,
  jobMapColumns,
  personColumns,
  summaryColumns,
  TableError,
  type Scalar,
  readCompanyBands,
  readJobMap,
  resolveCensusOptions,
} from "../support/engine";
import { writeMarketCheck, type MarketCheckChoice } from "../../src/taskpane/market-check";
import { CensusRun } from "../../src/cli/census-run";
import { csvCensusLayout } from "../../src/cli/census-layout";
import { aipay } from "../../src/taskpane/workbook-engine";
import { commandLog, sheetWrites } from "../support/office-mock";
import { OfficeMockObject } from "office-addin-mock";
import { censusFile, linesOf, expectedAll, expectedBands, expectedPeople, unmapped } from "../support/census";

type Grid = unknown[][];

/** A CSV file's cells as Excel holds them once typed in: numbers as numbers, the rest as text. */
const asCells = (text: string): Scalar[][] =>
  (parse(text) as string[][]).map((row) => row.map((cell) => (/^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell)));
const fixture = (name: string) => fs.readFileSync(censusFile(name), "utf8");

/** A block of cells on a sheet: where its top-left cell is, and what it holds. */
interface Block {
  sheet: string;
  row: number;
  column: number;
  values: Scalar[][];
}

interface Sheet {
  name: string;
  visibility: string;
  cells: Grid;
  formats: Grid;
}

const columnLetter = (c: number) => String.fromCharCode(65 + c);
const addressOf = ({ sheet, row, column, values }: Block) =>
  `${sheet}!${columnLetter(column)}${row + 1}:${columnLetter(column + values[0].length - 1)}${row + values.length}`;

/**
 * A workbook holding the selection and the named tables, beside sheets named `others`. Each
 * command the check sends is logged as "<sheet>:<what>"; `failAt` names one that fails: as in
 * Excel, those before it stay done, the rest of its batch is not run, and the sync rejects.
 * A range's properties can be read only once loaded and synced (office-addin-mock's rule).
 */
function workbook(
  selection: Block,
  tables: Record<string, Block>,
  others: string[],
  { failAt }: { failAt?: string } = {},
) {
  const { log, run, attach, syncs } = commandLog(failAt);
  const sheets: Sheet[] = others.map((name) => ({ name, visibility: "Visible", cells: [], formats: [] }));

  const rangeData = (block: Block) => ({
    address: addressOf(block),
    rowIndex: block.row,
    columnIndex: block.column,
    values: block.values,
    numberFormat: block.values.map((row) => row.map(() => "General")),
  });
  // Each block a child of the context's mock, so that its sync loads them.
  const blocks = { selection, ...tables };
  const mock = new OfficeMockObject(
    Object.fromEntries(Object.entries(blocks).map(([name, block]) => [name, rangeData(block)])),
  );
  const rangeOf = (name: string) => {
    log.push(`read ${name}`);
    return (mock as unknown as Record<string, unknown>)[name];
  };
  const api = (sheet: Sheet) => sheetWrites(sheet, run);
  let loadedAt: number | undefined;
  Object.assign(mock, {
    workbook: {
      getSelectedRange: () => rangeOf("selection"),
      tables: {
        getItem: (name: string) => ({ getRange: () => rangeOf(name) }),
      },
      names: { getItemOrNullObject: () => ({ load: () => undefined, isNullObject: true }) },
      worksheets: {
        load: (what: string) => {
          expect(what).toBe("items/name");
          loadedAt = syncs();
        },
        get items() {
          if (loadedAt === undefined || syncs() <= loadedAt) throw new Error("items read before load and sync");
          return sheets.map(({ name }) => ({ name }));
        },
        add: (name: string) => {
          const added = { name, visibility: "Visible", cells: [], formats: [] };
          run(`${name}:add`, () => sheets.push(added));
          return api(added);
        },
        getItemOrNullObject: (name: string) => {
          const found = sheets.find((sheet) => sheet.name === name);
          return {
            load: () => undefined,
            isNullObject: !found,
            visibility: found?.visibility,
            delete: () => run(`${name}:delete`, () => sheets.splice(sheets.indexOf(found!), 1)),
          };
        },
      },
    },
  });
  attach(mock);
  const sheet = (name: string) => sheets.find((s) => s.name === name);
  return { context: mock as unknown as Excel.RequestContext, log, sheets, sheet, syncs };
}

/** The census selected at People!B3, its bands and job map tables at A1 of their own sheets. */
const census: Block = { sheet: "People", row: 2, column: 1, values: asCells(fixture("people.csv")) };
const tables = {
  Bands: { sheet: "Pay bands", row: 0, column: 0, values: asCells(fixture("bands.csv")) },
  Titles: { sheet: "Map", row: 0, column: 0, values: asCells(fixture("titles.csv")) },
};
const choice: MarketCheckChoice = { bands: "Bands", map: "Titles", taxYear: "2026/27", target: "market" };
const others = ["People", "Pay bands", "Map", "AIPAY market check"];

const pennies = (amount: unknown) => Math.round((amount as number) * 100);
/** The report's block whose header row starts `header`: its header row and the rows under it, up to an empty one. */
function block(cells: Grid, header: string, width: number) {
  const at = cells.findIndex((row) => row[0] === header && row[1] !== null && row[1] !== "");
  const end = cells.findIndex((row, r) => r > at && row.every((cell) => cell === "" || cell === null));
  return cells.slice(at, end < 0 ? undefined : end).map((row) => row.slice(0, width));
}

describe("the hand-worked census selected in Excel", () => {
  const book = workbook(census, tables, others);
  let result: Awaited<ReturnType<typeof writeMarketCheck>>;
  let cells: Grid;
  beforeAll(async () => {
    result = await writeMarketCheck(book.context, choice);
    cells = book.sheet(result.sheet)!.cells;
  });
  const width = census.values[0].length;
  const header = () => block(cells, "id", width + personColumns.length)[0] as string[];
  const personRow = (id: string) => cells.find((row) => row[0] === id)!;
  const figure = (row: unknown[], name: string) => row[header().indexOf(name)];

  test("a new sheet under a free name, written in one batch after one of reads, shown last", () => {
    expect(result).toEqual({ sheet: "AIPAY market check 2", people: 21, unmapped: 1, unbanded: 0 });
    expect(book.syncs()).toBe(2);
    expect(book.log).toEqual([
      "read selection",
      "read Bands",
      "read Titles",
      "AIPAY market check 2:add",
      "AIPAY market check 2:visibility Hidden",
      "AIPAY market check 2:numberFormat",
      "AIPAY market check 2:values",
      "AIPAY market check 2:autofit",
      "AIPAY market check 2:visibility Visible",
      "AIPAY market check 2:activate",
    ]);
  });

  test("nothing is written over the user's cells: every write is on the new sheet", () => {
    const writes = book.log.filter((op) => !op.startsWith("read "));
    expect(writes.every((op) => op.startsWith("AIPAY market check 2:"))).toBe(true);
    expect(book.sheet("AIPAY market check")!.cells).toEqual([]);
  });

  test.each(Object.entries(expectedPeople))(
    "%s: the report's figures are the engine's, to the penny",
    (id, expected) => {
      const row = personRow(id);
      expect(["guide role", "guide level", "guide location", "basis"].map((name) => figure(row, name))).toEqual([
        expected.role,
        expected.level,
        expected.location,
        expected.basis,
      ]);
      const money = [
        "market low",
        "market mid",
        "market high",
        "gap to low",
        "gap to mid",
        "cost to low",
        "cost to mid",
      ];
      expect(money.map((name) => pennies(figure(row, name)))).toEqual(
        [
          expected.low,
          expected.mid,
          expected.high,
          expected.gapToLow,
          expected.gapToMid,
          expected.costToLow,
          expected.costToMid,
        ].map(pennies),
      );
      expect(figure(row, "compa-ratio")).toBeCloseTo(expected.compaRatio, 12);
      expect(figure(row, "range position")).toBeCloseTo(expected.rangePosition, 12);
      expect([figure(row, "below band"), figure(row, "above band")]).toEqual([expected.below, expected.above]);
    },
  );

  test("each person's own columns come first, as the census holds them", () => {
    expect(header().slice(0, width)).toEqual(census.values[0]);
    expect(personRow("E03").slice(0, width)).toEqual(census.values.find((row) => row[0] === "E03"));
    // Text stays text: the ids and the day-first date are formatted "@", the salary as the census had it.
    const formats = book.sheet(result.sheet)!.formats[cells.indexOf(personRow("E03"))];
    expect([formats[0], formats[4], formats[7]]).toEqual(["@", "General", "@"]);
  });

  test("the summary of everyone, and the company bands beside the market", () => {
    const all = cells.find((row) => row[0] === "All")!;
    // Everyone: 20 priced, 1 unmapped, 7 below and 1 above; 46,120.01 to the low ends, 199,448.94 to the mids.
    expect(all.slice(2, 9)).toEqual([20, 1, expectedAll.medianCompaRatio, 7, 1, 46120.01, 199448.94]);
    const bands = block(cells, "company band", bandColumns.length).slice(1);
    expect(bands.map((row) => row[0])).toEqual([
      "Pay bands!A2:F2",
      "Pay bands!A3:F3",
      "Pay bands!A4:F4",
      "Pay bands!A5:F5",
    ]);
    bands.forEach((row, i) => expect(row[15]).toBeCloseTo(expectedBands[i].widthRatio, 6));
    expect(bands[0][15]).toBe(1.6); // 40,000 ÷ 25,000: the company band wider than the market's
  });

  test("the unmapped title is listed with its cell and the roles it may be, never priced", () => {
    expect(figure(personRow(unmapped.id), "market mid")).toBe(""); // an empty cell
    const listed = block(cells, "unmapped title", 3);
    // E11 is the census's 11th person: People!B3 is the header, so its title is in C14.
    expect(listed).toEqual([
      ["unmapped title", "where", "nearest guide roles"],
      ["Senior Data Engineering Wrangler", "People!C14", unmapped.suggestions[0]],
    ]);
  });

  test("the sheet names the census, the edition and the tax year that priced it", () => {
    const assumed = new Map(cells.map((row) => [row[0], row[1]]));
    expect(assumed.get("Census")).toBe("People!B3:J24");
    expect(assumed.get("Tax year of employer rates")).toBe("2026/27");
    expect(assumed.get("Pay guide edition")).toBe(aipay.guide().data.guide.source.edition);
    expect(assumed.get("Pay guide effective date")).toBe("2026-01-01");
  });

  test("the sheet and the CLI's CSV report show the same figures, figure for figure", () => {
    const records = parse(fixture("people.csv"), { relax_column_count: true }) as string[][];
    const map = readJobMap(aipay, linesOf(fixture("titles.csv"), jobMapColumns));
    const bands = readCompanyBands(aipay, linesOf(fixture("bands.csv"), companyBandColumns), map);
    const run = new CensusRun(
      resolveCensusOptions(aipay, { taxYear: "2026/27" }, map, bands),
      bands.comparisons,
      csvCensusLayout(),
      () => undefined,
      true,
    );
    const csv = [...records.flatMap((record) => run.record(record)), ...run.end()];
    /** A sheet cell as the CSV writes it. */
    const asCsv = (cell: unknown) =>
      cell === null ? "" : typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : cell;
    const figures = (row: readonly unknown[]) => row.slice(width, width + personColumns.length).map(asCsv);
    for (const id of [...Object.keys(expectedPeople), unmapped.id])
      expect(figures(personRow(id))).toEqual(figures(csv.find((row) => row[0] === id)!));
    const csvSummary = block(csv, "group", summaryColumns.length);
    expect(block(cells, "group", summaryColumns.length).map((row) => row.map(asCsv))).toEqual(csvSummary);
    expect(csvSummary.length).toBeGreaterThan(10); // everyone, departments, roles and levels
    // The bands' first cell says where each was read: the CSV's line, the sheet's cells.
    const bandFigures = (grid: Grid) =>
      block(grid, "company band", bandColumns.length).map((row) => row.slice(1).map(asCsv));
    expect(bandFigures(cells)).toEqual(bandFigures(csv));
  });
});

/** The census with one of its cells changed: `row` counts from its header (0), `column` from its first column. */
const censusWith = (row: number, column: number, value: Scalar): Block => ({
  ...census,
  values: census.values.map((cells, r) => cells.map((cell, c) => (r === row && c === column ? value : cell))),
});

/** The problems a refused check lists. */
async function refusal(book: ReturnType<typeof workbook>, given: MarketCheckChoice = choice): Promise<string[]> {
  try {
    await writeMarketCheck(book.context, given);
  } catch (error) {
    if (error instanceof TableError) return [...error.problems];
    throw error;
  }
  throw new Error("the check was not refused");
}

describe("a census the engine refuses: every problem names its cell, and nothing is written", () => {
  test("a salary of text, an empty id and a repeated id, each by its cell; never the id or the salary", async () => {
    // Row 4 (E04) is People!B7..; its salary is the fifth column, F. Row 6's id (E06) repeats row 1's (E01).
    let census = censusWith(4, 4, "ninety thousand");
    census = { ...census, values: census.values.map((row, r) => (r === 6 ? ["E01", ...row.slice(1)] : row)) };
    census = { ...census, values: census.values.map((row, r) => (r === 8 ? ["", ...row.slice(1)] : row)) };
    const book = workbook(census, tables, others);
    const problems = await refusal(book);
    expect(problems).toEqual([
      "People!F7: salary must be an amount of pounds a year, 0 or more, e.g. 85000: the pay actually received.",
      "People!B9: the id repeats People!B4's: each person needs an id of their own.",
      "People!B11: id is empty: every person needs one.",
    ]);
    expect(problems.join(" ")).not.toMatch(/E01|E04|90000|ninety/);
    expect(book.log).toEqual(["read selection", "read Bands", "read Titles"]);
    expect(book.syncs()).toBe(1);
  });

  test("an unknown location is named by its cell's row", async () => {
    const [problem] = await refusal(workbook(censusWith(1, 3, "Atlantis"), tables, others));
    expect(problem).toMatch(/^People!B4:J4: .*Atlantis/);
  });

  test("a census without a salary column is named by its header row", async () => {
    const headerless = { ...census, values: census.values.map((row) => [...row.slice(0, 4), ...row.slice(5)]) };
    expect(await refusal(workbook(headerless, tables, others))).toEqual([
      'People!B3:I3: the header needs the column salary (or "annual salary", "base salary", "base pay" or "pay").',
    ]);
  });

  test("a band table's bad cells are named on its own sheet, and the census is not priced", async () => {
    const bands = tables.Bands.values.map((row, r) => (r === 1 ? [...row.slice(0, 3), "abc", "", row[5]] : row));
    bands[2] = [...bands[2].slice(0, 3), 130000, "", 120000];
    const book = workbook(census, { ...tables, Bands: { ...tables.Bands, values: bands } }, others);
    expect(await refusal(book)).toEqual([
      'Pay bands!D2: low must be a number, e.g. 85000 (got "abc").',
      "Pay bands!A3:F3: low (£130,000) is above high (£120,000).",
    ]);
    expect(book.log.filter((op) => !op.startsWith("read "))).toEqual([]);
  });

  test("one cell selected is taken for a census not yet selected", async () => {
    const cell = { ...census, values: [census.values[0].slice(0, 1)] };
    expect(await refusal(workbook(cell, tables, others))).toEqual([
      "People!B3:B3: select the whole census (its header row and one row a person), or choose its table.",
    ]);
  });

  test("company bands as the target need their table", async () => {
    const book = workbook(census, tables, others);
    expect(await refusal(book, { ...choice, bands: undefined, target: "company" })).toEqual([
      "Choose the table of the company's bands to measure the gaps to them.",
    ]);
  });
});

test("a batch of writes failing half-way leaves no sheet behind, and the user's sheets as they were", async () => {
  const book = workbook(census, tables, others, { failAt: "AIPAY market check 2:values" });
  await expect(writeMarketCheck(book.context, choice)).rejects.toThrow("InvalidArgument");
  expect(book.sheets.map((sheet) => sheet.name)).toEqual(others);
  expect(book.log.slice(-2)).toEqual(["AIPAY market check 2:values", "AIPAY market check 2:delete"]);
});
