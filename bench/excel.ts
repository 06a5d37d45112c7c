/**
 * AIPAY as Excel runs it: the built functions.js in a page after Microsoft's
 * custom-functions-runtime.js, with tests/support/excel-runtime.ts playing Excel on the
 * runtime's native bridge (a worker thread's fresh global, not node:vm).
 * plan-chain-levels: the runtime's result messages until one hire of the plan sheet settles.
 * excel-call-vs-map: the registered SALARYBAND called as the runtime calls it, against Map.get.
 * cold-start-vs-runtime: loading functions.js and its first call, against loading the runtime.
 */
import * as assert from "node:assert";
import { ExcelPage, ref, type Sheet } from "../tests/support/excel-runtime";
import { hireCells, hireMonths } from "../tests/support/plan-hire";
import { median, timingLoop, type Metric } from "./measure";
import { plan } from "./plan";

export async function planChainLevels(): Promise<Metric> {
  // A fresh page: the runtime paces its sends from the last one it made.
  const page = await ExcelPage.open();
  const { values, flushes, flushTimes, elapsedMs, invocations } = await page.settle(hireCells);
  await page.close();
  const months = hireMonths(values);
  assert.ok(months.length === 12 && months.every((m) => typeof m === "number"), JSON.stringify(months));
  return {
    name: "plan-chain-levels",
    value: flushes,
    unit: "flushes",
    goal: "<= 2",
    meets: flushes <= 2,
    note: `${invocations.length} AIPAY calls (${invocations.map((i) => i.call).join(", ")}); settled in ${elapsedMs.toFixed(0)} ms, results at ${flushTimes.map((t) => t.toFixed(0)).join(", ")} ms`,
  };
}

/**
 * Runs in the page. The contenders are timed by their own compiled copies of the timing loop,
 * in turns over several rounds. SALARYBAND is the function the runtime holds for its id,
 * called as the runtime calls it (`apply`, every declared parameter, null for those omitted,
 * the invocation context last), each argument a 1×1 matrix as Excel passes a cell. The same
 * function given the cells' values themselves is timed too, for the note: what the call
 * would cost if a 1×1 matrix were read as its one value.
 */
const inPage = `
const { rows, loop, rounds } = data;
const salaryBand = CustomFunctions._association.mappings.SALARYBAND;
const context = { functionName: "SALARYBAND", address: "Plan!D2" };
const args = rows.map((r) => [[[r.role]], [[r.level]], [[r.location]], null, null, null, context]);
const values = rows.map((r) => [r.role, r.level, r.location, null, null, null, context]);
const keys = rows.map((r) => r.role + "|" + r.level + "|" + r.location);
const byKey = new Map(keys.map((key, i) => [key, salaryBand.apply(null, args[i])[0][0]]));
const time = (call, calls) => new Function("call", "calls", "runs", loop)(call, calls, 3);
return Array.from({ length: rounds }, () => ({
  map: time((i) => byKey.get(keys[i % keys.length]), 2000000),
  excel: time((i) => salaryBand.apply(null, args[i % args.length])[0][0], 100000),
  values: time((i) => salaryBand.apply(null, values[i % values.length])[0][0], 400000),
}));
`;

export async function excelCallVsMap(): Promise<Metric> {
  const page = await ExcelPage.open();
  type Timed = { times: number[]; sink: number };
  const rounds = await page.evaluate<Record<"map" | "excel" | "values", Timed>[]>(inPage, {
    rows: plan(1_000),
    loop: timingLoop,
    rounds: 5,
  });
  await page.close();
  assert.ok(
    rounds.every((r) => Object.values(r).every((t) => t.sink > 0)),
    "a contender answered no figure",
  );
  const ns = (contender: "map" | "excel" | "values") => rounds.map((r) => median(r[contender].times));
  const [map, excel, values] = [median(ns("map")), median(ns("excel")), median(ns("values"))];
  const perRound = ns("excel").map((t, i) => t / ns("map")[i]);
  const ratio = excel / map;
  return {
    name: "excel-call-vs-map",
    value: Number(ratio.toFixed(2)),
    unit: "ratio",
    goal: "<= 15",
    meets: ratio <= 15,
    note: `SALARYBAND as Excel calls it ${excel.toFixed(0)} ns/call (${Math.round(1e9 / excel).toLocaleString("en-GB")} calls/s), Map.get ${map.toFixed(1)} ns; rounds ${Math.min(...perRound).toFixed(2)}–${Math.max(...perRound).toFixed(2)}; given plain values, not 1×1 matrices, ${values.toFixed(0)} ns (${(values / map).toFixed(2)})`,
  };
}

/** A workbook opening: the page loads, and Excel's first invocation is one SALARYBAND. */
const firstCall: Sheet = {
  A2: "LLM Engineer",
  B2: "Senior",
  C2: "London",
  D2: { call: "SALARYBAND", args: [ref("A2"), ref("B2"), ref("C2")] },
};

export async function coldStartVsRuntime(): Promise<Metric> {
  const starts: { runtime: number; ours: number }[] = [];
  // 21 fresh pages, each a fresh global: on a shared machine one start can take twice another's.
  for (let i = 0; i < 21; i++) {
    const page = await ExcelPage.open();
    const { values } = await page.settle(firstCall);
    await page.close();
    assert.deepStrictEqual(values.D2, [[130000]]);
    // The page's first message from Excel is the invocation; the runtime calls SALARYBAND inside it.
    starts.push({ runtime: page.loaded.runtimeMs, ours: page.loaded.functionsMs + page.handledMs[0] });
  }
  const ratio = median(starts.map((s) => s.ours / s.runtime));
  return {
    name: "cold-start-vs-runtime",
    value: Number(ratio.toFixed(2)),
    unit: "ratio",
    goal: "<= 0.5",
    meets: ratio <= 0.5,
    note: `median of ${starts.length} fresh pages: functions.js and its first call ${median(starts.map((s) => s.ours)).toFixed(1)} ms, the runtime's load ${median(starts.map((s) => s.runtime)).toFixed(1)} ms`,
  };
}
