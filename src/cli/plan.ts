/**
 * aipay plan FILE: a plan file priced into a monthly budget by the engine's plan model,
 * streamed. The file is read (csv-parse), each row priced (pricePlanRow) and written
 * (as CSV lines, or JSON) as it comes, and the totals and assumptions follow the last, so
 * memory stays flat however long the plan. This module only wires the streams and says how
 * the run ended; the model declares the columns, options, defaults, checks and messages.
 */
import { createReadStream } from "node:fs";
import { Transform, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import { EngineError, type PlanInputValues } from "../engine";
import { aipay } from "./engine";
import { fileDestination, stdoutDestination, type Destination } from "./destination";
import { exitCodes, writeOut } from "./output";
import { csvLayout, csvLine, type CsvRow } from "./plan-csv";
import { csvOptions, headerDelimiter, PlanFileError, readHeaderLine, type Delimiter } from "./plan-file";
import { jsonLayout } from "./plan-json";
import type { PlanLayout } from "./plan-layout";
import { planUsage, readPlanArguments, UsageError, withFlags, type PlanArguments } from "./plan-options";
import { PlanRun } from "./plan-run";
import { summaryCsvLayout, summaryJsonLayout } from "./plan-summary";

export { planUsage };

const say = (text: string) => process.stderr.write(`${text}\n`);

/** About this much text goes on to the destination at a time. */
const batchLength = 64 * 1024;

/**
 * Each parsed record through the run, and what it returns on to the writer as text,
 * gathered into pieces of about 64 KB: a write to a file or stdout is a system call, and a
 * row's text passed on through the streams alone would cost more than writing it.
 */
function pricing<Out>(run: PlanRun<Out>, text: (out: Out) => string): Transform {
  let pending = "";
  const pass = (stream: Transform, work: () => Out[], done: (error?: Error) => void, last = false) => {
    try {
      for (const out of work()) pending += text(out);
      if (pending.length >= batchLength || (last && pending !== "")) {
        stream.push(pending);
        pending = "";
      }
      done();
    } catch (error) {
      done(error as Error);
    }
  };
  return new Transform({
    writableObjectMode: true,
    transform(record: string[], _encoding, done) {
      pass(this, () => run.record(record), done);
    },
    flush(done) {
      pass(this, () => run.end(), done, true);
    },
  });
}

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
  return { run, streams: [createReadStream(command.file), parser, pricing(run, text), destination] };
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
    inputs = aipay.resolvePlanInputs(command.given);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    say(`aipay plan: ${error.code}: ${withFlags(error.message)}`);
    return exitCodes.resultError;
  }
  let delimiter;
  try {
    delimiter = headerDelimiter(readHeaderLine(command.file));
  } catch (error) {
    say(`aipay plan ${command.file}: cannot read it: ${(error as Error).message}`);
    return exitCodes.resultError;
  }
  let destination: Destination;
  try {
    destination = command.output === undefined ? stdoutDestination() : fileDestination(command.output);
  } catch (error) {
    say(`aipay plan: cannot write ${command.output}: ${(error as Error).message}`);
    return exitCodes.failure;
  }
  return write(command, delimiter, inputs, destination);
}

/** Streams the priced plan to its destination, and makes it the destination's only if whole. */
async function write(
  command: PlanArguments,
  delimiter: Delimiter,
  inputs: PlanInputValues,
  destination: Destination,
): Promise<number> {
  const { run, streams } = stages(command, delimiter, inputs, destination.stream);
  const failures = new Map<unknown, string>();
  streams[0].once("error", (error: Error) => failures.set(error, `cannot read ${command.file}`));
  destination.stream.once("error", (error: Error) => failures.set(error, `cannot write ${destination.name}`));
  try {
    await pipeline(streams);
  } catch (error) {
    destination.discard();
    if (error instanceof PlanFileError) {
      say(`aipay plan ${command.file}: ${error.message}`);
      return exitCodes.resultError;
    }
    if (!failures.has(error)) throw error;
    say(`aipay plan: ${failures.get(error)}: ${(error as Error).message}`);
    return exitCodes.failure;
  }
  if (run.refused) {
    destination.discard();
    return exitCodes.resultError;
  }
  try {
    await destination.commit();
  } catch (error) {
    destination.discard();
    say(`aipay plan: cannot write ${destination.name}: ${(error as Error).message}`);
    return exitCodes.failure;
  }
  return exitCodes.ok;
}
