/**
 * The census's messages: a census, job map or company band table AIPAY cannot read. A
 * census holds personal data, so a message about a person's row names the line and the
 * column, never the value in it: no id, salary or date reaches a terminal or a log.
 */
import { gbp, oneOf } from "./wording";

export const CensusMessage = {
  /** A personal value that cannot be read: what the column takes, without what it held. */
  notValid: (column: string, takes: string) => `${column} must be ${takes}.`,
  emptyRequired: (column: string) => `${column} is empty: every person needs one.`,
  duplicateId: (first: string) => `the id repeats ${first}'s: each person needs an id of their own.`,
  missingColumns: (missing: readonly { name: string; aliases: readonly string[] }[]) =>
    `the header needs the column ${missing
      .map(({ name, aliases }) => (aliases.length ? `${name} (or ${oneOf(aliases.map((a) => `"${a}"`))})` : name))
      .join(" and ")}.`,
  duplicateColumn: (first: string, second: string) =>
    `the columns "${first}" and "${second}" are the same column (headers are compared without case, spaces, underscores or hyphens).`,
  unmapped: (title: string, suggestions: readonly string[]) =>
    `"${title}" is neither a guide role nor a title in the job map: add it to the job map${
      suggestions.length ? `; nearest: ${suggestions.join("; ")}` : ""
    }.`,
  noCompanyBand: (role: string, level: string, location: string) =>
    `no company band for ${[role, level, location].filter(Boolean).join(", ")}: its gaps to the company band are left empty.`,
  lowAboveHigh: (low: number, high: number) => `low (${gbp(low)}) is above high (${gbp(high)}).`,
  midOutside: (mid: number, low: number, high: number) =>
    `mid (${gbp(mid)}) is outside low to high (${gbp(low)} to ${gbp(high)}).`,
  duplicateBand: (first: string) => `the same title, level and location as ${first}.`,
  duplicateMapping: (first: string) => `the same title and level as ${first}.`,
  unknownTarget: (given: string) => `target must be "market" or "company" (got "${given}").`,
  companyTargetNeedsBands: () => "a company target needs the company's bands (--bands).",
  noRows: (what: string) => `the ${what} has no rows: give a header line and one line a row.`,
  notJsonTable: (what: string) => `the ${what} must be a JSON array of objects, one a row, keyed by column.`,
  at: (where: string, message: string) => `${where}: ${message}`,
  /** A guide role an unmapped title may be, with the level its years of experience give. */
  suggestion: (role: string, level: string | undefined, years: number | undefined) =>
    level ? `${role} (${years === undefined ? level : `${level} at ${years} years`})` : role,
};
