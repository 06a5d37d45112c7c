/**
 * Rules that cross the guide and the vocabulary: the locations and tiers a table names
 * are the vocabulary's, the locations the engine treats specially (the default and the
 * regional base) are columns every table prints, and the premium rules name rows that exist.
 */
import type { IssueSink, Path } from "./common-schema";
import type { Guide, Vocabulary } from "./schema";

/** Every table of bands by location, with its path in the dataset. */
const locationTables = (guide: Guide) => [
  ...guide.salaryTables.map((table, i) => ({ columns: table.columns, path: ["guide", "salaryTables", i] as Path })),
  { columns: guide.leadership.columns, path: ["guide", "leadership"] as Path },
];

/** Columns and section 8 rows are vocabulary locations; the default and base locations are columns of every table. */
export function checkLocationRules(guide: Guide, vocabulary: Vocabulary, ctx: IssueSink): void {
  const locations = new Set(vocabulary.locations.map((l) => l.name));
  const known = (location: string, path: Path) => {
    if (!locations.has(location))
      ctx.addIssue({ code: "custom", path, message: `location '${location}' is not in vocabulary.locations` });
  };
  known(guide.defaultLocation, ["guide", "defaultLocation"]);
  known(guide.regional.base, ["guide", "regional", "base"]);
  guide.regional.rows.forEach((row, i) => known(row.location, ["guide", "regional", "rows", i, "location"]));
  for (const { columns, path } of locationTables(guide)) {
    columns.forEach((column, i) => known(column, [...path, "columns", i]));
    for (const [role, location] of [
      ["default location", guide.defaultLocation],
      ["regional base", guide.regional.base],
    ])
      if (!columns.includes(location))
        ctx.addIssue({
          code: "custom",
          path: [...path, "columns"],
          message: `columns must include the ${role} '${location}'`,
        });
  }
}

/**
 * Every level's tier is a vocabulary tier; a permanent table's levels follow the tiers'
 * order and publish every tier not marked optional, so a deleted or shuffled row is refused.
 */
export function checkTierRules(guide: Guide, vocabulary: Vocabulary, ctx: IssueSink): void {
  const tiers = vocabulary.levelTiers.map((t) => t.tier);
  const required = vocabulary.levelTiers.filter((t) => !t.optional).map((t) => t.tier);
  const optional = tiers.filter((t) => !required.includes(t));
  const unknown = (tier: string, path: Path) => {
    if (tiers.includes(tier)) return false;
    ctx.addIssue({
      code: "custom",
      path,
      message: `tier '${tier}' is not in vocabulary.levelTiers (${tiers.join(", ")})`,
    });
    return true;
  };
  guide.dayRates.levels.forEach((l, i) => unknown(l.tier, ["guide", "dayRates", "levels", i, "tier"]));
  guide.salaryTables.forEach((table, i) => {
    const path = ["guide", "salaryTables", i, "levels"];
    const found = table.levels.map((l) => l.tier);
    if (found.map((tier, j) => unknown(tier, [...path, j, "tier"])).some(Boolean)) return;
    const ordered = found.every((tier, j) => j === 0 || tiers.indexOf(found[j - 1]) < tiers.indexOf(tier));
    if (ordered && required.every((tier) => found.includes(tier))) return;
    const optionalNote = optional.length ? ` (and may add ${optional.join(", ")})` : "";
    ctx.addIssue({
      code: "custom",
      path,
      message: `levels must cover the tiers ${required.join(", ")} in order${optionalNote}; found ${found.join(",") || "none"}`,
    });
  });
}

/**
 * The specialist day rate names a published headline and day-rate rows that exist; a skill
 * ceiling names a role with a salary table and a headline premium, a fraction of base.
 */
export function checkPremiumRules(guide: Guide, ctx: IssueSink): void {
  guide.skillPremiums.forEach(({ ceiling }, i) => {
    if (!ceiling) return;
    const path = ["guide", "skillPremiums", i, "ceiling"];
    if (!guide.salaryTables.some((t) => t.role === ceiling.over))
      ctx.addIssue({ code: "custom", path: [...path, "over"], message: `no salary table for '${ceiling.over}'` });
    if (!guide.headlines.some((h) => h.id === ceiling.headline && h.unit === "fraction of base"))
      ctx.addIssue({
        code: "custom",
        path: [...path, "headline"],
        message: `no headline premium (a fraction of base) has the id '${ceiling.headline}'`,
      });
  });
  const { specialist } = guide.dayRates;
  if (!guide.headlines.some((h) => h.id === specialist.headline))
    ctx.addIssue({
      code: "custom",
      path: ["guide", "dayRates", "specialist", "headline"],
      message: `no headline has the id '${specialist.headline}'`,
    });
  specialist.appliesTo.forEach(({ role, level }, i) => {
    const rates = guide.dayRates.roles.find((r) => r.role === role)?.rates;
    if (!rates || !(level in rates))
      ctx.addIssue({
        code: "custom",
        path: ["guide", "dayRates", "specialist", "appliesTo", i],
        message: `the day-rate table has no ${role} / ${level} row`,
      });
  });
}
