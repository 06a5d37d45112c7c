/**
 * The census report as a sheet's cells and number formats, laid out once for the task
 * pane's Market check: a title, what the figures rest on (the guide's edition and the tax
 * year), then a row a person (their own columns, then the report's figures), the summary,
 * the company bands beside the market, and the titles that matched no guide job with the
 * roles they may be. Every cell is a value the engine priced, not a formula: the report is a
 * snapshot of the census. Text cells are formatted as text, so "2026/27" or an id "00123"
 * stays as written and text starting "=" is never taken for a formula.
 */
import type { SourceItem } from "../plan/sources";
import type { BandComparison } from "./bands";
import type { CensusPerson } from "./person";
import { bandColumns, personColumns, summaryColumns, type ReportCell, type ReportColumn } from "./report";
import type { CensusSummaryLine } from "./summary";

export interface ReportPerson {
  /** Where their title is, as the report names it (a cell, "People!B12"). */
  readonly where: string;
  /** Their own cells as the census gives them, in its header's order. */
  readonly cells: readonly ReportCell[];
  /** Those cells' number formats, when the census has them (a workbook's): a date keeps its format. Text is always text. */
  readonly formats?: readonly string[];
  readonly person: CensusPerson;
}

export interface CensusReport {
  readonly title: string;
  /** The census's header as written. */
  readonly header: readonly string[];
  readonly people: readonly ReportPerson[];
  readonly summary: readonly CensusSummaryLine[];
  readonly bands: readonly BandComparison[];
  readonly assumptions: readonly Pick<SourceItem, "label" | "value" | "format">[];
}

export interface CensusReportSheet {
  readonly cells: ReportCell[][];
  readonly formats: string[][];
  /** Each block's header row (0-based); -1 for a block the report has not. */
  readonly rows: {
    readonly people: number;
    readonly summary: number;
    readonly bands: number;
    readonly unmapped: number;
  };
}

const unmappedHeaders = ["unmapped title", "where", "nearest guide roles"];

/** A cell given as its own format: text as text, anything else as Excel shows it. */
const formatOf = (cell: ReportCell) => (typeof cell === "string" ? "@" : "General");

/** The titles that matched no guide job, each once, with every cell it is in and the roles it may be. */
function unmappedTitles(people: readonly ReportPerson[]): ReportCell[][] {
  const byTitle = new Map<string, { where: string[]; nearest: string }>();
  for (const { where, person } of people) {
    if (!person.unmapped) continue;
    const seen = byTitle.get(person.title);
    if (seen) seen.where.push(where);
    else byTitle.set(person.title, { where: [where], nearest: person.unmapped.join("; ") });
  }
  return [...byTitle].map(([title, { where, nearest }]) => [title, where.join(", "), nearest || null]);
}

export function censusReportSheet(report: CensusReport): CensusReportSheet {
  const { header, people } = report;
  const width = Math.max(header.length + personColumns.length, bandColumns.length, summaryColumns.length);
  const cells: ReportCell[][] = [];
  const formats: string[][] = [];
  const line = (values: readonly ReportCell[], format: (column: number) => string = (c) => formatOf(values[c])) => {
    cells.push(Array.from({ length: width }, (_, c) => values[c] ?? null));
    formats.push(Array.from({ length: width }, (_, c) => (c < values.length ? format(c) : "General")));
    return cells.length - 1;
  };
  function table<Of>(heading: string, columns: readonly ReportColumn<Of>[], items: readonly Of[]): number {
    line([]);
    line([heading]);
    const at = line(columns.map((c) => c.header));
    for (const item of items)
      line(
        columns.map((c) => c.cell(item)),
        (c) => columns[c].format,
      );
    return at;
  }

  line([report.title]);
  line([]);
  line(["Assumptions"]);
  for (const { label, value, format } of report.assumptions) line([label, value], (c) => (c === 1 ? format : "@"));
  line([]);
  line(["People"]);
  const peopleRow = line([...header, ...personColumns.map((c) => c.header)]);
  for (const { cells: own, formats: ownFormats, person } of people) {
    const given = header.map((_, c) => own[c] ?? null);
    line([...given, ...personColumns.map((c) => c.cell(person))], (c) =>
      c >= header.length
        ? personColumns[c - header.length].format
        : typeof given[c] === "string"
          ? "@"
          : (ownFormats?.[c] ?? "General"),
    );
  }
  const summaryRow = table("Summary by department, role and level", summaryColumns, report.summary);
  const bandsRow = report.bands.length > 0 ? table("Company bands beside the market", bandColumns, report.bands) : -1;
  const unmapped = unmappedTitles(people);
  let unmappedRow = -1;
  if (unmapped.length > 0) {
    line([]);
    line(["Titles not in the job map: add each to the map as the guide role it is, then run the check again"]);
    unmappedRow = line(unmappedHeaders);
    for (const row of unmapped) line(row, () => "@");
  }
  return {
    cells,
    formats,
    rows: { people: peopleRow, summary: summaryRow, bands: bandsRow, unmapped: unmappedRow },
  };
}
