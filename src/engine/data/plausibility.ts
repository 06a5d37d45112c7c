/**
 * Figures that are well formed but that a reader of the guide would catch as typos: a level
 * paid below the level before it, a location paid above the one the guide prints as the
 * highest. Each problem names the field, as the schema's own do. (Employer rates outside
 * what any UK tax year could hold are refused by employer-costs-schema.ts.)
 */
import type { IssueSink, Path, Range } from "./common-schema";
import type { Guide } from "./schema";

const pounds = (range: Range) => `£${range.low.toLocaleString("en-GB")} – £${range.high.toLocaleString("en-GB")}`;

/** The end at which `band` is below `floor`, if either is. */
const endBelow = (band: Range, floor: Range) =>
  band.low < floor.low ? "low" : band.high < floor.high ? "high" : undefined;

/** Both ends at least the level before's: a higher level is never paid less at either end. */
function checkRising(
  ctx: IssueSink,
  pathOf: (i: number) => Path,
  names: readonly string[],
  bands: readonly (Range | undefined)[],
): void {
  bands.forEach((band, i) => {
    const before = bands[i - 1];
    const end = band && before && endBelow(band, before);
    if (end)
      ctx.addIssue({
        code: "custom",
        path: [...pathOf(i), end],
        message: `${names[i]} (${pounds(band)}) is paid below ${names[i - 1]}, the level before it (${pounds(before)}): levels rise`,
      });
  });
}

/**
 * Each salary table's levels, column by column, and each role's day rates, level by level,
 * rise (or hold) from one level to the next.
 */
export function checkLevelOrder(guide: Guide, ctx: IssueSink): void {
  guide.salaryTables.forEach((table, t) => {
    const names = table.levels.map((l) => l.level);
    for (const column of table.columns)
      checkRising(
        ctx,
        (i) => ["guide", "salaryTables", t, "levels", i, "bands", column],
        names,
        table.levels.map((l) => l.bands[column]),
      );
  });
  const levels = guide.dayRates.levels.map((l) => l.level);
  guide.dayRates.roles.forEach((row, r) =>
    checkRising(
      ctx,
      (i) => ["guide", "dayRates", "roles", r, "rates", levels[i]],
      levels,
      levels.map((level) => row.rates[level]),
    ),
  );
}

/**
 * Where §8 prints a location as the highest paid (London, "Highest salaries"), no column of
 * any table pays more than it at either end, for the same role and level.
 */
export function checkHighestLocation(guide: Guide, ctx: IssueSink): void {
  const highest = guide.regional.rows.find((row) => row.highest)?.location;
  if (!highest) return;
  const check = (path: Path, bands: Readonly<Record<string, Range>>) => {
    const top = bands[highest];
    if (!top) return;
    for (const [column, band] of Object.entries(bands)) {
      const end = column !== highest && endBelow(top, band);
      if (end)
        ctx.addIssue({
          code: "custom",
          path: [...path, column, end],
          message: `${column} (${pounds(band)}) is paid above ${highest} (${pounds(top)}), which the guide prints as the highest-paid location`,
        });
    }
  };
  guide.salaryTables.forEach((table, t) =>
    table.levels.forEach((level, l) => check(["guide", "salaryTables", t, "levels", l, "bands"], level.bands)),
  );
  guide.leadership.roles.forEach((row, r) => check(["guide", "leadership", "roles", r, "bands"], row.bands));
}
