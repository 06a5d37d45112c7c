/**
 * A streaming command of the built CLI against csv-parse piped to csv-stringify copying the
 * same file, in the same run: the ratio of their wall times and of their peak resident memory.
 * Each command runs in its own process, writing to a file, three times in turn; each figure is
 * the median. A process's peak memory is its own resourceUsage().maxRSS, written on exit by a
 * module preloaded with -r. plan-stream and census-stream measure this way.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { median } from "./measure";

const runs = 3;
/** The repository: this runs compiled, from bench/tmp/bench. */
export const root = path.resolve(__dirname, "../../..");
export const tmp = path.join(root, "bench/tmp");
const cli = path.join(root, "dist/cli/aipay.js");

/** The baseline: the file copied through csv-parse and csv-stringify, streamed, to stdout. */
const copyScript = `
const fs = require("node:fs");
const { pipeline } = require("node:stream/promises");
const { parse } = require("csv-parse");
const { stringify } = require("csv-stringify");
pipeline(fs.createReadStream(process.argv[2]), parse({ bom: true }), stringify(), process.stdout);
`;

/** Preloaded: writes the process's peak resident memory (KB) to the file RSS_FILE names, on exit. */
const probeScript = `
process.on("exit", () => require("node:fs").writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS)));
`;

interface Run {
  ms: number;
  rssKb: number;
}

/** One command in its own Node process, stdout to a file: its wall time, peak memory and exit code. */
async function timed(args: string[], out: string): Promise<Run> {
  const rssFile = path.join(tmp, "rss.txt");
  const stdout = fs.openSync(out, "w");
  const start = performance.now();
  const child = spawn(process.execPath, ["-r", path.join(tmp, "rss-probe.js"), ...args], {
    cwd: root,
    env: { ...process.env, RSS_FILE: rssFile },
    stdio: ["ignore", stdout, "inherit"],
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const ms = performance.now() - start;
  fs.closeSync(stdout);
  if (code !== 0) throw new Error(`${args.join(" ")} exited ${code}`);
  return { ms, rssKb: Number(fs.readFileSync(rssFile, "utf8")) };
}

export interface Measured {
  timeRatio: number;
  memoryRatio: number;
  note: string;
}

/**
 * `aipay <args>` on the file `write` makes, against the copy, three times each in turn.
 * `what` names the file's rows in the note, e.g. "1,000,000 hires: aipay plan".
 */
export async function streamVersusCopy(
  what: string,
  file: string,
  write: () => void,
  args: readonly string[],
): Promise<Measured> {
  fs.mkdirSync(tmp, { recursive: true });
  fs.writeFileSync(path.join(tmp, "rss-probe.js"), probeScript);
  fs.writeFileSync(path.join(tmp, "csv-copy.js"), copyScript);
  write();
  const command: Run[] = [];
  const copy: Run[] = [];
  for (let i = 0; i < runs; i++) {
    copy.push(await timed([path.join(tmp, "csv-copy.js"), file], path.join(tmp, "copy.csv")));
    command.push(await timed([cli, ...args], path.join(tmp, "command-output.csv")));
  }
  const [commandMs, copyMs] = [median(command.map((r) => r.ms)), median(copy.map((r) => r.ms))];
  const [commandMb, copyMb] = [median(command.map((r) => r.rssKb)) / 1024, median(copy.map((r) => r.rssKb)) / 1024];
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const mb = (size: number) => `${size.toFixed(0)} MB`;
  return {
    timeRatio: commandMs / copyMs,
    memoryRatio: commandMb / copyMb,
    note:
      `${what} ${s(commandMs)}, ${mb(commandMb)} peak; ` +
      `csv-parse | csv-stringify ${s(copyMs)}, ${mb(copyMb)} (medians of ${runs})`,
  };
}
