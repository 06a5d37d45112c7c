/**
 * The guide's names as look-ups: resolves the forgiving spellings a cell may hold (roles,
 * locations, level tiers and option words) to the guide's own, or says what is valid.
 */
import { LookupMessage } from "../core/messages";
import { nameKey, NameIndex } from "../core/names";
import { invalidValue, notAvailable, type EngineError } from "../core/values";
import type { Tier } from "../data/schema";
import type { Dataset } from "../data/dataset-schema";
import { levelScale, type LevelScale } from "./levels";
import { roleEntries, type RoleEntry } from "./roles";

export type Point = "low" | "mid" | "high" | "range";
export type Ir35Status = "outside" | "inside";
/** Inside IR35, who pays the worker's company: an agency or umbrella in the chain, or the client itself. */
export type FeePayer = "agency" | "client";
/** How an amount is spread over a year's months: payroll twelfths, or calendar days. */
export type Phasing = "payroll" | "days";
/** A plan row's position, and where a new one stands. */
export type PositionType = "new" | "existing" | "leaver" | "backfill";
export type PositionStatus = "open" | "offer" | "hired";
export type RoleTable = "salary" | "dayrate" | "leadership";

const unknownName = (kind: string, given: string, index: NameIndex<unknown>, valid: readonly string[]) =>
  notAvailable(LookupMessage.unknownName(kind, given, index.closest(given), valid));

/** An option word (a point, an IR35 status, …) by any spelling, or a #VALUE! that lists the valid words. */
function optionWord<T>(index: NameIndex<T>, given: string, unknown: () => string): T {
  const found = index.find(given);
  if (found === undefined) throw invalidValue(unknown());
  return found;
}

export class GuideLookups {
  readonly roleNames: readonly string[];
  readonly locationNames: readonly string[];
  /** The level tiers, lowest first. */
  readonly tierNames: readonly Tier[];
  private readonly roles = new NameIndex<RoleEntry>();
  /**
   * Each role spelling read so far, by name key: the other role and level it also reads as
   * ("MLOps Lead"), or null. Found for a spelling when it is first read.
   */
  private readonly ambiguity = new Map<string, { role: string; level: string } | null>();
  /** The level tiers' aliases as name keys, for telling a role spelling that ends or starts with one. */
  private levelWords?: readonly { tier: Tier; key: string }[];
  private readonly locations = new NameIndex<string>();
  protected readonly tiers = new NameIndex<Tier>();
  private readonly points = new NameIndex<Point>();
  private readonly ir35 = new NameIndex<Ir35Status>();
  private readonly ir35Answers = new NameIndex<Ir35Status>();
  private readonly feePayers = new NameIndex<FeePayer>();
  private readonly phasings = new NameIndex<Phasing>();
  private readonly positionTypes = new NameIndex<PositionType>();
  private readonly positionStatuses = new NameIndex<PositionStatus>();
  private readonly roleTables = new NameIndex<RoleTable>();
  protected readonly dayRateScale: LevelScale;
  private readonly sourceFields = new NameIndex<string | readonly string[]>();

  constructor(readonly data: Dataset) {
    const { guide, vocabulary } = data;
    const entries = roleEntries(data);
    vocabulary.roles.forEach((r, i) => this.roles.add(r.name, r.aliases, entries[i]));
    this.roleNames = vocabulary.roles.map((r) => r.name);

    for (const l of vocabulary.locations) this.locations.add(l.name, l.aliases, l.name);
    this.locationNames = vocabulary.locations.map((l) => l.name);
    for (const t of vocabulary.levelTiers) this.tiers.add(t.tier, t.aliases, t.tier);
    this.tierNames = vocabulary.levelTiers.map((t) => t.tier);
    for (const p of vocabulary.points) this.points.add(p.point, p.aliases, p.point);
    for (const s of vocabulary.ir35) {
      this.ir35.add(s.status, [...s.aliases, ...(s.answers ?? [])], s.status);
      for (const answer of s.answers ?? []) this.ir35Answers.add(answer, [], s.status);
    }
    for (const f of vocabulary.feePayers) this.feePayers.add(f.feePayer, f.aliases, f.feePayer);
    for (const p of vocabulary.phasings) this.phasings.add(p.phasing, p.aliases, p.phasing);
    for (const t of vocabulary.positionTypes) this.positionTypes.add(t.type, t.aliases, t.type);
    for (const s of vocabulary.positionStatuses) this.positionStatuses.add(s.status, s.aliases, s.status);
    for (const [field, value] of Object.entries(guide.source)) this.sourceFields.add(field, [], value);
    for (const t of vocabulary.roleTables) this.roleTables.add(t.table, t.aliases, t.table);
    this.dayRateScale = levelScale(
      guide.dayRates.levels.map((l) => ({ level: l.level, label: l.level, tier: l.tier })),
    );
  }

