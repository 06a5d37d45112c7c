/**
 * census-stream: `aipay census` (the built dist/cli/aipay.js) on a generated census of
 * 1,000,000 employees, with a job map and company bands, against csv-parse piped to
 * csv-stringify copying the same file, in the same run: the ratio of their wall times
 * (census-stream) and of their peak resident memory (census-stream-memory), measured as
 * stream-versus-copy.ts says.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Metric } from "./measure";
import { publishedRows } from "./plan";
import { streamVersusCopy, tmp, type Measured } from "./stream-versus-copy";

const employees = 1_000_000;
const censusPath = path.join(tmp, "census-1m.csv");
const mapPath = path.join(tmp, "census-titles.csv");
const bandsPath = path.join(tmp, "census-bands.csv");

/**
 * One generated employee, the same every run (a linear congruential generator): most with a
 * guide role and level, one in five with years of experience instead, one in ten with a
 * company title the job map matches; salaries from £30,000 to £180,000, one in eight part-time.
 */
function employeeLine(next: () => number, i: number): string {
  const { role, level, location } = publishedRows[next() % publishedRows.length];
  const title = next() % 10 === 0 ? "Platform Engineer" : role;
  const levelCell = next() % 5 === 0 ? String(1 + (next() % 10)) : level;
  const salary = 30_000 + (next() % 150_000);
  const fte = ["1", "1", "1", "1", "1", "1", "1", "0.6"][next() % 8];
  const start = new Date(Date.UTC(2015 + (next() % 11), next() % 12, 1 + (next() % 28))).toISOString().slice(0, 10);
  return `E${String(i).padStart(7, "0")},${title},${levelCell},${location},${salary},${fte},Team ${i % 40},${start}\n`;
}

/** Writes the census in pieces, so that generating it holds no more than a piece; and the map and bands. */
function writeCensus(): void {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  const fd = fs.openSync(censusPath, "w");
  fs.writeSync(fd, "id,title,level,location,salary,fte,department,start\n");
  for (let from = 0; from < employees; from += 10_000) {
    let piece = "";
    for (let i = from; i < from + 10_000; i++) piece += employeeLine(next, i);
    fs.writeSync(fd, piece);
  }
  fs.closeSync(fd);
  fs.writeFileSync(mapPath, "title,role\nPlatform Engineer,MLOps Engineer\n");
  fs.writeFileSync(
    bandsPath,
    "title,level,location,low,high\nMLOps Engineer,Senior,London,80000,120000\nAI Engineer,Senior,,75000,115000\n",
  );
}

let measured: Promise<Measured> | undefined;

/** Both commands, three times in turn; measured once for both metrics. */
function measure(): Promise<Measured> {
  measured ??= streamVersusCopy(
    `${employees.toLocaleString("en-GB")} employees: aipay census`,
    censusPath,
    writeCensus,
    ["census", censusPath, "--map", mapPath, "--bands", bandsPath, "--tax-year", "2026/27"],
  );
  return measured;
}

export async function censusStream(): Promise<Metric> {
  const { timeRatio, note } = await measure();
  const value = Number(timeRatio.toFixed(2));
  return { name: "census-stream", value, unit: "ratio", goal: "<= 1.5", meets: value <= 1.5, note };
}

export async function censusStreamMemory(): Promise<Metric> {
  const { memoryRatio, note } = await measure();
  const value = Number(memoryRatio.toFixed(2));
  return { name: "census-stream-memory", value, unit: "ratio", goal: "<= 2", meets: value <= 2, note };
}
