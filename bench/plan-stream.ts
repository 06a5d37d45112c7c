/**
 * plan-stream: `aipay plan` (the built dist/cli/aipay.js) on a generated plan of 1,000,000
 * hires, against csv-parse piped to csv-stringify copying the same file, in the same run:
 * the ratio of their wall times (plan-stream) and of their peak resident memory
 * (plan-stream-memory). Each command runs in its own process, writing to a file, three
 * times in turn; each figure is the median. A process's peak memory is its own
 * resourceUsage().maxRSS, written on exit by a module preloaded with -r.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { payGuide } from "../tests/support/engine";
import { median, type Metric } from "./measure";
import { publishedRows } from "./plan";

const hires = 1_000_000;
const runs = 3;
/** The repository: this runs compiled, from bench/tmp/bench. */
const root = path.resolve(__dirname, "../../..");
const tmp = path.join(root, "bench/tmp");
const planPath = path.join(tmp, "plan-1m.csv");
const cli = path.join(root, "dist/cli/aipay.js");
const options = ["--year-start", "2027-04-01", "--tax-year", "2026/27"];

/** The day-rate combinations, for the plan's contractors. */
const contracted = payGuide.data.guide.dayRates.roles.flatMap(({ role }) =>
  payGuide.data.guide.dayRates.levels.map(({ level }) => ({ role, level })),
);

/**
 * One generated hire, the same every run (a linear congruential generator): four in five
 * employees and one in five contractors, outside or inside IR35 and either fee payer,
 * starts over fifteen months, one in ten a leaver, some part-time or several heads.
 */
function hireLine(next: () => number, i: number): string {
  const month = 1 + (next() % 15);
  const start = new Date(Date.UTC(2027, month - 1, 1 + (next() % 28))).toISOString().slice(0, 10);
  const end = next() % 10 === 0 ? new Date(Date.UTC(2027, month + 2, 0)).toISOString().slice(0, 10) : "";
  const headcount = ["1", "1", "1", "2", "0.5"][next() % 5];
  const department = `Team ${i % 40}`;
  if (next() % 5 === 0) {
    const { role, level } = contracted[next() % contracted.length];
    const [ir35, payer] = [
      ["outside", ""],
      ["inside", "agency"],
      ["inside", "client"],
    ][next() % 3];
    return `${role},${level},,${start},${end},${headcount},${ir35},${payer},${department},hire ${i}\n`;
  }
  const { role, level, location } = publishedRows[next() % publishedRows.length];
  return `${role},${level},${location},${start},${end},${headcount},,,${department},hire ${i}\n`;
}

/** Writes the plan file in pieces, so that generating it holds no more than a piece. */
function writePlan(): void {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  const fd = fs.openSync(planPath, "w");
  fs.writeSync(fd, "role,level,location,start,end,headcount,ir35,feePayer,department,notes\n");
  for (let from = 0; from < hires; from += 10_000) {
    let piece = "";
    for (let i = from; i < from + 10_000; i++) piece += hireLine(next, i);
    fs.writeSync(fd, piece);
  }
  fs.closeSync(fd);
}

/** The baseline: the plan file copied through csv-parse and csv-stringify, streamed, to stdout. */
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

interface Measured {
  timeRatio: number;
  memoryRatio: number;
  note: string;
}

let measured: Promise<Measured> | undefined;

/** Both commands, three times in turn; measured once for both metrics. */
function measure(): Promise<Measured> {
  measured ??= (async () => {
    fs.mkdirSync(tmp, { recursive: true });
    fs.writeFileSync(path.join(tmp, "rss-probe.js"), probeScript);
    fs.writeFileSync(path.join(tmp, "csv-copy.js"), copyScript);
    writePlan();
    const plan: Run[] = [];
    const copy: Run[] = [];
    for (let i = 0; i < runs; i++) {
      copy.push(await timed([path.join(tmp, "csv-copy.js"), planPath], path.join(tmp, "plan-copy.csv")));
      plan.push(await timed([cli, "plan", planPath, ...options], path.join(tmp, "plan-budget.csv")));
    }
    const [planMs, copyMs] = [median(plan.map((r) => r.ms)), median(copy.map((r) => r.ms))];
    const [planMb, copyMb] = [median(plan.map((r) => r.rssKb)) / 1024, median(copy.map((r) => r.rssKb)) / 1024];
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const mb = (size: number) => `${size.toFixed(0)} MB`;
    return {
      timeRatio: planMs / copyMs,
      memoryRatio: planMb / copyMb,
      note:
        `${hires.toLocaleString("en-GB")} hires: aipay plan ${s(planMs)}, ${mb(planMb)} peak; ` +
        `csv-parse | csv-stringify ${s(copyMs)}, ${mb(copyMb)} (medians of ${runs})`,
    };
  })();
  return measured;
}

export async function planStream(): Promise<Metric> {
  const { timeRatio, note } = await measure();
  const value = Number(timeRatio.toFixed(2));
  return { name: "plan-stream", value, unit: "ratio", goal: "<= 1.5", meets: value <= 1.5, note };
}

export async function planStreamMemory(): Promise<Metric> {
  const { memoryRatio, note } = await measure();
  const value = Number(memoryRatio.toFixed(2));
  return { name: "plan-stream-memory", value, unit: "ratio", goal: "<= 2", meets: value <= 2, note };
}
