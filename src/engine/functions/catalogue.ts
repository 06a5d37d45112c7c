/** AIPAY.ROLES, LEVELS, LOCATIONS, SKILLS, STAGES and SOURCE: the guide's vocabulary as vertical spills. */
import { optionalText, requiredText } from "../args/text";
import { describe, isEmptyCell } from "../core/cells";
import type { PayGuide, RoleTable } from "../model/guide";
import { invalidValue, type Matrix, type Scalar } from "../core/values";
import type { FunctionSpec } from "./spec";

const column = (items: readonly string[]): Matrix => items.map((item) => [item]);

function tableArgument(guide: PayGuide, value: Scalar): RoleTable | null {
  const text = optionalText(value, "table", "salary");
  return text === null ? null : guide.roleTable(text);
}

export const ROLES: FunctionSpec = {
  name: "ROLES",
  params: ["table"],
  required: 0,
  evaluate(guide, [table]) {
    const kind = tableArgument(guide, table);
    return column(kind === null ? guide.roleNames : guide.rolesWith(kind));
  },
};

export const LEVELS: FunctionSpec = {
  name: "LEVELS",
  params: ["role", "table"],
  required: 1,
  evaluate(guide, [role, table]) {
    return column(guide.levelsOf(requiredText(role, "role", "MLOps Engineer"), tableArgument(guide, table)));
  },
};

export const LOCATIONS: FunctionSpec = {
  name: "LOCATIONS",
  params: [],
  required: 0,
  evaluate: (guide) => column(guide.locationNames),
};

export const SKILLS: FunctionSpec = {
  name: "SKILLS",
  params: ["role"],
  required: 1,
  evaluate(guide, [role]) {
    const { name } = guide.role(requiredText(role, "role", "LLM Engineer"));
    return column(guide.rules.skillNames(name));
  },
};

export const STAGES: FunctionSpec = {
  name: "STAGES",
  params: [],
  required: 0,
  evaluate: (guide) => column(guide.rules.stageNames),
};

export const SOURCE: FunctionSpec = {
  name: "SOURCE",
  params: ["key"],
  required: 0,
  evaluate(guide, [key]) {
    if (isEmptyCell(key)) return guide.data.guide.source.citation;
    if (typeof key !== "string") throw invalidValue(`key must be text (got ${describe(key)}).`);
    const value = guide.sourceField(key.trim());
    return typeof value === "string" ? value : column(value);
  },
};
