/**
 * `npm run bench`: builds, measures every figure docs/performance.md shows,
 * prints a table and writes bench/results.json. Not part of `npm test`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { bundleSize, coldInit } from "./bundle";
import { array100k, engineVsMap } from "./engine";
import { hyperformulaVsNative } from "./hyperformula";
import type { Metric } from "./measure";
import { monthly100k, monthlyPlanHyperformulaVsNative } from "./monthly";
import { taskpaneFirstRender, taskpaneRecompute } from "./taskpane";
import { typoSuggestion, worstSkillsCell } from "./worst-input";

async function main(): Promise<void> {
  const metrics: Metric[] = [];
  for (const measure of [
    engineVsMap,
    array100k,
    worstSkillsCell,
    typoSuggestion,
    hyperformulaVsNative,
    monthly100k,
    monthlyPlanHyperformulaVsNative,
    bundleSize,
    coldInit,
    taskpaneFirstRender,
    taskpaneRecompute,
  ]) {
    const metric = await measure();
    console.error(`${metric.name}: ${metric.value} ${metric.unit}`);
    metrics.push(metric);
  }
  console.table(
    metrics.map(({ name, value, unit, goal, meets, note }) => ({
      name,
      value,
      unit,
      goal,
      meets: meets ? "yes" : "NO",
      note,
    })),
  );
  // JSON has no NaN: a figure that could not be measured is written as null.
  const results = {
    metrics: metrics.map(({ note: _note, ...m }) => ({ ...m, value: Number.isNaN(m.value) ? null : m.value })),
  };
  fs.writeFileSync(path.resolve(__dirname, "../../results.json"), `${JSON.stringify(results, null, 2)}\n`);
  if (metrics.some((m) => !m.meets)) process.exitCode = 1;
}

void main();
