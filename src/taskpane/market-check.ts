/**
 * The Market check: an employee census in the workbook (the selected range, or an Excel
 * table) priced against the market by the page's engine, and written as a new sheet, the
 * engine's census report laid out as cells (censusReportSheet). The company's bands and the
 * job map are Excel tables, chosen by name. Everything is read in one batch (the census,
 * the tables, the workbook's sheet names and its pin), checked and priced by the engine
 * with each problem naming its cell ("People!D7: salary must be …"), and only when every
 * row prices is the report written, in one batch, to a sheet that did not exist before:
 * no cell of the user's is touched. As for the plan, the sheet is added hidden and shown
 * last, and deleted if the batch fails. Nothing leaves the workbook.
 */
import {
  CensusIds,
  CensusSummary,
  censusColumns,
  censusGroups,
  censusReportSheet,
  columnLetter,
  companyBandColumns,
  EngineError,
  headerColumns,
  jobMapColumns,
  TableError,
  whereIs,
  type CensusOptions,
  type CensusReportSheet,
  type CensusTarget,
  type CompanyBands,
  type JobMap,
  type ReportPerson,
  type Scalar,
  type TableColumn,
  type TableLine,
  type TableRow,
  censusAssumptions,
  priceCensusRow,
  readCompanyBands,
  readJobMap,
  resolveCensusOptions,
} from "../engine";
import { aipay } from "./workbook-engine";
import { queuePinRead } from "./pin";
import { removeSheet, uniqueName } from "./plan";

export interface MarketCheckChoice {
  /** The census's Excel table; undefined for the selected range. */
  census?: string;
  /** The company's bands' Excel table, if any. */
  bands?: string;
  /** The job map's Excel table, if any. */
  map?: string;
  /** The tax year whose employer rates cost the gaps; empty for the latest held. */
  taxYear: string;
  target: CensusTarget;
}

export interface MarketCheckResult {
  sheet: string;
  people: number;
  /** People whose title matched no guide job: listed on the sheet with the roles they may be. */
  unmapped: number;
  /** With the company target, people with no company band: their gaps are left empty. */
  unbanded: number;
}

/** A block of cells as read: where it is and its values (and, for the census, its number formats). */
export interface ReadCells {
  /** Its address as Excel gives it: "People!A1:I22", "'Pay data'!B2:G9". */
  address: string;
  rowIndex: number;
  columnIndex: number;
  values: Scalar[][];
  numberFormat?: string[][];
}

export const reportSheetName = "AIPAY market check";

/** Cell and row addresses on the block's sheet. */
function addresses(cells: ReadCells) {
  const sheet = cells.address.slice(0, cells.address.lastIndexOf("!"));
  const width = cells.values[0]?.length ?? 1;
  const cell = (r: number, c: number) => `${sheet}!${columnLetter(cells.columnIndex + c)}${cells.rowIndex + r + 1}`;
  const row = (r: number) => `${cell(r, 0)}:${columnLetter(cells.columnIndex + width - 1)}${cells.rowIndex + r + 1}`;
  return { cell, row };
}

const isEmptyRow = (row: readonly Scalar[]) => row.every((cell) => cell === "" || cell === null);

/**
 * A block's rows as the engine takes them: its first row the header, each row after it
 * (empty ones skipped) with its row's address and each cell's. Throws a TableError naming
 * the header's row when the columns cannot be read.
 */
export function tableLines<Name extends string>(
  cells: ReadCells,
  columns: readonly TableColumn<Name>[],
): { header: string[]; named: readonly (Name | null)[]; lines: (TableLine<Name> & { at: number })[] } {
  const at = addresses(cells);
  const [headerRow = [], ...rows] = cells.values;
  const header = headerRow.map((cell) => String(cell ?? "").trim());
  let named: readonly (Name | null)[];
  try {
    named = headerColumns(columns, header);
  } catch (error) {
    if (error instanceof EngineError) throw new TableError([`${at.row(0)}: ${error.message}`]);
    throw error;
  }
  const columnOf = new Map(named.flatMap((name, c) => (name === null ? [] : [[name, c] as const])));
  const lines = rows.flatMap((values, i) => {
    if (isEmptyRow(values)) return [];
    const r = i + 1;
    const row: Partial<Record<Name, Scalar>> = {};
    named.forEach((name, c) => {
      if (name !== null && values[c] !== "") row[name] = values[c];
    });
    // A column the header lacks (an optional one) is named by its row.
    const cell = (name: Name) => (columnOf.has(name) ? at.cell(r, columnOf.get(name)!) : at.row(r));
    return [{ where: at.row(r), row: row as TableRow<Name>, cell, at: r }];
  });
  return { header, named, lines };
}

