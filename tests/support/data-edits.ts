/**
 * Edits a data editor makes to the shipped JSON, each on its own: the engine must serve
 * every one with no TypeScript change. tests/unit/data-only-changes.test.ts applies them to
 * a copy of the dataset; applied to src/data itself, the whole test suite must still pass.
 * Figures are invented for the edit, round enough to check by hand. Each edit replaces an
 * entry of the same name, so it still applies once the shipped data holds that name itself.
 */

/** The raw files an edit may change, as parsed JSON. */
export interface RawData {
  guide: any;
  vocabulary: any;
  employerCosts: any;
}

const band = (low: number, high: number) => ({ low, high });
/** A dated value as employer-costs.json writes it, with an invented reference. */
const inForce = (from: string, value: number) => ({
  from,
  value,
  reference: { title: "Invented for a data-edit test", href: "https://www.gov.uk/browse/employing-people" },
});
/** Puts `item` at the end of `items`, in place of any entry `same` matches. */
function replace<T>(items: T[], same: (item: T) => boolean, item: T): void {
  items.splice(0, items.length, ...items.filter((other) => !same(other)), item);
}
const named = (name: string) => (item: { name: string }) => item.name === name;
const salaryTable = ({ guide }: RawData, role: string) =>
  guide.salaryTables.find((t: { role: string }) => t.role === role);

export const dataEdits = {
  /** A region priced off London by section 8's rule: Leeds at 15–20% below London. */
  leeds(data: RawData) {
    replace(data.vocabulary.locations, named("Leeds"), { name: "Leeds", aliases: ["Leeds UK", "LDS"] });
    replace(data.guide.regional.rows, (row: { location: string }) => row.location === "Leeds", {
      location: "Leeds",
      discountVsBase: { min: 0.15, max: 0.2 },
      typicalSenior: band(60000, 95000),
      note: "Northern tech hub",
    });
  },

  /** A role with its own permanent table, in the shipped tables' columns and tiers. */
  researchScientist(data: RawData) {
    const role = "Research Scientist";
    replace(data.vocabulary.roles, named(role), { name: role, aliases: ["AI Research Scientist", "RS"] });
    const { source, unit, per, columns } = data.guide.salaryTables[0];
    const levels = [
      ["Junior", "junior", 0, 2, band(50000, 60000), band(55000, 66000), band(50000, 60000)],
      ["Mid-Level", "mid", 2, 5, band(60000, 80000), band(70000, 90000), band(60000, 78000)],
      ["Senior", "senior", 5, 8, band(80000, 110000), band(95000, 125000), band(80000, 105000)],
      ["Principal", "principal", 8, undefined, band(110000, 150000), band(125000, 170000), band(105000, 140000)],
    ] as const;
    replace(data.guide.salaryTables, (table: { role: string }) => table.role === role, {
      role,
      source: { ...source, section: "12. Research Scientist Salaries" },
      unit,
      per,
      columns,
      levels: levels.map(([level, tier, from, to, uk, london, remote]) => ({
        level,
        label: to === undefined ? `${level} (${from}+ years)` : `${level} (${from}–${to} years)`,
        tier,
        years: to === undefined ? { from } : { from, to },
        bands: { "UK National": uk, London: london, "Remote UK": remote },
      })),
    });
  },

  /** "Expert" as one more word for the principal tier, in every table. */
  levelAlias(data: RawData) {
    for (const tier of data.vocabulary.levelTiers) tier.aliases = tier.aliases.filter((a: string) => a !== "Expert");
    data.vocabulary.levelTiers.find((t: { tier: string }) => t.tier === "principal").aliases.push("Expert");
  },

  /** A premium skill for LLM Engineer: multimodal models at +10–20%. */
  skillPremium(data: RawData) {
    const { skills } = data.guide.skillPremiums.find((s: { role: string }) => s.role === "LLM Engineer");
    replace(skills, (row: { skill: string }) => row.skill === "Multimodal models", {
      skill: "Multimodal models",
      premium: { low: 0.1, high: 0.2 },
      aliases: ["Multimodal", "VLM"],
    });
  },

  /** Belfast printed as a fourth column of the LLM Engineer table (no section 8 factor). */
  belfastColumn(data: RawData) {
    replace(data.vocabulary.locations, named("Belfast"), { name: "Belfast", aliases: ["Belfast UK"] });
    const table = salaryTable(data, "LLM Engineer");
    replace(table.columns, (column) => column === "Belfast", "Belfast");
    const belfast: Record<string, unknown> = {
      Junior: band(45000, 58000),
      "Mid-Level": band(58000, 80000),
      Senior: band(80000, 115000),
      "Lead/Principal": band(115000, 160000),
    };
    // A level the shipped table has gained since (another edit's) takes its UK National band.
    for (const level of table.levels) level.bands.Belfast = belfast[level.level] ?? level.bands["UK National"];
  },

  /** A fifth tier above principal, which only the LLM Engineer table publishes. */
  distinguishedTier(data: RawData) {
    const tier = "distinguished";
    replace(data.vocabulary.levelTiers, (t: { tier: string }) => t.tier === tier, {
      tier,
      aliases: ["Distinguished", "Fellow"],
      optional: true,
    });
    const table = salaryTable(data, "LLM Engineer");
    const bands: Record<string, unknown> = {
      "UK National": band(180000, 240000),
      London: band(200000, 260000),
      "Remote UK": band(170000, 220000),
    };
    // A column the shipped table has gained since (another edit's) takes the UK National band.
    for (const column of table.columns) bands[column] ??= bands["UK National"];
    replace(table.levels, (level: { tier: string }) => level.tier === tier, {
      level: "Distinguished",
      label: "Distinguished",
      tier,
      bands,
    });
  },

  /**
   * The next tax year's rates: the year after the latest held, with employer NI at 16% (an
   * invented rise) and every other rate written again for that year's 6 April, as a yearly
   * update would.
   */
  nextTaxYear({ employerCosts }: RawData) {
    const start = Number(employerCosts.taxYears.at(-1).slice(0, 4)) + 1;
    employerCosts.taxYears.push(`${start}/${String((start + 1) % 100).padStart(2, "0")}`);
    const from = `${start}-04-06`;
    const rates: [any, number][] = [
      [employerCosts.employerNic.rate, 0.16],
      [employerCosts.employerNic.secondaryThreshold, 5000],
      [employerCosts.employerNic.secondaryThresholdMonthly, 417],
      [employerCosts.employerNic.class1ARate, 0.15],
      [employerCosts.pension.minimumEmployerRate, 0.03],
      [employerCosts.pension.qualifyingEarningsLower, 6240],
      [employerCosts.pension.qualifyingEarningsUpper, 50270],
      [employerCosts.apprenticeshipLevy.rate, 0.005],
      [employerCosts.apprenticeshipLevy.allowance, 15000],
    ];
    for (const [parameter, value] of rates) {
      replace(parameter.values, (dated: { from: string }) => dated.from === from, inForce(from, value));
      parameter.values.sort((a: { from: string }, b: { from: string }) => a.from.localeCompare(b.from));
    }
  },
};

export type DataEdit = keyof typeof dataEdits;
