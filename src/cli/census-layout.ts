/**
 * The census report's forms. CSV: a header, a line a person (their columns as given, then the
 * guide job and the figures), then the census's totals, the company bands beside the market,
 * and the assumptions, every line as wide as the header. JSON: one document of rows, summary,
 * bands and assumptions. With --summary, the summary lines take the people's place.
 */
import type { BandComparison, CensusPerson, CensusSummaryLine, CensusTarget, SourceItem } from "../engine";
import { aipay } from "./engine";
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

/** What the figures rest on, besides the guide: the tax year, the target and the salary convention. */
export const censusAssumptions = (taxYear: string, target: CensusTarget): Assumption[] => [
  { key: "taxYear", label: "Tax year of employer rates", value: taxYear },
  { key: "target", label: "Gaps measured to", value: target === "company" ? "company bands" : "market bands" },
  { key: "salary", label: "Salary", value: "actual pay a year; the band is scaled by fte" },
  ...aipay.editionSources(),
];

const figureHeaders = [
  "guide role",
  "guide level",
  "guide location",
  "market low",
  "market mid",
  "market high",
  "basis",
  "compa-ratio",
  "range position",
  "company low",
  "company mid",
  "company high",
  "target",
  "below band",
  "above band",
  "gap to low",
  "gap to mid",
  "cost to low",
  "cost to mid",
  "unmapped: nearest roles",
];

const summaryHeaders = [
  "group",
  "name",
  "people",
  "unmapped",
  "median compa-ratio",
  "below band",
  "above band",
  "cost to low",
  "cost to mid",
];

const bandHeaders = [
  "company band",
  "title",
  "level",
  "location",
  "low",
  "mid",
  "high",
  "guide role",
  "guide level",
  "market low",
  "market mid",
  "market high",
  "basis",
  "mid compa-ratio",
  "mid range position",
  "width vs market",
];

const orBlank = <T>(value: T | null | undefined): T | string => value ?? "";
const flag = (value: boolean | undefined) => (value === undefined ? "" : value ? "TRUE" : "FALSE");

/** A person's figures, in figureHeaders' order. */
function figures(p: CensusPerson): CsvRow {
  const m = p.market;
  const g = p.gaps;
  return [
    orBlank(p.role),
    orBlank(p.level),
    orBlank(p.location),
    orBlank(m?.low),
    orBlank(m?.mid),
    orBlank(m?.high),
    orBlank(m?.basis),
    orBlank(m?.compaRatio),
    orBlank(m?.rangePosition),
    orBlank(p.company?.low),
    orBlank(p.company?.mid),
    orBlank(p.company?.high),
    orBlank(p.target),
    flag(g?.below),
    flag(g?.above),
    orBlank(g?.gapToLow),
    orBlank(g?.gapToMid),
    orBlank(g?.costToLow),
    orBlank(g?.costToMid),
    neutralised(p.unmapped?.join("; ") ?? ""),
  ];
}

const summaryCells = (l: CensusSummaryLine): CsvRow => [
  l.label,
  neutralised(l.name),
  l.count,
  l.unmapped,
  orBlank(l.medianCompaRatio),
  l.belowBand,
  l.aboveBand,
  l.costToLow,
  l.costToMid,
];

const bandCells = (c: BandComparison): CsvRow => [
  c.band.where,
  neutralised(c.band.title),
  neutralised(String(c.band.givenLevel ?? "")),
  neutralised(c.band.givenLocation ?? ""),
  c.band.low,
  c.band.mid,
  c.band.high,
  c.band.role,
  c.band.level,
  c.market.low,
  c.market.mid,
  c.market.high,
  c.market.basis,
  c.midCompaRatio,
  orBlank(c.midRangePosition),
  orBlank(c.widthRatio),
];

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
      const row = [...header.map(neutralised), ...figureHeaders];
      width = row.length;
      return [row];
    },
    person: (_line, cells, person) => [[...cells.map(neutralised), ...figures(person)]],
    tail(summary, bands, assumed) {
      const rows: CsvRow[] = [[], summaryHeaders, ...summary.map(summaryCells)];
      if (bands.length > 0) rows.push([], bandHeaders, ...bands.map(bandCells));
      rows.push([], ...assumptionRows(assumed));
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
    const rows: CsvRow[] = [summaryHeaders, ...summary.map(summaryCells)];
    if (bands.length > 0) rows.push([], bandHeaders, ...bands.map(bandCells));
    rows.push([], ...assumptionRows(assumed));
    return widened(rows, bandHeaders.length);
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
