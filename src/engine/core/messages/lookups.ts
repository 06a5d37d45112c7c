/**
 * The messages for a name the guide does not know (a role, location, option word or skill)
 * or a combination it does not publish: each says what is valid, suggesting the nearest
 * name where one is near.
 */
import { shortened } from "../cells";
import { didYouMean, list } from "./wording";

const skillsOf = (role: string, skills: readonly string[]) => `Premium skills for ${role}: ${list(skills)}.`;

export const LookupMessage = {
  /** An unknown role or location, with the valid ones. */
  unknownName: (kind: string, given: string, suggestion: string | undefined, valid: readonly string[]) =>
    `Unknown ${kind} '${shortened(given)}'.${didYouMean(suggestion)} Valid ${kind}s: ${list(valid)}.`,
  /** A role spelling that is also another role plus a level ("MLOps Lead"). */
  ambiguousRole: (given: string, role: string, other: { role: string; level: string }) =>
    `'${shortened(given)}' is ambiguous: it could be ${role}, or ${other.role} at ${other.level}. Write "${role}", or give role "${other.role}" and level "${other.level}".`,
  unknownPoint: (given: string) =>
    `Unknown point '${shortened(given)}'. Use "low" (25th percentile), "mid" (midpoint), "high" (75th percentile) or "range" (low and high).`,
  unknownIr35Status: (given: string) =>
    `Unknown IR35 status '${shortened(given)}'. Use "outside" (the default), "inside", TRUE (inside) or FALSE (outside).`,
  unknownFeePayer: (given: string) =>
    `Unknown fee-payer '${shortened(given)}'. Use "agency" (the default: an agency or umbrella pays the worker) or "client" (you pay the worker's company directly).`,
  unknownWord: (kind: string, given: string, words: readonly string[]) =>
    `Unknown ${kind} '${shortened(given)}'. Use ${words.map((w) => `"${w}"`).join(", ")}.`,
  unknownPhasing: (given: string) =>
    `Unknown phasing '${shortened(given)}'. Use "payroll" (the default: each full month a twelfth of the year, as a monthly payroll pays) or "days" (by calendar days employed).`,
  unknownRoleTable: (given: string) =>
    `Unknown table '${shortened(given)}'. Use "salary" (permanent), "dayrate" (contractor) or "leadership".`,
  unknownSourceKey: (key: string, valid: readonly string[]) =>
    `Unknown key '${shortened(key)}'. Valid keys: ${list(valid)}.`,
  unknownStage: (given: string, stages: readonly string[]) =>
    `Unknown stage '${shortened(given)}'. Use ${list(stages.map((stage) => `"${stage}"`))}.`,

  unknownSkill: (given: string, role: string, suggestion: string | undefined, skills: readonly string[]) =>
    `Unknown skill '${shortened(given)}' for ${role}.${didYouMean(suggestion)} ${skillsOf(role, skills)}`,
  /** A skill other roles list; the role's own skills follow when it has any. */
  otherRolesSkill: (given: string, owners: readonly string[], role: string, skills: readonly string[] | undefined) =>
    `'${shortened(given)}' is a premium skill for ${list(owners)}, not ${role}.${skills ? ` ${skillsOf(role, skills)}` : ""}`,
  noSkills: (role: string, rolesWithSkills: readonly string[]) =>
    `The guide lists no premium skills for ${role}. Skill premiums are published for ${list(rolesWithSkills)}.`,

  noSalary: (role: string, rolesWithSalaries: readonly string[]) =>
    `The guide publishes no permanent salary for ${role}, only contractor day rates (AIPAY.DAYRATE). Roles with salaries: ${list(rolesWithSalaries)}.`,
  noDayRate: (role: string, rolesWithDayRates: readonly string[]) =>
    `The guide publishes no day rate for ${role}. Roles with day rates: ${list(rolesWithDayRates)}.`,
  notLeadership: (role: string, leadershipRoles: readonly string[]) =>
    `${role} is not a leadership role. Leadership roles: ${list(leadershipRoles)}.`,
  /** A location neither the role's table prints nor section 8 derives. */
  notPublishedAt: (
    role: string,
    columns: readonly string[],
    derived: readonly string[],
    base: string,
    location: string,
  ) =>
    `The guide publishes ${role} pay for ${list(columns)}, and derives ${list(derived)} from ${base}; not ${location}.`,
  noLocationFactor: (base: string, location: string, factorLocations: readonly string[]) =>
    `The guide gives no factor vs ${base} for ${location}. Locations with a factor: ${list(factorLocations)}.`,
};
