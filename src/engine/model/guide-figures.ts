/**
 * Every figure a guide publishes, named by where it sits: its role, level and location where
 * it has them, and what it is (a band's low or high, a discount's min, a premium …). Walked
 * from the data itself, so a table added to the guide is listed with no code; two editions'
 * lists compared name exactly the figures that changed.
 */
import type { Guide, Vocabulary } from "../data/schema";
import { rowName, rowNames } from "../data/edition-overlay";

export interface PublishedFigure {
  readonly role: string;
  readonly level: string;
  readonly location: string;
  /** What the figure is, e.g. "salary tables: low" or "regional: discount vs base, min". */
  readonly figure: string;
  readonly value: number;
}

/** "typicalSenior" → "typical senior". */
const words = (key: string): string => key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

interface Place {
  role: string;
  level: string;
  location: string;
  /** The names of rows that are neither a role, a level nor a location (a skill, a stage, a headline's id). */
  named: string[];
  path: string[];
}

const namesItself = (row: object): boolean => rowName(row) !== "";
/** The fields that name a row other than its role, level and location: they name the figure instead. */
const otherNames = rowNames.filter((field) => field !== "role" && field !== "level" && field !== "location");

export function publishedFigures(guide: Guide, vocabulary: Vocabulary): PublishedFigure[] {
  const locations = new Set(vocabulary.locations.map((l) => l.name));
  const levels = new Set([
    ...guide.salaryTables.flatMap((t) => t.levels.map((l) => l.level)),
    ...guide.dayRates.levels.map((l) => l.level),
  ]);
  /** A list of rows that name themselves, or a map by location or level: its own key adds nothing to a figure's name. */
  const holdsNamedThings = (child: unknown): boolean =>
    Array.isArray(child)
      ? child.length > 0 && child.every((row) => typeof row === "object" && row !== null && namesItself(row))
      : typeof child === "object" &&
        child !== null &&
        Object.keys(child).length > 0 &&
        Object.keys(child).every((k) => locations.has(k) || levels.has(k));
  const figures: PublishedFigure[] = [];
  const walk = (value: unknown, place: Place): void => {
    if (typeof value === "number") {
      const [section, ...rest] = place.path;
      const what = [...place.named, ...rest].join(" ");
      const figure = what === "" ? section : `${section}: ${what}`;
      figures.push({ role: place.role, level: place.level, location: place.location, figure, value });
      return;
    }
    if (Array.isArray(value)) return value.forEach((item) => walk(item, place));
    if (typeof value !== "object" || value === null) return;
    const row = value as Record<string, unknown>;
    const here: Place = {
      role: typeof row.role === "string" ? row.role : place.role,
      level: typeof row.level === "string" ? row.level : place.level,
      location: typeof row.location === "string" ? row.location : place.location,
      named: [...place.named, ...otherNames.flatMap((k) => (typeof row[k] === "string" ? [row[k]] : []))],
      path: place.path,
    };
    for (const [key, child] of Object.entries(row)) {
      if (key === "source") continue;
      if (locations.has(key)) walk(child, { ...here, location: key });
      else if (levels.has(key)) walk(child, { ...here, level: key });
      else if (here.path.length > 0 && holdsNamedThings(child)) walk(child, here);
      else walk(child, { ...here, path: [...here.path, words(key)] });
    }
  };
  walk(guide, { role: "", level: "", location: "", named: [], path: [] });
  return figures;
}

/** A figure that differs between two editions: its old or new value is null where one edition lacks it. */
export interface ChangedFigure extends Omit<PublishedFigure, "value"> {
  readonly old: number | null;
  readonly new: number | null;
}

const keyOf = (f: PublishedFigure) => `${f.role}\u0000${f.level}\u0000${f.location}\u0000${f.figure}`;

/** The figures `to` publishes differently from `from`, in `to`'s order, then those only `from` has. */
export function changedFigures(from: readonly PublishedFigure[], to: readonly PublishedFigure[]): ChangedFigure[] {
  const before = new Map(from.map((f) => [keyOf(f), f]));
  const changed: ChangedFigure[] = [];
  for (const figure of to) {
    const key = keyOf(figure);
    const old = before.get(key);
    before.delete(key);
    if (old?.value !== figure.value) changed.push({ ...figure, old: old?.value ?? null, new: figure.value });
  }
  for (const gone of before.values()) changed.push({ ...gone, old: gone.value, new: null });
  return changed;
}
