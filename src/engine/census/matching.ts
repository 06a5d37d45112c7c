/**
 * Job matching: a company's titles (and levels) to the guide's roles and levels, through the
 * company's job map or the guide's own names. A title neither knows is unmapped, with the
 * guide roles it may be (by name, and the level its years of experience give) for the user
 * to confirm in the map: never priced on a guess.
 */
import { nameKey, NameIndex } from "../core/names";
import { CensusMessage } from "../core/messages";
import { EngineError, invalidValue, type LevelInput } from "../core/values";
import type { PayGuide } from "../model/guide";
import { eachLine, readRow, type TableLine } from "./columns";
import { jobMapColumns, type JobMapColumn } from "./fields";

export interface Job {
  /** The guide role, canonical. */
  readonly role: string;
  /** The level as SALARYBAND reads it: a name, years of experience, or null for leadership. */
  readonly level: LevelInput | null;
}

export type Matched = Job | { readonly unmapped: readonly string[] };

const levelKey = (level: LevelInput | null) => (level === null ? "" : nameKey(String(level)));
const titleKey = (title: string, level: LevelInput | null) => `${nameKey(title)}\u0000${levelKey(level)}`;

/** A company's titles, each (with a level, or for every level) matched to a guide role and level. */
export class JobMap {
  private readonly jobs = new Map<string, Job & { where: string }>();

  /** The map's lines read and checked against the guide; throws a TableError naming every bad line. */
  constructor(guide: PayGuide, lines: Iterable<TableLine<JobMapColumn>>) {
    eachLine(lines, ({ where, row }) => {
      const read = readRow(jobMapColumns, row, guide);
      const role = guide.role(read.role as string).name;
      const level = read.guideLevel as LevelInput | null;
      if (level !== null || guide.role(role).leadership) guide.salaryBand(role, level, null);
      const key = titleKey(read.title as string, read.level as string | null);
      const first = this.jobs.get(key);
      if (first) throw invalidValue(CensusMessage.duplicateMapping(first.where));
      this.jobs.set(key, { role, level, where });
    });
  }

  /** The job a title at a level maps to: the line for that level, else the title's line for every level. */
  find(title: string, level: LevelInput | null): Job | undefined {
    return this.jobs.get(titleKey(title, level)) ?? (level === null ? undefined : this.jobs.get(titleKey(title, null)));
  }
}

/** Matches are remembered by title and level: a census repeats a few hundred titles over many people. */
const rememberedMatches = 10_000;

export class JobMatcher {
  private readonly matched = new Map<string, Matched>();
  private readonly names = new NameIndex<string>();
  private readonly spellings: readonly { role: string; key: string }[];

  constructor(
    private readonly guide: PayGuide,
    private readonly map?: JobMap,
  ) {
    const roles = guide.data.vocabulary.roles;
    for (const r of roles) this.names.add(r.name, r.aliases, r.name);
    // Longest first, so "Head of MLOps" in a title is found before "MLOps" within it.
    this.spellings = roles
      .flatMap((r) => [r.name, ...r.aliases].map((spelling) => ({ role: r.name, key: nameKey(spelling) })))
      .sort((a, b) => b.key.length - a.key.length);
  }

  /** The guide job for a census title and level, or the roles it may be. */
  match(title: string, level: LevelInput | null): Matched {
    // By the text as given: folding it to a name key costs more than the look-up it saves.
    const key = `${title}\u0000${typeof level}${level ?? ""}`;
    let matched = this.matched.get(key);
    if (matched === undefined) {
      matched = this.matchAfresh(title, level);
      if (this.matched.size >= rememberedMatches) this.matched.clear();
      this.matched.set(key, matched);
    }
    return matched;
  }

  private matchAfresh(title: string, level: LevelInput | null): Matched {
    const mapped = this.map?.find(title, level);
    if (mapped) return { role: mapped.role, level: mapped.level ?? level };
    try {
      return { role: this.guide.role(title).name, level };
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      return { unmapped: this.suggestions(title, level) };
    }
  }

  /**
   * Guide roles a title may be: those whose name or alias it contains ("Senior MLOps
   * Engineer II" holds "MLOps Engineer"), then the nearest spelling; with years of experience,
   * the level those years give in each.
   */
  private suggestions(title: string, level: LevelInput | null): string[] {
    const key = nameKey(title);
    const contained = this.spellings.filter((s) => s.key.length >= 3 && key.includes(s.key)).map((s) => s.role);
    const closest = this.names.closest(title);
    const roles = [...new Set([...contained, ...(closest ? [closest] : [])])].slice(0, 3);
    return roles.map((role) => {
      const years = typeof level === "number" ? level : undefined;
      return CensusMessage.suggestion(role, years === undefined ? undefined : this.levelAt(role, years), years);
    });
  }

  /** The level a role's table gives for years of experience, if it has one for them. */
  private levelAt(role: string, years: number): string | undefined {
    try {
      return this.guide.salaryBand(role, years, null).levelName || undefined;
    } catch (error) {
      if (error instanceof EngineError) return undefined;
      throw error;
    }
  }
}

/** Whether a match found a guide job. */
export const isJob = (matched: Matched): matched is Job => "role" in matched;