/** A table read by the engine; its problems (each naming its cell) added to `problems`. */
function readTable<T>(problems: string[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof TableError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}

/** What the report is made from: the census read and priced, ready to lay out. */
export interface PricedCensus {
  people: ReportPerson[];
  summary: CensusSummary;
  bands?: CompanyBands;
  options: CensusOptions;
  header: string[];
}

/**
 * The census and its tables checked and priced by the page's engine; throws a TableError
 * listing every problem, each naming its cell, and nothing is written.
 */
export function priceCensus(
  census: ReadCells,
  tables: { bands?: ReadCells; map?: ReadCells },
  choice: Pick<MarketCheckChoice, "taxYear" | "target">,
): PricedCensus {
  const problems: string[] = [];
  if (choice.target === "company" && !tables.bands)
    throw new TableError(["Choose the table of the company's bands to measure the gaps to them."]);
  let map: JobMap | undefined;
  if (tables.map) {
    const cells = tables.map;
    map = readTable(problems, () => readJobMap(aipay, tableLines(cells, jobMapColumns).lines));
  }
  let bands: CompanyBands | undefined;
  if (tables.bands) {
    const cells = tables.bands;
    bands = readTable(problems, () => readCompanyBands(aipay, tableLines(cells, companyBandColumns).lines, map));
  }
  if (problems.length > 0) throw new TableError(problems);
  let options: CensusOptions;
  try {
    options = resolveCensusOptions(aipay, { taxYear: choice.taxYear || null, target: choice.target }, map, bands);
  } catch (error) {
    if (error instanceof EngineError) throw new TableError([error.message]);
    throw error;
  }
  // One row selected is most likely a cell clicked, not a census chosen.
  if (census.values.length < 2)
    throw new TableError([
      `${census.address}: select the whole census (its header row and one row a person), or choose its table.`,
    ]);
  const { header, named, lines } = tableLines(census, censusColumns);
  const at = addresses(census);
  const ids = new CensusIds((r) => at.cell(r, named.indexOf("id")));
  const titleColumn = named.indexOf("role");
  const summary = new CensusSummary(censusGroups);
  const people: ReportPerson[] = [];
  for (const line of lines) {
    try {
      const person = priceCensusRow(aipay, line.row, options);
      ids.see(person.id, line.at);
      summary.add(person);
      const formats = census.numberFormat?.[line.at];
      people.push({ where: at.cell(line.at, titleColumn), cells: census.values[line.at], formats, person });
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      problems.push(`${whereIs(line, error)}: ${error.message}`);
    }
  }
  if (lines.length === 0) problems.push(`${census.address}: the census's rows are all empty.`);
  if (problems.length > 0) throw new TableError(problems);
  return { people, summary, bands, options, header };
}

/** The report's cells for a priced census, with what its figures rest on. */
export function marketCheckSheet(priced: PricedCensus, censusAddress: string): CensusReportSheet {
  return censusReportSheet({
    title: "AIPAY market check",
    header: priced.header,
    people: priced.people,
    summary: priced.summary.lines(),
    bands: priced.bands?.comparisons ?? [],
    assumptions: [
      { label: "Census", value: censusAddress, format: "@" },
      ...censusAssumptions(aipay, priced.options),
      {
        label: "Figures",
        value: "values priced when the check ran: run the Market check again after the census changes",
        format: "@",
      },
    ],
  });
}

/** Queues the read of a block's cells; `formats` too for the census, whose own columns the report keeps. */
function queueRead(range: Excel.Range, formats: boolean): () => ReadCells {
  range.load(formats ? "address,rowIndex,columnIndex,values,numberFormat" : "address,rowIndex,columnIndex,values");
  return () => ({
    address: range.address,
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    values: range.values as Scalar[][],
    numberFormat: formats ? (range.numberFormat as string[][]) : undefined,
  });
}

/** Runs the Market check in the workbook behind `context`: one batch of reads, the engine, one batch of writes. */
export async function writeMarketCheck(
  context: Excel.RequestContext,
  choice: MarketCheckChoice,
): Promise<MarketCheckResult> {
  const { workbook } = context;
  const tableRange = (name: string) => workbook.tables.getItem(name).getRange();
  const census = queueRead(choice.census ? tableRange(choice.census) : workbook.getSelectedRange(), true);
  const bands = choice.bands ? queueRead(tableRange(choice.bands), false) : undefined;
  const map = choice.map ? queueRead(tableRange(choice.map), false) : undefined;
  const pinRead = queuePinRead(context);
  workbook.worksheets.load("items/name");
  await context.sync();

  // Priced in the edition the workbook is pinned to, as its formulas are.
  aipay.pinWorkbook(pinRead());
  const censusCells = census();
  const priced = priceCensus(censusCells, { bands: bands?.(), map: map?.() }, choice);
  const layout = marketCheckSheet(priced, censusCells.address);
  const sheetName = uniqueName(
    reportSheetName,
    workbook.worksheets.items.map((sheet) => sheet.name),
  );
  try {
    await writeReportSheet(context, sheetName, layout);
  } catch (error) {
    await removeSheet(context, sheetName);
    throw error;
  }
  const people = priced.people.map(({ person }) => person);
  return {
    sheet: sheetName,
    people: people.length,
    unmapped: people.filter((p) => p.unmapped).length,
    unbanded: people.filter((p) => !p.unmapped && p.target === null).length,
  };
}

/** The one batch of writes: the cells' formats first (so text stays text), then their values. */
async function writeReportSheet(context: Excel.RequestContext, name: string, layout: CensusReportSheet) {
  const sheet = context.workbook.worksheets.add(name);
  sheet.visibility = "Hidden"; // until it is complete
  const { cells, formats } = layout;
  const all = sheet.getRangeByIndexes(0, 0, cells.length, cells[0].length);
  all.numberFormat = formats;
  all.values = cells.map((row) => row.map((cell) => cell ?? ""));
  all.format.autofitColumns();
  sheet.visibility = "Visible";
  sheet.activate();
  await context.sync();
}

/** The workbook's Excel tables, by name, for the pane's lists. */
export function workbookTables(): Promise<string[]> {
  return Excel.run(async (context) => {
    const { tables } = context.workbook;
    tables.load("items/name");
    await context.sync();
    return tables.items.map((table) => table.name);
  });
}

/** Runs the Market check in the open workbook. */
export function runMarketCheck(choice: MarketCheckChoice): Promise<MarketCheckResult> {
  return Excel.run((context) => writeMarketCheck(context, choice));
}
