/**
 * The census's tables (the census itself, the job map, the company's bands) as columns
 * declared once, as data: each column's name, the other headers that name it, whether it is
 * required, whether it holds personal data, and how its cells are read and checked. A file
 * reader and a workbook reader both hand the engine a header and rows of cells; the engine
 * finds the columns and reads the cells, so both refuse the same things in the same words.
 */
import { isBlank } from "../core/cells";
import { EngineError, invalidValue, type Scalar } from "../core/values";
import { CensusMessage } from "../core/messages";
import type { PayGuide } from "../model/guide";

export interface TableColumn<Name extends string = string> {
  /** Its name in a header, in the report and in the engine's rows. */
  readonly name: Name;
  /** Other headers that name it, e.g. "job title" for role. */
  readonly aliases: readonly string[];
  readonly required: boolean;
  /** A personal value: a message about it names the column, never what the cell held. */
  readonly personal: boolean;
  /** What it takes, in words: the docs' table and a personal value's message. */
  readonly about: string;
  /** The cell read and checked; text trimmed when absent. Throws an EngineError. */
  readonly read?: (value: Scalar, guide: PayGuide) => Scalar;
}

/** A table's row as given: each column's cell by its name, absent or null when blank. */
export type TableRow<Name extends string = string> = Readonly<Partial<Record<Name, Scalar>>>;

/** A header as it names a column: without case, spaces, underscores or hyphens ("Job title", "job_title"). */
export const foldedHeader = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, "");

/**
 * The column each header cell names, in the header's order, or null for a column the table
 * does not declare (the census keeps those as text for grouping). Refuses two headers naming
 * one column and a header without a required column.
 */
export function headerColumns<Name extends string>(
  columns: readonly TableColumn<Name>[],
  header: readonly string[],
): readonly (Name | null)[] {
  const byFolded = new Map<string, Name>();
  for (const column of columns)
    for (const spelling of [column.name, ...column.aliases]) byFolded.set(foldedHeader(spelling), column.name);
  const seen = new Map<Name, string>();
  const named = header.map((cell) => {
    const name = byFolded.get(foldedHeader(cell)) ?? null;
    if (name !== null && seen.has(name)) throw invalidValue(CensusMessage.duplicateColumn(seen.get(name)!, cell));
    if (name !== null) seen.set(name, cell);
    return name;
  });
  const missing = columns.filter((column) => column.required && !seen.has(column.name));
  if (missing.length > 0) throw invalidValue(CensusMessage.missingColumns(missing));
  return named;
}

/** A cell its column refuses: the column is named, so a workbook's reader can name the cell. */
export class CellError extends EngineError {
  constructor(
    code: EngineError["code"],
    message: string,
    readonly column: string,
  ) {
    super(code, message);
  }
}

/** An error as its column's cell refuses it. */
export const refusedCell = (column: string, { code, message }: EngineError): CellError =>
  new CellError(code, message, column);

/** One cell read by its column: blank is null (refused when required), text trimmed. Throws a CellError. */
export function readCell<Name extends string>(column: TableColumn<Name>, value: Scalar, guide: PayGuide): Scalar {
  if (isBlank(value)) {
    if (column.required) throw refusedCell(column.name, invalidValue(CensusMessage.emptyRequired(column.name)));
    return null;
  }
  if (!column.read) return typeof value === "string" ? value.trim() : value;
  try {
    return column.read(value, guide);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    const message = column.personal ? CensusMessage.notValid(column.name, column.about) : error.message;
    throw new CellError(error.code, message, column.name);
  }
}

/** Every declared column of a row read, in the declared order. */
export function readRow<Name extends string>(
  columns: readonly TableColumn<Name>[],
  row: TableRow<Name>,
  guide: PayGuide,
): Record<Name, Scalar> {
  const read = {} as Record<Name, Scalar>;
  for (const column of columns) read[column.name] = readCell(column, row[column.name] ?? null, guide);
  return read;
}

/** A cell as text: ids and titles may be numbers in a sheet. */
export const asText = (value: Scalar): string => String(value).trim();

/** A row of a table with where it is, as its messages name it: "line 4" in a file, "People!A4:F4" in a sheet. */
export interface TableLine<Name extends string = string> {
  readonly where: string;
  readonly row: TableRow<Name>;
  /** Where one of its cells is ("People!D4"), for a message about that cell; without it, `where`. */
  readonly cell?: (column: Name) => string;
}

/** Where a problem on a line is: the cell a CellError names, when the line knows its cells. */
export const whereIs = <Name extends string>(line: TableLine<Name>, error: EngineError): string =>
  error instanceof CellError && line.cell ? line.cell(error.column as Name) : line.where;

/** A table the engine refuses: every problem found, each naming its line. */
export class TableError {
  constructor(readonly problems: readonly string[]) {}
}

/** Each line of a table through `each`; the problems of all the lines together, thrown as one TableError. */
export function eachLine<Name extends string>(
  lines: Iterable<TableLine<Name>>,
  each: (line: TableLine<Name>) => void,
): void {
  const problems: string[] = [];
  for (const line of lines) {
    try {
      each(line);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      problems.push(CensusMessage.at(whereIs(line, error), error.message));
    }
  }
  if (problems.length > 0) throw new TableError(problems);
}
