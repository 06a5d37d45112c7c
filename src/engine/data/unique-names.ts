/**
 * The dataset's uniqueness rules. Look-ups fold names (nameKey) and keep the first of two
 * equal spellings, so a second salary table for a role, or an alias equal to another
 * role's name, would silently win or lose; the schema refuses them with the duplicate's path.
 */
import { nameKey } from "../core/names";
import type { IssueSink, Path } from "./common-schema";
import type { Guide, Vocabulary } from "./schema";

/** One spelling of an item and where it sits inside the item. */
type Spelling = [text: string, ...at: Path];

const named = (item: { name: string; aliases: readonly string[] }): Spelling[] => [
  [item.name, "name"],
  ...item.aliases.map((alias, j): Spelling => [alias, "aliases", j]),
];
const withAliases =
  (field: string) =>
  (item: Record<string, unknown> & { aliases: readonly string[] }): Spelling[] => [
    [String(item[field]), field],
    ...item.aliases.map((alias, j): Spelling => [alias, "aliases", j]),
  ];
const only =
  (...fields: string[]) =>
  (item: Record<string, unknown>): Spelling[] =>
    fields.map((field): Spelling => [String(item[field]), field]);

/** Refuses a spelling two items share; one item may repeat its own (a label equal to its name). */
function refuseDuplicates<T>(ctx: IssueSink, path: Path, items: readonly T[], spellings: (item: T) => Spelling[]) {
  const owners = new Map<string, number>();
  items.forEach((item, i) => {
    for (const [text, ...at] of spellings(item)) {
      const key = nameKey(text);
      const first = owners.get(key);
      if (first === undefined) owners.set(key, i);
      else if (first !== i)
        ctx.addIssue({
          code: "custom",
          path: [...path, i, ...at],
          message: `duplicate name '${text}': ${[...path, first].join(".")} already uses it`,
        });
    }
  });
}

export function checkUniqueNames(guide: Guide, vocabulary: Vocabulary, ctx: IssueSink): void {
  const check = <T>(path: Path, items: readonly T[], spellings: (item: T) => Spelling[]) =>
    refuseDuplicates(ctx, path, items, spellings);
  check(["vocabulary", "roles"], vocabulary.roles, named);
  check(["vocabulary", "locations"], vocabulary.locations, named);
  check(["vocabulary", "levelTiers"], vocabulary.levelTiers, withAliases("tier"));
  check(["vocabulary", "points"], vocabulary.points, withAliases("point"));
  check(["vocabulary", "ir35"], vocabulary.ir35, (status) => [
    ...withAliases("status")(status),
    ...(status.answers ?? []).map((answer, j): Spelling => [answer, "answers", j]),
  ]);
  check(["vocabulary", "feePayers"], vocabulary.feePayers, withAliases("feePayer"));
  check(["vocabulary", "phasings"], vocabulary.phasings, withAliases("phasing"));
  check(["vocabulary", "positionTypes"], vocabulary.positionTypes, withAliases("type"));
  check(["vocabulary", "positionStatuses"], vocabulary.positionStatuses, withAliases("status"));
  check(["vocabulary", "roleTables"], vocabulary.roleTables, withAliases("table"));
  check(["guide", "salaryTables"], guide.salaryTables, only("role"));
  guide.salaryTables.forEach((table, i) =>
    check(["guide", "salaryTables", i, "levels"], table.levels, only("level", "label")),
  );
  check(["guide", "dayRates", "levels"], guide.dayRates.levels, only("level"));
  check(["guide", "dayRates", "roles"], guide.dayRates.roles, only("role"));
  check(["guide", "leadership", "roles"], guide.leadership.roles, only("role"));
  check(["guide", "skillPremiums"], guide.skillPremiums, only("role"));
  guide.skillPremiums.forEach((list, i) =>
    check(["guide", "skillPremiums", i, "skills"], list.skills, withAliases("skill")),
  );
  check(["guide", "regional", "rows"], guide.regional.rows, only("location"));
  check(["guide", "companyStages", "stages"], guide.companyStages.stages, (stage) => [
    ...withAliases("stage")(stage),
    [stage.label, "label"],
  ]);
  check(["guide", "headlines"], guide.headlines, only("id"));
}
