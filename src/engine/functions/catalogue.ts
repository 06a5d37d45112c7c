/** AIPAY.ROLES, LEVELS, LOCATIONS, SKILLS, STAGES and SOURCE: the guide's vocabulary as vertical spills. */
import type { PayGuide, RoleTable } from "../model/guide";
import type { Matrix, Scalar } from "../core/values";
import { defineFunction } from "./spec";
import { text } from "./parameters";

const column = (items: readonly string[]): Matrix => items.map((item) => [item]);

const table = text("table", {
  about: "a kind of table, or an alias",
  default: "all roles",
  example: "salary",
  words: (guide) => guide.data.vocabulary.roleTables.map((t) => t.table),
});

function tableArgument(guide: PayGuide, value: Scalar): RoleTable | null {
  const given = table.read(value, guide);
  return given === null ? null : guide.roleTable(given);
}

export const ROLES = defineFunction({
  name: "ROLES",
  parameters: [table],
  evaluate(guide, [tableArg]) {
    const kind = tableArgument(guide, tableArg);
    return column(kind === null ? guide.roleNames : guide.rolesWith(kind));
  },
});

const levelsRole = text("role", { about: "any role", example: "MLOps Engineer", listedBy: "`AIPAY.ROLES()`" });

export const LEVELS = defineFunction({
  name: "LEVELS",
  parameters: [
    levelsRole,
    {
      ...table,
      about: "the table whose levels to list (a leadership role has one band, so no levels)",
      default: "the role's permanent table, or its day-rate levels if it has no permanent table",
    },
  ],
  evaluate(guide, [role, tableArg]) {
    return column(guide.levelsOf(levelsRole.read(role, guide), tableArgument(guide, tableArg)));
  },
});

export const LOCATIONS = defineFunction({
  name: "LOCATIONS",
  parameters: [],
  evaluate: (guide) => column(guide.locationNames),
});

const skillsRole = text("role", {
  about: "a role with premium skills, or its alias",
  example: "LLM Engineer",
  listedBy: '`AIPAY.ROLES("salary")`',
});

export const SKILLS = defineFunction({
  name: "SKILLS",
  parameters: [skillsRole],
  evaluate(guide, [role]) {
    const { name } = guide.role(skillsRole.read(role, guide));
    return column(guide.rules.skillNames(name));
  },
});

export const STAGES = defineFunction({
  name: "STAGES",
  parameters: [],
  evaluate: (guide) => column(guide.rules.stageNames),
});

const key = text("key", {
  about: "a field of the guide's source record, e.g. `citation`, `asOf` or `inputs` (a vertical spill)",
  default: "the full citation",
  words: (guide) => Object.keys(guide.data.guide.source),
  listedBy: "the `#VALUE!` message for an unknown key",
});

export const SOURCE = defineFunction({
  name: "SOURCE",
  parameters: [key],
  evaluate(guide, [keyArg]) {
    const given = key.read(keyArg, guide);
    if (given === null) return guide.data.guide.source.citation;
    const value = guide.sourceField(given);
    return typeof value === "string" ? value : column(value);
  },
});
