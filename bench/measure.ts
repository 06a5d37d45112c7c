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
