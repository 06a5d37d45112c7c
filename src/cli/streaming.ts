/**
 * A file streamed through a run that turns each parsed record into output (aipay plan,
 * aipay census): the output gathered into pieces of about 64 KB, and the destination made
 * the output's only once the whole file is through and the run has refused nothing.
 */
import { Transform, type Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileDestination, stdoutDestination, type Destination } from "./destination";
import { exitCodes } from "./output";
import { headerDelimiter, PlanFileError, readHeaderLine, type Delimiter } from "./plan-file";

/** What a streamed command runs each record through. */
export interface RecordRun<Out> {
  /** What to write for one record of the file. */
  record(cells: string[]): Out[];
  /** What follows the last record. */
  end(): Out[];
  /** Whether a record was refused: then the output is discarded. */
  readonly refused: boolean;
}

const say = (text: string) => process.stderr.write(`${text}\n`);

/** About this much text goes on to the destination at a time. */
const batchLength = 64 * 1024;

/**
 * Each parsed record through the run, and what it returns on to the writer as text,
 * gathered into pieces of about 64 KB: a write to a file or stdout is a system call, and a
 * row's text passed on through the streams alone would cost more than writing it.
 */
export function pricing<Out>(run: RecordRun<Out>, text: (out: Out) => string): Transform {
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

/**
 * Streams the file through the run to its destination, and makes it the destination's only
 * if whole; resolves to the exit code. `command` names the command in messages ("aipay plan").
 */
export async function streamRun(
  command: string,
  file: string,
  run: RecordRun<unknown>,
  streams: [Readable, ...Writable[]],
  destination: Destination,
): Promise<number> {
  const failures = new Map<unknown, string>();
  streams[0].once("error", (error: Error) => failures.set(error, `cannot read ${file}`));
  destination.stream.once("error", (error: Error) => failures.set(error, `cannot write ${destination.name}`));
  try {
    await pipeline(streams);
  } catch (error) {
    destination.discard();
    if (error instanceof PlanFileError) {
      say(`${command} ${file}: ${error.message}`);
      return exitCodes.resultError;
    }
    if (!failures.has(error)) throw error;
    say(`${command}: ${failures.get(error)}: ${(error as Error).message}`);
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
    say(`${command}: cannot write ${destination.name}: ${(error as Error).message}`);
    return exitCodes.failure;
  }
  return exitCodes.ok;
}

/**
 * The file's delimiter, found on its header line, and the destination opened (stdout, or
 * `output`); or, when either cannot be had, the exit code, with a line on stderr saying why.
 */
export function openEnds(
  command: string,
  file: string,
  output: string | undefined,
): { delimiter: Delimiter; destination: Destination } | number {
  let delimiter;
  try {
    delimiter = headerDelimiter(readHeaderLine(file));
  } catch (error) {
    say(`${command} ${file}: cannot read it: ${(error as Error).message}`);
    return exitCodes.resultError;
  }
  try {
    return { delimiter, destination: output === undefined ? stdoutDestination() : fileDestination(output) };
  } catch (error) {
    say(`${command}: cannot write ${output}: ${(error as Error).message}`);
    return exitCodes.failure;
  }
}
