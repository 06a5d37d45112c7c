/**
 * The census's small tables (the job map, the company's bands) read whole from a file: CSV
 * (comma, semicolon or tab) with a header line, or JSON, an array of objects keyed by column.
 * Each row is handed to the engine with the line it is on (a JSON table's rows by number), for
 * the engine to check and to name in its messages.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { CensusMessage, EngineError, headerColumns, type Scalar, type TableColumn, type TableLine } from "../engine";
import { breaksWithin, firstLine, headerDelimiter, PlanFileError } from "./plan-file";

/** The rows of a table file by their columns; throws PlanFileError for a header or file the columns cannot read. */
export function readTableFile<Name extends string>(
  file: string,
  columns: readonly TableColumn<Name>[],
  what: string,
): TableLine<Name>[] {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const json = /^\s*[[{]/.test(text);
  const { header, rows } = json ? jsonTable(text, what) : csvTable(text);
  let named: readonly (Name | null)[];
  try {
    named = headerColumns(columns, header);
  } catch (error) {
    if (error instanceof EngineError) throw new PlanFileError(error.message);
    throw error;
  }
  const lines = rows.map(({ where, cells }) => {
    const row: Partial<Record<Name, Scalar>> = {};
    named.forEach((name, i) => {
      if (name !== null) row[name] = cells[i] ?? null;
    });
    return { where, row };
  });
  if (lines.length === 0) throw new PlanFileError(CensusMessage.noRows(what));
  return lines;
}

interface Rows {
  header: readonly string[];
  rows: { where: string; cells: readonly Scalar[] }[];
}

function csvTable(text: string): Rows {
  let records: string[][];
  try {
    records = parse(text, { delimiter: headerDelimiter(firstLine(text)), trim: true, relax_column_count: true });
  } catch (error) {
    throw new PlanFileError(`not a CSV file: ${(error as Error).message}`);
  }
  const rows: Rows["rows"] = [];
  let header: readonly string[] | undefined;
  let line = 1;
  for (const cells of records) {
    const at = line;
    line += 1 + breaksWithin(cells);
    if (cells.every((cell) => cell === "")) continue;
    if (header === undefined) header = cells;
    else rows.push({ where: `line ${at}`, cells });
  }
  return { header: header ?? [], rows };
}

function jsonTable(text: string, what: string): Rows {
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch (error) {
    throw new PlanFileError(`not JSON: ${(error as Error).message}`);
  }
  const objects = Array.isArray(items) && items.every((item) => item !== null && typeof item === "object");
  if (!objects) throw new PlanFileError(CensusMessage.notJsonTable(what));
  const header = [...new Set((items as object[]).flatMap((item) => Object.keys(item)))];
  const cell = (value: unknown): Scalar =>
    value === undefined || value === null
      ? null
      : typeof value === "object"
        ? JSON.stringify(value)
        : (value as Scalar);
  const rows = (items as Record<string, unknown>[]).map((item, i) => ({
    where: `row ${i + 1}`,
    cells: header.map((key) => cell(item[key])),
  }));
  return { header, rows };
}
