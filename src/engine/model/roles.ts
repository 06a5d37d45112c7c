/** Each role with its tables, joined once at load from the guide's separate tables. */
import type { Range } from "../data/schema";
import type { Dataset } from "../data/dataset-schema";
import { levelScale, type LevelScale } from "./levels";

type SalaryTable = Dataset["guide"]["salaryTables"][number];
export type LeadershipRow = Dataset["guide"]["leadership"]["roles"][number];
type DayRateRow = Dataset["guide"]["dayRates"]["roles"][number];

export interface RoleEntry {
  name: string;
  salaryTable?: SalaryTable;
  salaryScale?: LevelScale;
  leadership?: LeadershipRow;
  dayRates?: DayRateRow;
  /** The lowest low and highest high the guide prints for the role's salaries, across levels and locations. */
  envelope?: Range;
}

/** The span of a role's printed bands; open-ended when its top figure is printed with a "+". */
function envelopeOf(bands: readonly Range[]): Range {
  const top = bands.reduce((a, b) => (b.high > a.high ? b : a));
  return { low: Math.min(...bands.map((b) => b.low)), high: top.high, openEnded: top.openEnded };
}

/** The vocabulary's roles, in its order, each with the tables that publish it. */
export function roleEntries({ guide, vocabulary }: Dataset): RoleEntry[] {
  const entries = new Map<string, RoleEntry>(vocabulary.roles.map((r) => [r.name, { name: r.name }]));
  for (const table of guide.salaryTables) {
    const entry = entries.get(table.role)!;
    entry.salaryTable = table;
    entry.salaryScale = levelScale(
      table.levels.map((l) => ({
        level: l.level,
        label: l.label,
        tier: l.tier,
        yearsFrom: l.years?.from,
        yearsTo: l.years?.to,
      })),
    );
  }
  for (const row of guide.leadership.roles) entries.get(row.role)!.leadership = row;
  for (const entry of entries.values()) {
    const bands = entry.leadership
      ? Object.values(entry.leadership.bands)
      : entry.salaryTable?.levels.flatMap((l) => Object.values(l.bands));
    if (bands) entry.envelope = envelopeOf(bands);
  }
  for (const row of guide.dayRates.roles) entries.get(row.role)!.dayRates = row;
  return [...entries.values()];
}
