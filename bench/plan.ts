/** The headcount plan every benchmark prices: rows of role, level and location drawn from the guide's tables. */
import { payGuide } from "../tests/support/engine";

export interface PlanRow {
  role: string;
  level: string;
  location: string;
}

/** Every published permanent combination, as the guide's table would be pasted into a sheet. */
export const publishedRows: PlanRow[] = payGuide.data.guide.salaryTables.flatMap((table) =>
  table.levels.flatMap((level) =>
    payGuide.locationNames.map((location) => ({ role: table.role, level: level.level, location })),
  ),
);

/** A deterministic plan of `size` rows (a linear congruential generator, so every run prices the same plan). */
export function plan(size: number): PlanRow[] {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  return Array.from({ length: size }, () => publishedRows[next() % publishedRows.length]);
}
