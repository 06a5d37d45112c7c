/** The messages for a level cell: a level name a table does not print, or years of experience it cannot use. */
import { shortened } from "../cells";
import { didYouMean, list } from "./wording";

export const LevelMessage = {
  yearsNotFinite: () => "Years of experience must be a finite number.",
  yearsNegative: (years: number) => `Years of experience cannot be negative (got ${years}).`,
  yearsBeyondCareer: (max: number, years: number) =>
    `Years of experience above ${max} are not a career (got ${years}): check the cell holds years, not a salary or a date.`,
  /** A printed label whose years bracket names other levels ("Junior (4–7 years)"); `meant` are their labels. */
  contradicts: (
    given: string,
    role: string,
    found: { level: string; label: string },
    bracket: string,
    meant: readonly string[],
  ) =>
    `Level '${shortened(given)}' contradicts itself: ${role} prints ${found.level} as '${found.label}'${meant.length ? `, and (${bracket}) is ${meant.map((label) => `'${label}'`).join(" or ")}` : ""}. Give one of them.`,
  noLevelAtYears: (tableKind: string, role: string, years: number, levels: readonly string[]) =>
    `The guide gives no ${tableKind} level for ${role} at ${years} years of experience. Give a level: ${list(levels)}.`,
  /** A tier the role's table does not print ("Junior" of a table that starts at Mid). */
  notPublished: (given: string, tableKind: string, role: string, levels: readonly string[]) =>
    `The guide publishes no ${shortened(given)} ${tableKind} for ${role}. Levels published: ${list(levels)}.`,
  unknownLevel: (
    given: string,
    role: string,
    suggestion: string | undefined,
    levels: readonly string[],
    byYears: boolean,
  ) =>
    `Unknown level '${shortened(given)}' for ${role}.${didYouMean(suggestion)} Valid levels: ${list(levels)}${byYears ? ", or years of experience as a number" : ""}.`,

  giveLevel: (role: string, levels: readonly string[]) =>
    `Give a level for ${role}: ${list(levels)}, or years of experience.`,
  giveDayRateLevel: (role: string, levels: readonly string[]) =>
    `Give a level for the ${role} day rate: ${list(levels)}.`,
  dayRatesByLevel: (levels: readonly string[]) =>
    `Day rates are published by level, not years of experience. Use ${list(levels)}.`,
  /** A level asked of a leadership role's levels (LEVELS), which are one band per location. */
  leadershipLevels: (role: string) =>
    `${role} is a leadership role with a single band per location: leave level empty.`,
  leadershipLevel: (role: string) => `${role} is a leadership role with a single band: leave level empty.`,
};
