/**
 * aipay census FILE: an employee census priced against the market (or the company's own
 * bands), streamed. The job map and the company's bands are read first, whole (they are
 * small); the census is read (csv-parse), each person priced (priceCensusRow) and written as
 * they come, and the summary, bands and assumptions follow the last. This module only wires
 * the files and streams; the engine declares the columns, checks and messages.
 */
import { createReadStream } from "node:fs";
import type { Readable, Writable } from "node:stream";
import { parse } from "csv-parse";
import {
  companyBandColumns,
  EngineError,
  jobMapColumns,
  TableError,
  type CompanyBands,
  type JobMap,
  readCompanyBands,
  readJobMap,
  resolveCensusOptions,
} from "../engine";
import { aipay } from "./engine";
import { exitCodes, writeOut } from "./output";
import { csvLine, type CsvRow } from "./plan-csv";
import { csvOptions, PlanFileError } from "./plan-file";
import { UsageError } from "./plan-options";
import { censusUsage, readCensusArguments, type CensusArguments } from "./census-options";
import { csvCensusLayout, csvSummaryLayout, jsonCensusLayout, type CensusLayout } from "./census-layout";
import { CensusRun } from "./census-run";
import { readTableFile } from "./census-tables";
import { openEnds, pricing, streamRun } from "./streaming";

export { censusUsage };

const say = (text: string) => process.stderr.write(`${text}\n`);

/** A table file read by the engine; says what is wrong with it and returns undefined when refused. */
function readTable<T>(file: string, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof TableError) for (const problem of error.problems) say(`aipay census ${file}: ${problem}`);
    else if (error instanceof PlanFileError) say(`aipay census ${file}: ${error.message}`);
    else if ((error as NodeJS.ErrnoException).code)
      say(`aipay census ${file}: cannot read it: ${(error as Error).message}`);
    else throw error;
    return undefined;
  }
}

/** The census command; resolves to its exit code. Problems go to stderr as they are found. */
export async function runCensus(args: string[]): Promise<number> {
  let command;
  try {
    command = readCensusArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`aipay census: ${error.message}\n${censusUsage}`);
    return exitCodes.failure;
  }
  if (command === "help") {
    await writeOut(`${censusUsage}\n`);
    return exitCodes.ok;
  }
  let map: JobMap | undefined;
  if (command.map !== undefined) {
    const file = command.map;
    map = readTable(file, () => readJobMap(aipay, readTableFile(file, jobMapColumns, "job map")));
    if (!map) return exitCodes.resultError;
  }
  let bands: CompanyBands | undefined;
  if (command.bands !== undefined) {
    const file = command.bands;
    bands = readTable(file, () => readCompanyBands(aipay, readTableFile(file, companyBandColumns, "band table"), map));
    if (!bands) return exitCodes.resultError;
  }
  let options;
  try {
    options = resolveCensusOptions(
      aipay,
      { taxYear: command.taxYear ?? null, target: command.target ?? null },
      map,
      bands,
    );
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    say(`aipay census: ${error.code}: ${error.message.replace(/\btaxYear\b/g, "--tax-year")}`);
    return exitCodes.resultError;
  }
  const ends = openEnds("aipay census", command.file, command.output);
  if (typeof ends === "number") return ends;
  const { delimiter, destination } = ends;
  const [layout, text] = layoutFor(command, delimiter);
  const run = new CensusRun(
    options,
    bands?.comparisons ?? [],
    layout,
    (problem) => say(`aipay census ${command.file}: ${problem}`),
    command.summary,
  );
  const parser = parse(csvOptions(delimiter, (reason) => run.unreadable(reason)));
  const streams: [Readable, ...Writable[]] = [
    createReadStream(command.file),
    parser,
    pricing(run, text),
    destination.stream,
  ];
  return streamRun("aipay census", command.file, run, streams, destination);
}

function layoutFor(command: CensusArguments, delimiter: string): [CensusLayout<unknown>, (out: unknown) => string] {
  if (command.json) return [jsonCensusLayout(!command.summary), (out) => out as string];
  const asCsv = (out: unknown) => csvLine(out as CsvRow, delimiter);
  return [command.summary ? csvSummaryLayout() : csvCensusLayout(), asCsv];
}
