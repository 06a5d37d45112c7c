/** Timing helpers: every figure is the median of several runs, after a warm-up. */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median milliseconds of `runs` calls of `work`, after one untimed call. */
export function timeMs(work: () => unknown, runs: number): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * The source of a timing loop over `call(i)`, `calls` calls a run, `runs` runs after one that
 * warms up; it returns each run's nanoseconds per call and the sum of the answers. Each
 * contender compiles a copy of its own (`new Function("call", "calls", "runs", timingLoop)`):
 * a loop shared by both would be optimised for the first closure it ran and then deoptimised
 * for the second, so whichever ran first would be timed at an advantage.
 */
export const timingLoop = `
  const times = [];
  let sink = 0;
  for (let r = 0; r <= runs; r++) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) sink += call(i);
    if (r > 0) times.push(((performance.now() - start) * 1e6) / calls); // run 0 warms up
  }
  return { times, sink };`;

export interface Metric {
  name: string;
  value: number;
  unit: string;
  goal: string;
  meets: boolean;
  /** What else the run found (calls/s, gzip size, the run's raw times). */
  note?: string;
}

/**
 * Two workbooks' figures agree to the penny. HyperFormula's ROUND rounds the binary double (1.005
 * to 1.00) where Excel and AIPAY round the decimal it stands for (1.01), so on a half penny the
 * native formulas may be a penny below AIPAY's figure; any other difference fails.
 */
export function assertSameToThePenny(aipay: readonly unknown[], native: readonly unknown[], message: string): void {
  const apart = aipay.findIndex((figure, i) => {
    const other = native[i];
    if (typeof figure !== "number" || typeof other !== "number") return figure !== other;
    return Math.abs(figure - other) > 0.0100001;
  });
  if (aipay.length !== native.length || apart >= 0)
    throw new Error(`${message}: at ${apart}, ${String(aipay[apart])} against ${String(native[apart])}`);
}
