/**
 * The census summary, declared once: its groups (everyone, then by department, guide role
 * and guide level) and, for each, the people priced, their median compa-ratio to the market
 * mid, how many sit below and above the target band, and the loaded cost a year of bringing
 * everyone below it to its low end and to its mid, added in whole pence.
 */
import type { CensusPerson } from "./person";

export interface CensusGroup {
  readonly name: "all" | "department" | "role" | "level";
  /** Its label in a report. */
  readonly label: string;
  /** The person's key in the group; undefined leaves them out (an unmapped title has no role). */
  readonly key: (person: CensusPerson) => string | undefined;
}

export const censusGroups: readonly CensusGroup[] = [
  { name: "all", label: "All", key: () => "everyone" },
  { name: "department", label: "Department", key: (p) => p.department ?? "" },
  { name: "role", label: "Role", key: (p) => p.role ?? undefined },
  {
    name: "level",
    label: "Level",
    key: (p) => (p.role === null ? undefined : `${p.role}, ${p.level || "leadership"}`),
  },
];

export interface CensusSummaryLine {
  readonly group: CensusGroup["name"];
  readonly label: string;
  /** The group's key: a department (empty for none), a role, a role and level; "everyone" for all. */
  readonly name: string;
  /** People priced against the market. */
  readonly count: number;
  /** People whose title matched no guide job. */
  readonly unmapped: number;
  readonly medianCompaRatio: number | null;
  readonly belowBand: number;
  readonly aboveBand: number;
  readonly costToLow: number;
  readonly costToMid: number;
}

class GroupSums {
  readonly compaRatios: number[] = [];
  unmapped = 0;
  belowBand = 0;
  aboveBand = 0;
  penceToLow = 0;
  penceToMid = 0;
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const half = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
};

/** People added one by one into the groups asked for; the lines in the groups' order, each group's keys sorted. */
export class CensusSummary {
  private readonly sums: Map<string, GroupSums>[];

  constructor(private readonly groups: readonly CensusGroup[] = censusGroups) {
    this.sums = groups.map(() => new Map());
  }

  add(person: CensusPerson): void {
    this.groups.forEach((group, i) => {
      const key = group.key(person);
      if (key === undefined) return;
      let sums = this.sums[i].get(key);
      if (!sums) this.sums[i].set(key, (sums = new GroupSums()));
      if (person.market === null) {
        sums.unmapped++;
        return;
      }
      sums.compaRatios.push(person.market.compaRatio);
      const gaps = person.gaps;
      if (!gaps) return;
      if (gaps.below) sums.belowBand++;
      if (gaps.above) sums.aboveBand++;
      sums.penceToLow += Math.round(gaps.costToLow * 100);
      sums.penceToMid += Math.round(gaps.costToMid * 100);
    });
  }

  lines(): CensusSummaryLine[] {
    return this.groups.flatMap((group, i) =>
      [...this.sums[i].entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, sums]) => ({
          group: group.name,
          label: group.label,
          name,
          count: sums.compaRatios.length,
          unmapped: sums.unmapped,
          medianCompaRatio: median(sums.compaRatios),
          belowBand: sums.belowBand,
          aboveBand: sums.aboveBand,
          costToLow: sums.penceToLow / 100,
          costToMid: sums.penceToMid / 100,
        })),
    );
  }
}
