/**
 * A plan file as the plan model reads it: its delimiter, found on the header line; its
 * header, each column one of the model's fields; and each line as a plan row's values.
 */
import { closeSync, openSync, readSync } from "node:fs";
import type { CsvError, Options } from "csv-parse";
import {
  isoFromUk,
  planFields,
  PlanMessage,
  requiredFields,
  type FieldName,
  type PlanField,
  type PlanRowValues,
} from "../engine";

/** A plan file the model cannot read: its header, or no rows at all. */
export class PlanFileError extends Error {}

export type Delimiter = "," | ";" | "\t";
const delimiters: readonly Delimiter[] = [",", ";", "\t"];

/** The header line is looked for in this much of the file's start. */
const headerBytes = 64 * 1024;

/** The first line that is not blank, a byte-order mark dropped. */
export const firstLine = (text: string): string =>
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n|\r/)
    .find((line) => line.trim() !== "") ?? "";

/** The file's header line; throws the file system's error when it cannot be read. */
export function readHeaderLine(file: string): string {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(headerBytes);
    const text = buffer.toString("utf8", 0, readSync(fd, buffer, 0, headerBytes, 0));
    return firstLine(text);
  } finally {
    closeSync(fd);
  }
}

/**
 * The delimiter a header line is written with: the one of comma, semicolon and tab it
 * holds most of outside quotes (UK Excel writes commas; Excel in much of Europe, semicolons;
 * a paste from a sheet, tabs). A tie, or none, is a comma.
 */
export function headerDelimiter(line: string): Delimiter {
  const counts = new Map<string, number>(delimiters.map((d) => [d, 0]));
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return delimiters.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best));
}

/**
 * How csv-parse reads a plan file: a byte-order mark skipped, cells trimmed, and every line
 * a record, blank ones too, so that the run can count lines itself; a line may be short of
 * cells (the missing are blank). A record it cannot read (a stray quote) goes to
 * `unreadable` instead of ending the stream, so that the run ends as it does for a bad row.
 */
export const csvOptions = (delimiter: Delimiter, unreadable: (reason: string) => void): Options => ({
  delimiter,
  bom: true,
  trim: true,
  relax_column_count: true,
  skip_records_with_error: true,
  on_skip: (error: CsvError | undefined) => {
    if (error) unreadable(error.message);
    return undefined;
  },
});

/** A header as it names a field: without case, spaces, underscores or hyphens ("Fee payer", "fee_payer", "feePayer"). */
const folded = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, "");

const fieldsByFolded = new Map<string, FieldName>(planFields.map((field) => [folded(field.name), field.name]));

/** Fields whose values are dates: read day first (15/06/2027) as well as ISO. */
const dateFields = new Set<string>(
  planFields.filter((field: PlanField) => field.parameter?.kind === "date").map((field) => field.name),
);

/**
 * The field each column of a header holds, in the header's order. Refuses two headers that
 * name one field, a header that names none, and a header without the required fields.
 */
export function headerFields(header: readonly string[]): readonly FieldName[] {
  const seen = new Map<FieldName, string>();
  const unknown: string[] = [];
  for (const name of header) {
    const field = fieldsByFolded.get(folded(name));
    if (field === undefined) unknown.push(name);
    else if (seen.has(field)) throw new PlanFileError(PlanMessage.duplicateColumn(seen.get(field)!, name));
    else seen.set(field, name);
  }
  if (unknown.length > 0)
    throw new PlanFileError(
      PlanMessage.unknownColumns(
        unknown,
        planFields.map((field) => field.name),
      ),
    );
  const missing = requiredFields.filter((field) => !seen.has(field));
  if (missing.length > 0) throw new PlanFileError(PlanMessage.missingColumns(missing));
  return header.map((name) => fieldsByFolded.get(folded(name))!);
}

/** A line's cells as a plan row: blank or missing cells absent, dates as ISO where they read as a day. */
export function rowValues(cells: readonly string[], fields: readonly FieldName[]): PlanRowValues {
  const row: Partial<Record<FieldName, string>> = {};
  for (let i = 0; i < fields.length; i++) {
    const text = cells[i] ?? ""; // a short line's missing cells are blank
    if (text !== "") row[fields[i]] = dateFields.has(fields[i]) ? (isoFromUk(text) ?? text) : text;
  }
  return row;
}

/** Line breaks inside a record's quoted cells: how many lines past its first the record ends on. */
export function breaksWithin(cells: readonly string[]): number {
  let breaks = 0;
  for (const cell of cells) if (cell.includes("\n") || cell.includes("\r")) breaks += cell.match(/\r\n|\r|\n/g)!.length;
  return breaks;
}
