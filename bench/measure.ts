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

export interface Metric {
  name: string;
  value: number;
  unit: string;
  goal: string;
  meets: boolean;
  /** What else the run found (calls/s, gzip size, the run's raw times). */
  note?: string;
}
