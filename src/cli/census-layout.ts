/**
 * The census report's forms. CSV: a header, a line a person (their columns as given, then the
 * guide job and the figures), then the census's totals, the company bands beside the market,
 * and the assumptions, every line as wide as the header. JSON: one document of rows, summary,
 * bands and assumptions. With --summary, the summary lines take the people's place.
 */
import {
  bandColumns,
  personColumns,
  summaryColumns,
  type BandComparison,
  type CensusPerson,
  type CensusSummaryLine,
  type ReportCell,
  type ReportColumn,
  type SourceItem,
} from "../engine";
import { neutralised, type CsvRow } from "./plan-csv";

/** What a report rests on: its key in JSON, its label in CSV, its value. */
export type Assumption = Pick<SourceItem, "key" | "label" | "value">;

export interface CensusLayout<Out> {
  /** What opens the output, given the census's header as written. */
  head(header: readonly string[]): Out[];
  /** A person, with their cells as written. */
  person(line: number, cells: readonly string[], person: CensusPerson): Out[];
  /** What follows the last person. */
  tail(summary: readonly CensusSummaryLine[], bands: readonly BandComparison[], assumed: readonly Assumption[]): Out[];
  /** What ends a report cut short by a refused line: a reader must not take it for a whole census. */
  refused(problem: string): Out[];
}

/** A report cell as CSV writes it: a flag as TRUE or FALSE, none as empty, text kept from being read as a formula. */
const csvCell = (cell: ReportCell): string | number =>
  cell === null
    ? ""
    : typeof cell === "boolean"
      ? cell
        ? "TRUE"
        : "FALSE"
      : typeof cell === "string"
        ? neutralised(cell)
        : cell;

const headers = <Of>(columns: readonly ReportColumn<Of>[]): CsvRow => columns.map((c) => c.header);
const cellsOf = <Of>(columns: readonly ReportColumn<Of>[], of: Of): CsvRow => columns.map((c) => csvCell(c.cell(of)));

const summaryRows = (summary: readonly CensusSummaryLine[]): CsvRow[] => [
  headers(summaryColumns),
  ...summary.map((line) => cellsOf(summaryColumns, line)),
];
const bandRows = (bands: readonly BandComparison[]): CsvRow[] =>
  bands.length > 0 ? [[], headers(bandColumns), ...bands.map((band) => cellsOf(bandColumns, band))] : [];

/** Rows as wide as the widest, for a reader that takes the file as one table. */
const widened = (rows: CsvRow[], width: number) =>
  rows.map((row) => (row.length >= width ? row : [...row, ...Array<string>(width - row.length).fill("")]));

const assumptionRows = (assumed: readonly Assumption[]): CsvRow[] => [
  ["Assumptions"],
  ...assumed.map(({ label, value }) => [label, value ?? ""]),
];

/** The person lines' layout: `width` is set by the header. */
export function csvCensusLayout(): CensusLayout<CsvRow> {
  let width = 0;
  return {
    head(header) {
      const row = [...header.map(neutralised), ...headers(personColumns)];
      width = row.length;
      return [row];
    },
    person: (_line, cells, person) => [[...cells.map(neutralised), ...cellsOf(personColumns, person)]],
    tail(summary, bands, assumed) {
      const rows: CsvRow[] = [[], ...summaryRows(summary), ...bandRows(bands), [], ...assumptionRows(assumed)];
      return widened(rows, width);
    },
    refused: (problem) => widened([["Refused", neutralised(problem)]], width),
  };
}

/** The summary alone: its lines, the bands, the assumptions. */
export const csvSummaryLayout = (): CensusLayout<CsvRow> => ({
  head: () => [],
  person: () => [],
  tail(summary, bands, assumed) {
    const rows: CsvRow[] = [...summaryRows(summary), ...bandRows(bands), [], ...assumptionRows(assumed)];
    return widened(rows, bandColumns.length);
  },
  refused: () => [],
});

/** The JSON form: {"rows": [...], "summary": [...], "bands": [...], "assumptions": {...}}; no rows with --summary. */
export function jsonCensusLayout(withRows: boolean): CensusLayout<string> {
  let header: readonly string[] = [];
  let rows = 0;
  return {
    head(given) {
      header = given;
      return [`{"rows":[`];
    },
    person(line, cells, person) {
      if (!withRows) return [];
      const given = Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""]));
      const { role, level, location, market, company, target, gaps, unmapped } = person;
      const row = { line, given, role, level, location, market, company, target, gaps, unmapped };
      return [`${rows++ === 0 ? "" : ","}\n${JSON.stringify(row)}`];
    },
    tail(summary, bands, assumed) {
      const assumptions = Object.fromEntries(assumed.map(({ key, value }) => [key, value]));
      return [
        `\n],"summary":${JSON.stringify(summary)},"bands":${JSON.stringify(bands)},"assumptions":${JSON.stringify(assumptions)}}\n`,
      ];
    },
    // Left unfinished, the document is not JSON: no parser takes a part for the whole census.
    refused: () => [],
  };
}
