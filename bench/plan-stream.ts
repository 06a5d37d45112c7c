/**
 * plan-stream: `aipay plan` (the built dist/cli/aipay.js) on a generated plan of 1,000,000
 * hires, against csv-parse piped to csv-stringify copying the same file, in the same run:
 * the ratio of their wall times (plan-stream) and of their peak resident memory
 * (plan-stream-memory), measured as stream-versus-copy.ts says.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { payGuide } from "../tests/support/engine";
import type { Metric } from "./measure";
import { publishedRows } from "./plan";
import { streamVersusCopy, tmp, type Measured } from "./stream-versus-copy";

const hires = 1_000_000;
const planPath = path.join(tmp, "plan-1m.csv");
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

let measured: Promise<Measured> | undefined;

/** Both commands, three times in turn; measured once for both metrics. */
function measure(): Promise<Measured> {
  measured ??= streamVersusCopy(`${hires.toLocaleString("en-GB")} hires: aipay plan`, planPath, writePlan, [
    "plan",
    planPath,
    ...options,
  ]);
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