  /**
   * What a spelling of `role` also reads as when it is another role's spelling followed or
   * preceded by a level word: "MLOps Lead" is an alias of Head of MLOps, but also MLOps
   * Engineer at Lead. Worked out from the vocabulary, so a new alias is checked too.
   */
  private alsoReadsAs(key: string, role: RoleEntry): { role: string; level: string } | null {
    this.levelWords ??= this.data.vocabulary.levelTiers.flatMap((t) =>
      t.aliases.map((alias) => ({ tier: t.tier, key: nameKey(alias) })),
    );
    let reading: { role: string; level: string } | null = null;
    for (const word of this.levelWords) {
      const rest = key.endsWith(word.key)
        ? key.slice(0, -word.key.length)
        : key.startsWith(word.key)
          ? key.slice(word.key.length)
          : "";
      const other = rest ? this.roles.find(rest) : undefined;
      const level = other?.salaryScale?.levels.find((l) => l.tier === word.tier);
      if (other && other.name !== role.name && level) reading = { role: other.name, level: level.level };
    }
    return reading;
  }

  /** The canonical role for any accepted spelling, or an #N/A that suggests the nearest or names the candidates. */
  role(given: string): RoleEntry {
    const found = this.roles.find(given);
    if (!found) throw unknownName("role", given, this.roles, this.roleNames);
    const key = nameKey(given);
    let other = this.ambiguity.get(key);
    if (other === undefined) this.ambiguity.set(key, (other = this.alsoReadsAs(key, found)));
    if (other) throw notAvailable(LookupMessage.ambiguousRole(given, found.name, other));
    return found;
  }

  location(given: string): string {
    const found = this.locations.find(given);
    if (!found) throw unknownName("location", given, this.locations, this.locationNames);
    return found;
  }

  point(given: string): Point {
    return optionWord(this.points, given, () => LookupMessage.unknownPoint(given));
  }

  ir35Status(given: string): Ir35Status {
    return optionWord(this.ir35, given, () => LookupMessage.unknownIr35Status(given));
  }

  /** Whether a word answers "inside IR35?" (yes, no) rather than naming a status. */
  isIr35Answer(given: string): boolean {
    return this.ir35Answers.find(given) !== undefined;
  }

  feePayer(given: string): FeePayer {
    return optionWord(this.feePayers, given, () => LookupMessage.unknownFeePayer(given));
  }

  phasing(given: string): Phasing {
    return optionWord(this.phasings, given, () => LookupMessage.unknownPhasing(given));
  }

  positionType(given: string): PositionType {
    const words = this.data.vocabulary.positionTypes.map((t) => t.type);
    return optionWord(this.positionTypes, given, () => LookupMessage.unknownWord("position type", given, words));
  }

  positionStatus(given: string): PositionStatus {
    const words = this.data.vocabulary.positionStatuses.map((s) => s.status);
    return optionWord(this.positionStatuses, given, () => LookupMessage.unknownWord("status", given, words));
  }

  roleTable(given: string): RoleTable {
    return optionWord(this.roleTables, given, () => LookupMessage.unknownRoleTable(given));
  }

  /** Roles that have a table of the given kind, in the guide's order. */
  rolesWith(kind: RoleTable): string[] {
    const { guide } = this.data;
    const names =
      kind === "salary" ? guide.salaryTables : kind === "dayrate" ? guide.dayRates.roles : guide.leadership.roles;
    return names.map((t) => t.role);
  }

  /** A field of the guide's source record by name (SOURCE("asOf")); unknown keys list the valid ones. */
  sourceField(key: string): string | readonly string[] {
    const value = this.sourceFields.find(key);
    if (value === undefined)
      throw invalidValue(LookupMessage.unknownSourceKey(key, Object.keys(this.data.guide.source)));
    return value;
  }

  protected noSalary(role: string): EngineError {
    return notAvailable(LookupMessage.noSalary(role, [...this.rolesWith("salary"), ...this.rolesWith("leadership")]));
  }

  protected noDayRate(role: string): EngineError {
    return notAvailable(LookupMessage.noDayRate(role, this.rolesWith("dayrate")));
  }
}
