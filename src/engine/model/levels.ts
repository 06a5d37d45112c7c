/**
 * A table's levels and how a level cell finds one: by the table's own name or printed
 * label, by any tier alias ("Sr", "Staff"), or by years of experience.
 */
import { LevelMessage } from "../core/messages";
import { NameIndex } from "../core/names";
import { invalidNumber, notAvailable, type LevelInput } from "../core/values";
import type { Tier } from "../data/schema";

/** A named level inside one table: what the user may type for it, and its tier. */
export interface TableLevel {
  level: string;
  label: string;
  tier: Tier;
  yearsFrom?: number;
  /** The first year past the level (the next level's start); undefined for an open-ended "7+ years". */
  yearsTo?: number;
}

/** One table's levels with their look-up index, built once at load. */
export interface LevelScale {
  levels: readonly TableLevel[];
  index: NameIndex<TableLevel>;
}

export function levelScale(levels: readonly TableLevel[]): LevelScale {
  const index = new NameIndex<TableLevel>();
  for (const l of levels) index.add(l.level, [l.label], l);
  return { levels, index };
}

const levelNames = (levels: readonly TableLevel[]) => levels.map((l) => l.level);

/** A working life: more years than this is a salary, a date or a typo in the level cell, not experience. */
const maxYearsOfExperience = 50;

export function checkYears(years: number): void {
  if (!Number.isFinite(years)) throw invalidNumber(LevelMessage.yearsNotFinite());
  if (years < 0) throw invalidNumber(LevelMessage.yearsNegative(years));
  if (years > maxYearsOfExperience) throw invalidNumber(LevelMessage.yearsBeyondCareer(maxYearsOfExperience, years));
}

/** The years in a label's bracket: "4–7 years" → 4 to 7, "7+ years" → 7 on. */
function bracketYears(bracket: string): { from: number; to: number } | undefined {
  const match = /^(\d+)\s*(?:[–—-]\s*(\d+)|(\+))\s*years?$/i.exec(bracket.trim());
  return match ? { from: Number(match[1]), to: match[2] === undefined ? Infinity : Number(match[2]) } : undefined;
}

/**
 * "Senior (4–7 years)" → "Senior" and "4–7 years"; text without a final bracket has no
 * bracket. By index, not a regular expression: /\s*\(…\)$/ retries its leading spaces at
 * every space of a long cell.
 */
function splitPrintedLabel(text: string): { name: string; bracket?: string } {
  const trimmed = text.trimEnd();
  const open = trimmed.endsWith(")") ? trimmed.lastIndexOf("(") : -1;
  const bracket = open < 0 ? undefined : trimmed.slice(open + 1, -1);
  if (bracket === undefined || bracket.includes(")")) return { name: text };
  return { name: trimmed.slice(0, open).trim(), bracket };
}

/**
 * A label's years must overlap the years of the level it names: "Junior (4–7 years)" is
 * refused, not priced as Junior, while another table's "Senior (4–7 years)" still reads
 * LLM Engineer's "Senior (4+ years)". A level the table prints without years (LLM
 * Lead/Principal) has nothing to contradict.
 */
function checkBracket(
  roleName: string,
  levels: readonly TableLevel[],
  found: TableLevel,
  given: string,
  bracket: string,
) {
  const years = bracketYears(bracket);
  if (!years || found.yearsFrom === undefined) return;
  const overlaps = (l: TableLevel) => years.from < (l.yearsTo ?? Infinity) && l.yearsFrom! < years.to;
  if (overlaps(found)) return;
  const meant = levels.filter((l) => l.yearsFrom !== undefined && overlaps(l)).map((l) => l.label);
  throw notAvailable(LevelMessage.contradicts(given, roleName, found, bracket, meant));
}

/** The level for years of experience, where a boundary year belongs to the higher level. */
function levelByYears(roleName: string, levels: readonly TableLevel[], years: number, tableKind: string): TableLevel {
  checkYears(years);
  const byYears = levels.filter((l) => l.yearsFrom !== undefined && l.yearsFrom <= years);
  // A table may give no years, or start above 0: then some experience matches no level.
  if (byYears.length === 0)
    throw notAvailable(LevelMessage.noLevelAtYears(tableKind, roleName, years, levelNames(levels)));
  return byYears.reduce((best, l) => (l.yearsFrom! > best.yearsFrom! ? l : best));
}

/**
 * A level by name (the table's own label or level, or any tier alias such as "Sr" or
 * "Staff") or by years of experience.
 */
export function pickLevel(
  roleName: string,
  scale: LevelScale,
  tiers: NameIndex<Tier>,
  given: LevelInput,
  tableKind: string,
): TableLevel {
  const { levels, index: own } = scale;
  if (typeof given === "number") return levelByYears(roleName, levels, given, tableKind);
  // A printed label is read by its name, so another table's ("Staff/Principal (7+ years)" asked of LLM Engineer) works too.
  const { name: labelName, bracket } = splitPrintedLabel(given);
  const name = labelName || given;
  const tier = tiers.find(name);
  const found = own.find(name) ?? (tier ? levels.find((l) => l.tier === tier) : undefined);
  if (found && bracket !== undefined) checkBracket(roleName, levels, found, given, bracket);
  if (found) return found;
  if (tier) throw notAvailable(LevelMessage.notPublished(given, tableKind, roleName, levelNames(levels)));
  const suggestion = own.closest(given) ?? tiers.closest(given);
  const suggested = suggestion && (levels.find((l) => l.tier === suggestion)?.level ?? suggestion);
  // Day-rate levels have no year ranges, so years are offered only where a table has them.
  const byYears = levels.some((l) => l.yearsFrom !== undefined);
  throw notAvailable(LevelMessage.unknownLevel(given, roleName, suggested, levelNames(levels), byYears));
}
