/**
 * `npm run bench`: builds, measures every figure docs/performance.md shows,
 * prints a table and writes bench/results.json. Not part of `npm test`.
 * `npm run bench -- cold-init bundle-size` measures only the metrics named; such a run
 * prints its table but leaves bench/results.json as it was, so that file is always one
 * full run's figures, never a mix of runs.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { bundleBrotli, bundleSize, coldInit } from "./bundle";
import { array100k } from "./engine";
import { coldStartVsRuntime, excelCallVsMap, planChainLevels } from "./excel";
import { hyperformulaVsNative } from "./hyperformula";
import type { Metric } from "./measure";
import { monthly100k, monthlyPlanHyperformulaVsNative } from "./monthly";
import { planStream, planStreamMemory } from "./plan-stream";
import { censusStream, censusStreamMemory } from "./census-stream";
import { firstFigurePaint, taskpaneFirstRender, taskpaneRecompute } from "./taskpane";
import { typoSuggestion, worstSkillsCell } from "./worst-input";

/** Every metric by its name, in the order the table shows them. */
const measures: Record<string, () => Metric | Promise<Metric>> = {
  "excel-call-vs-map": excelCallVsMap,
  "array-100k": array100k,
  "worst-skills-cell": worstSkillsCell,
  "typo-suggestion": typoSuggestion,
  "hyperformula-vs-native": hyperformulaVsNative,
  "monthly-100k": monthly100k,
  "monthly-plan-hyperformula-vs-native": monthlyPlanHyperformulaVsNative,
  "bundle-size": bundleSize,
  "bundle-brotli": bundleBrotli,
  "cold-init": coldInit,
  "cold-start-vs-runtime": coldStartVsRuntime,
  "plan-chain-levels": planChainLevels,
  "taskpane-first-render": taskpaneFirstRender,
  "taskpane-recompute": taskpaneRecompute,
  "first-figure-paint": firstFigurePaint,
  "plan-stream": planStream,
  "plan-stream-memory": planStreamMemory,
  "census-stream": censusStream,
  "census-stream-memory": censusStreamMemory,
};

async function main(requested: string[]): Promise<void> {
  const unknown = requested.filter((name) => !(name in measures));
  if (unknown.length > 0) {
    console.error(`Unknown metric ${unknown.join(", ")}. The metrics are: ${Object.keys(measures).join(", ")}.`);
    process.exitCode = 2;
    return;
  }
  const names = requested.length > 0 ? Object.keys(measures).filter((name) => requested.includes(name)) : null;
  const metrics: Metric[] = [];
  for (const name of names ?? Object.keys(measures)) {
    const metric = await measures[name]();
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
  if (names) {
    console.error("Only some metrics were measured: bench/results.json is left as it was.");
  } else {
    // JSON has no NaN: a figure that could not be measured is written as null.
    const results = {
      metrics: metrics.map(({ note: _note, ...m }) => ({ ...m, value: Number.isNaN(m.value) ? null : m.value })),
    };
    fs.writeFileSync(path.resolve(__dirname, "../../results.json"), `${JSON.stringify(results, null, 2)}\n`);
  }
  if (metrics.some((m) => !m.meets)) process.exitCode = 1;
}

void main(process.argv.slice(2));
