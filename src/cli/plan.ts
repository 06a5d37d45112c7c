/**
 * aipay plan FILE: a plan file priced into a monthly budget by the engine's plan model,
 * streamed. The file is read (csv-parse), each row priced (pricePlanRow) and written
 * (as CSV lines, or JSON) as it comes, and the totals and assumptions follow the last, so
 * memory stays flat however long the plan. This module only wires the streams and says how
 * the run ended; the model declares the columns, options, defaults, checks and messages.
 */
import { createReadStream } from "node:fs";
import type { Readable, Writable } from "node:stream";
import { parse } from "csv-parse";
import { EngineError, type PlanInputValues, resolvePlanInputs } from "../engine";
import { aipay } from "./engine";
import type { Destination } from "./destination";
import { exitCodes, writeOut } from "./output";
import { csvLayout, csvLine, type CsvRow } from "./plan-csv";
import { csvOptions, type Delimiter } from "./plan-file";
import { jsonLayout } from "./plan-json";
import type { PlanLayout } from "./plan-layout";
import { planUsage, readPlanArguments, UsageError, withFlags, type PlanArguments } from "./plan-options";
import { PlanRun } from "./plan-run";
import { summaryCsvLayout, summaryJsonLayout } from "./plan-summary";
import { openEnds, pricing, streamRun } from "./streaming";

export { planUsage };

const say = (text: string) => process.stderr.write(`${text}\n`);

/** The streams from the file to the destination, for the format asked for. */
function stages(command: PlanArguments, delimiter: Delimiter, inputs: PlanInputValues, destination: Writable) {
  const report = (problem: string) => say(`aipay plan ${command.file}: ${problem}`);
  // CSV in the delimiter the plan was read with, so the budget opens where the plan was written.
  const asCsv = (out: unknown) => csvLine(out as CsvRow, delimiter);
  const asText = (out: unknown) => out as string;
  const [layout, text]: [PlanLayout<unknown>, (out: unknown) => string] = command.summary
    ? command.json
      ? [summaryJsonLayout(inputs), asText]
      : [summaryCsvLayout(inputs), asCsv]
    : command.json
      ? [jsonLayout(), asText]
      : [csvLayout, asCsv];
  const run = new PlanRun(inputs, layout, report);
  const parser = parse(csvOptions(delimiter, (reason) => run.unreadable(reason)));
  const streams: [Readable, ...Writable[]] = [createReadStream(command.file), parser, pricing(run, text), destination];
  return { run, streams };
}

/** The plan command; resolves to its exit code. Problems go to stderr as they are found. */
export async function runPlan(args: string[]): Promise<number> {
  let command;
  try {
    command = readPlanArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`aipay plan: ${error.message}\n${planUsage}`);
    return exitCodes.failure;
  }
  if (command === "help") {
    await writeOut(`${planUsage}\n`);
    return exitCodes.ok;
  }
  let inputs;
  try {
    // The run prices from the edition asked for, as a workbook pinned to it would.
    if (command.edition !== undefined) aipay.pinWorkbook({ edition: aipay.editions.edition(command.edition).id });
    inputs = resolvePlanInputs(aipay, command.given);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    say(`aipay plan: ${error.code}: ${withFlags(error.message)}`);
    return exitCodes.resultError;
  }
  const ends = openEnds("aipay plan", command.file, command.output);
  if (typeof ends === "number") return ends;
  return write(command, ends.delimiter, inputs, ends.destination);
}

/** Streams the priced plan to its destination, and makes it the destination's only if whole. */
function write(
  command: PlanArguments,
  delimiter: Delimiter,
  inputs: PlanInputValues,
  destination: Destination,
): Promise<number> {
  const { run, streams } = stages(command, delimiter, inputs, destination.stream);
  return streamRun("aipay plan", command.file, run, streams, destination);
}
