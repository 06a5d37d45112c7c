/**
 * The salary guide as look-ups: resolves forgiving names to the guide's own, and
 * returns published bands with where they were printed. Every figure any adapter
 * shows comes through here.
 */
import { isEmptyCell, shortened } from "../core/cells";
import { toPenceDown, toPenceUp } from "../core/money";
import { nameKey, NameIndex } from "../core/names";
import { totalCompensation, type TotalCompensation } from "./compensation";
import { PremiumRules, type Adjustment, type SkillPremium } from "./premiums";
import type { Band, Provenance } from "./band";
import type { Range, Tier } from "../data/schema";
import type { Dataset } from "../data/dataset-schema";
import {
  invalidNumber,
  invalidValue,
  notAvailable,
  type EngineError,
  type LevelInput,
  type Scalar,
} from "../core/values";

export type { Band, Provenance } from "./band";

export type Point = "low" | "mid" | "high" | "range";
export type Ir35Status = "outside" | "inside";
/** Inside IR35, who pays the worker's company: an agency or umbrella in the chain, or the client itself. */
export type FeePayer = "agency" | "client";
export type RoleTable = "salary" | "dayrate" | "leadership";

/** The optional premium rules of a salary band: skills cells (see PremiumRules.skillPremiums) and a company stage. */
export interface BandOptions {
  skills?: readonly Scalar[];
  stage?: string | null;
}

type SalaryTable = Dataset["guide"]["salaryTables"][number];
type LeadershipRow = Dataset["guide"]["leadership"]["roles"][number];
type DayRateRow = Dataset["guide"]["dayRates"]["roles"][number];

/** A named level inside one table: what the user may type for it, and its tier. */
interface TableLevel {
  level: string;
  label: string;
  tier: Tier;
  yearsFrom?: number;
  /** The first year past the level (the next level's start); undefined for an open-ended "7+ years". */
  yearsTo?: number;
}

/** One table's levels with their look-up index, built once at load. */
interface LevelScale {
  levels: readonly TableLevel[];
  index: NameIndex<TableLevel>;
}

export interface RoleEntry {
  name: string;
  salaryTable?: SalaryTable;
  salaryScale?: LevelScale;
  leadership?: LeadershipRow;
  dayRates?: DayRateRow;
  /** The lowest low and highest high the guide prints for the role's salaries, across levels and locations. */
  envelope?: Range;
}

/** The span of a role's printed bands; open-ended when its top figure is printed with a "+". */
function envelopeOf(bands: readonly Range[]): Range {
  const top = bands.reduce((a, b) => (b.high > a.high ? b : a));
  return { low: Math.min(...bands.map((b) => b.low)), high: top.high, openEnded: top.openEnded };
}
const gbp = (amount: number) =>
  `£${amount.toLocaleString("en-GB", { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2, maximumFractionDigits: 2 })}`;

function levelScale(levels: readonly TableLevel[]): LevelScale {
  const index = new NameIndex<TableLevel>();
  for (const l of levels) index.add(l.level, [l.label], l);
  return { levels, index };
}

const list = (names: readonly string[]) => names.join(", ");
/** A working life: more years than this is a salary, a date or a typo in the level cell, not experience. */
const maxYearsOfExperience = 50;
/** The years in a label's bracket: "4–7 years" → 4 to 7, "7+ years" → 7 on. */
function bracketYears(bracket: string): { from: number; to: number } | undefined {
  const match = /^(\d+)\s*(?:[–—-]\s*(\d+)|(\+))\s*years?$/i.exec(bracket.trim());
  return match ? { from: Number(match[1]), to: match[2] === undefined ? Infinity : Number(match[2]) } : undefined;
}

/**
 * A published range with what it is for. Object.assign rather than object spread: spread
 * clones ~20× slower in Node 20's V8, and every look-up passes through here.
 */
const withPlace = (range: Range, place: Omit<Band, keyof Range>): Band => Object.assign(place, range);

function unknownName(kind: string, given: string, index: NameIndex<unknown>, valid: readonly string[]): EngineError {
  const suggestion = index.closest(given);
  const hint = suggestion ? ` Did you mean '${suggestion}'?` : "";
  return notAvailable(`Unknown ${kind} '${shortened(given)}'.${hint} Valid ${kind}s: ${list(valid)}.`);
}

export class PayGuide {
  readonly roleNames: readonly string[];
  readonly locationNames: readonly string[];
  private readonly roles = new NameIndex<RoleEntry>();
  /** Role spellings that also read as another role plus a level ("MLOps Lead"), by name key. */
  private readonly ambiguousRoles = new Map<string, { role: string; level: string }>();
  private readonly locations = new NameIndex<string>();
  private readonly tiers = new NameIndex<Tier>();
  private readonly points = new NameIndex<Point>();
  private readonly ir35 = new NameIndex<Ir35Status>();
  private readonly feePayers = new NameIndex<FeePayer>();
  private readonly roleTables = new NameIndex<RoleTable>();
  private readonly dayRateScale: LevelScale;
  private readonly sourceFields = new NameIndex<string | readonly string[]>();
  readonly rules: PremiumRules;

  constructor(readonly data: Dataset) {
    const { guide, vocabulary } = data;
    const entries = new Map<string, RoleEntry>(vocabulary.roles.map((r) => [r.name, { name: r.name }]));
    for (const table of guide.salaryTables) {
      const entry = entries.get(table.role)!;
      entry.salaryTable = table;
      entry.salaryScale = levelScale(
        table.levels.map((l) => ({
          level: l.level,
          label: l.label,
          tier: l.tier,
          yearsFrom: l.years?.from,
          yearsTo: l.years?.to,
        })),
      );
    }
    for (const row of guide.leadership.roles) entries.get(row.role)!.leadership = row;
    for (const entry of entries.values()) {
      const bands = entry.leadership
        ? Object.values(entry.leadership.bands)
        : entry.salaryTable?.levels.flatMap((l) => Object.values(l.bands));
      if (bands) entry.envelope = envelopeOf(bands);
    }
    for (const row of guide.dayRates.roles) entries.get(row.role)!.dayRates = row;
    for (const r of vocabulary.roles) this.roles.add(r.name, r.aliases, entries.get(r.name)!);
    this.roleNames = vocabulary.roles.map((r) => r.name);
    this.findAmbiguousRoles(vocabulary);

    for (const l of vocabulary.locations) this.locations.add(l.name, l.aliases, l.name);
    this.locationNames = vocabulary.locations.map((l) => l.name);
    for (const t of vocabulary.levelTiers) this.tiers.add(t.tier, t.aliases, t.tier);
    for (const p of vocabulary.points) this.points.add(p.point, p.aliases, p.point);
    for (const s of vocabulary.ir35) this.ir35.add(s.status, s.aliases, s.status);
    for (const f of vocabulary.feePayers) this.feePayers.add(f.feePayer, f.aliases, f.feePayer);
    for (const [field, value] of Object.entries(guide.source)) this.sourceFields.add(field, [], value);
    for (const t of vocabulary.roleTables) this.roleTables.add(t.table, t.aliases, t.table);
    this.dayRateScale = levelScale(
      guide.dayRates.levels.map((l) => ({ level: l.level, label: l.level, tier: l.tier })),
    );
    this.rules = new PremiumRules(data);
  }

  /**
   * Every role spelling that is also another role's spelling followed or preceded by a level
   * word: "MLOps Lead" is an alias of Head of MLOps, but also MLOps Engineer at Lead. Found
   * from the vocabulary, so a new alias is checked too.
   */
  private findAmbiguousRoles(vocabulary: Dataset["vocabulary"]): void {
    const levelWords = vocabulary.levelTiers.flatMap((t) =>
      t.aliases.map((alias) => ({ tier: t.tier, key: nameKey(alias) })),
    );
    for (const r of vocabulary.roles)
      for (const spelling of [r.name, ...r.aliases]) {
        const key = nameKey(spelling);
        for (const word of levelWords) {
          const rest = key.endsWith(word.key)
            ? key.slice(0, -word.key.length)
            : key.startsWith(word.key)
              ? key.slice(word.key.length)
              : "";
          const other = rest ? this.roles.find(rest) : undefined;
          const level = other?.salaryScale?.levels.find((l) => l.tier === word.tier);
          if (other && other.name !== r.name && level)
            this.ambiguousRoles.set(key, { role: other.name, level: level.level });
        }
      }
  }

  /** The canonical role for any accepted spelling, or an #N/A that suggests the nearest or names the candidates. */
  role(given: string): RoleEntry {
    const found = this.roles.find(given);
    if (!found) throw unknownName("role", given, this.roles, this.roleNames);
    const other = this.ambiguousRoles.get(nameKey(given));
    if (other)
      throw notAvailable(
        `'${given}' is ambiguous: it could be ${found.name}, or ${other.role} at ${other.level}. Write "${found.name}", or give role "${other.role}" and level "${other.level}".`,
      );
    return found;
  }

  location(given: string): string {
    const found = this.locations.find(given);
    if (!found) throw unknownName("location", given, this.locations, this.locationNames);
    return found;
  }

  point(given: string): Point {
    const found = this.points.find(given);
    if (!found)
      throw invalidValue(
        `Unknown point '${shortened(given)}'. Use "low" (25th percentile), "mid" (midpoint), "high" (75th percentile) or "range" (low and high).`,
      );
    return found;
  }

  ir35Status(given: string): Ir35Status {
    const found = this.ir35.find(given);
    if (!found)
      throw invalidValue(
        `Unknown IR35 status '${shortened(given)}'. Use "outside" (the default), "inside", TRUE (inside) or FALSE (outside).`,
      );
    return found;
  }

  feePayer(given: string): FeePayer {
    const found = this.feePayers.find(given);
    if (!found)
      throw invalidValue(
        `Unknown fee-payer '${given}'. Use "agency" (the default: an agency or umbrella pays the worker) or "client" (you pay the worker's company directly).`,
      );
    return found;
  }

  roleTable(given: string): RoleTable {
    const found = this.roleTables.find(given);
    if (!found)
      throw invalidValue(
        `Unknown table '${shortened(given)}'. Use "salary" (permanent), "dayrate" (contractor) or "leadership".`,
      );
    return found;
  }

  /** Roles that have a table of the given kind, in the guide's order. */
  rolesWith(kind: RoleTable): string[] {
    const { guide } = this.data;
    const names =
      kind === "salary" ? guide.salaryTables : kind === "dayrate" ? guide.dayRates.roles : guide.leadership.roles;
    return names.map((t) => t.role);
  }

  /**
   * The level names a role publishes, for LEVELS(): its permanent table by default (its
   * day-rate levels when it has no permanent table), or the table asked for.
   */
  levelsOf(roleName: string, kind: RoleTable | null): string[] {
    const role = this.role(roleName);
    if (role.leadership && kind !== "dayrate") {
      throw notAvailable(`${role.name} is a leadership role with a single band per location: leave level empty.`);
    }
    if (kind === "leadership")
      throw notAvailable(
        `${role.name} is not a leadership role. Leadership roles: ${list(this.rolesWith("leadership"))}.`,
      );
    if (kind !== "dayrate" && role.salaryScale) return role.salaryScale.levels.map((l) => l.level);
    if (kind === "salary") throw this.noSalary(role.name);
    if (!role.dayRates) throw this.noDayRate(role.name);
    return this.dayRateScale.levels.map((l) => l.level);
  }

  /** A field of the guide's source record by name (SOURCE("asOf")); unknown keys list the valid ones. */
  sourceField(key: string): string | readonly string[] {
    const value = this.sourceFields.find(key);
    if (value === undefined)
      throw invalidValue(`Unknown key '${shortened(key)}'. Valid keys: ${list(Object.keys(this.data.guide.source))}.`);
    return value;
  }

  /**
   * The permanent band for a role, level and location (UK National when location is null):
   * the published figure, or one derived by the guide's rules. A location the role's table
   * has no column for is derived from its London band (section 8); then the largest skill
   * premium and the company stage's base factor apply, each end by its own factor.
   */
  salaryBand(roleName: string, level: LevelInput | null, locationName: string | null, options: BandOptions = {}): Band {
    const role = this.role(roleName);
    const location = locationName === null ? "UK National" : this.location(locationName);
    const skills = options.skills?.length ? this.rules.skillAdjustment(role.name, options.skills) : null;
    const stage = options.stage ? this.rules.stageAdjustment(this.rules.stage(options.stage)) : null;
    const located = this.locatedBand(role, level, location);
    const band = [skills, stage].reduce((b, rule) => (rule ? adjust(b, rule) : b), located);
    const rules = [located.provenance.derived, skills, stage].filter(Boolean).length;
    if (rules >= 2) this.withinPublished(band, [band.low, band.high], `${rules} stacked rules give`);
    return band;
  }

  /**
   * A modelled percentile of a salary band is read only where the model has something to
   * fit and the answer stays inside the guide: never on a band whose high end is printed
   * as a floor ("£350k+"), and, on a derived band (a rule and the model stacked), only
   * inside the range the guide prints for the role.
   */
  checkPercentile(band: Band, p: number, figure: number): void {
    if (band.openEnded)
      throw notAvailable(
        `The guide prints the ${band.role} ${band.location} band's high end as a floor (${gbp(band.high)}+), so no percentile can be fitted to it. It publishes only the low end (${gbp(band.low)}, the 25th percentile) and that floor: use "low" or "high".`,
      );
    if (band.provenance.derived) this.withinPublished(band, [figure], `The ${p} percentile of a derived band gives`);
  }

  /**
   * The policy for stacked rules: one rule (a region, a skill, a stage or the percentile
   * model) applied to a printed band is the guide's own rule; two or more compound their
   * uncertainty, so their result must stay within what the guide prints for the role
   * (lowest low to highest high, across its levels and locations), or it is #N/A.
   */
  private withinPublished(band: Band, figures: readonly number[], what: string): void {
    const envelope = this.role(band.role).envelope!;
    const outside = figures.some((f) => f < envelope.low || (!envelope.openEnded && f > envelope.high));
    if (!outside) return;
    const shown = figures.map(gbp).join(" – ");
    const printed = `${gbp(envelope.low)} – ${gbp(envelope.high)}${envelope.openEnded ? "+" : ""}`;
    throw notAvailable(
      `${what} ${band.role} ${shown}, outside everything the guide prints for ${band.role} (${printed}). AIPAY does not extrapolate stacked rules beyond the guide: drop a rule. Rules applied: ${band.provenance.derived}.`,
    );
  }

  /** The role's column for the location, or its London band adjusted by the regional rule. */
  private locatedBand(role: RoleEntry, level: LevelInput | null, location: string): Band {
    const published = this.publishedBand(role, level, location);
    if (published) return published;
    const region = this.rules.regionAdjustment(location);
    const london = region && this.publishedBand(role, level, "London");
    if (!region || !london) {
      const columns = role.leadership ? Object.keys(role.leadership.bands) : ["UK National", "London", "Remote UK"];
      throw notAvailable(
        `The guide publishes ${role.name} pay for ${list(columns)}, and derives ${list(this.rules.factorLocations.filter((l) => !columns.includes(l)))} from London; not ${location}.`,
      );
    }
    return { ...adjust(london, region), location };
  }

  /** The band exactly as a table prints it, or undefined when the table has no column for the location. */
  private publishedBand(role: RoleEntry, level: LevelInput | null, location: string): Band | undefined {
    if (role.leadership) return this.leadershipBand(role.leadership, level, location);
    if (!role.salaryTable) throw this.noSalary(role.name);
    const table = role.salaryTable;
    const scale = role.salaryScale!;
    if (level === null)
      throw notAvailable(
        `Give a level for ${role.name}: ${list(scale.levels.map((l) => l.level))}, or years of experience.`,
      );
    const chosen = this.pickLevel(role.name, scale, level, "salary");
    const row = table.levels.find((l) => l.level === chosen.level)!;
    const band = row.bands[location as keyof typeof row.bands];
    return band && withPlace(band, { role: role.name, level: row.label, location, provenance: table.source });
  }

  /** The published day rate (outside IR35) for a role and level. */
  dayRate(roleName: string, level: LevelInput | null): Band {
    const role = this.role(roleName);
    const levelNames = list(this.dayRateScale.levels.map((l) => l.level));
    if (!role.dayRates) throw this.noDayRate(role.name);
    if (level === null) throw notAvailable(`Give a level for the ${role.name} day rate: ${levelNames}.`);
    if (typeof level === "number") {
      this.checkYears(level);
      throw notAvailable(`Day rates are published by level, not years of experience. Use ${levelNames}.`);
    }
    const chosen = this.pickLevel(role.name, this.dayRateScale, level, "day rate");
    const { source } = this.data.guide.dayRates;
    return withPlace(role.dayRates.rates[chosen.level], {
      role: role.name,
      level: chosen.level,
      location: "UK",
      provenance: source,
    });
  }

  /** A skill's published premium for a role, as fractions of base. */
  skillPremium(roleName: string, skill: string): SkillPremium {
    return this.rules.skillPremium(this.role(roleName).name, skill);
  }

  /** A location's pay as a multiple of London's (section 8). */
  locationFactor(locationName: string): Range & { location: string; provenance: Provenance } {
    const location = this.location(locationName);
    const factor = this.rules.locationFactor(location);
    if (!factor)
      throw notAvailable(
        `The guide gives no factor vs London for ${location}. Locations with a factor: ${list(this.rules.factorLocations)}.`,
      );
    return { ...factor, location, provenance: this.data.guide.regional.source };
  }

  /** Base + bonus + annualised equity, from the band SALARYBAND gives for the same arguments. */
  totalComp(
    roleName: string,
    level: LevelInput | null,
    locationName: string | null,
    options: BandOptions & { valuation?: number | null } = {},
  ): TotalCompensation {
    const base = this.salaryBand(roleName, level, locationName, options);
    const stage = options.stage ? this.rules.stage(options.stage) : null;
    return totalCompensation(this, base, stage, options.valuation ?? null);
  }

  /**
   * The guide's specialist contractor rate (a section 1 headline), for the day-rate rows
   * the dataset says it applies to; #N/A naming those rows elsewhere.
   */
  specialistDayRate(roleName: string, level: LevelInput | null): Band {
    const table = this.dayRate(roleName, level);
    const { specialist } = this.data.guide.dayRates;
    const rate = this.data.guide.headlines.find((h) => h.id === specialist.headline)!;
    const applies = specialist.appliesTo.some((row) => row.role === table.role && row.level === table.level);
    if (!applies) {
      const rows = list(specialist.appliesTo.map((row) => `${row.role} at ${row.level}`));
      throw notAvailable(
        `The guide's specialist day rate (£${rate.low.toLocaleString("en-GB")}–£${rate.high.toLocaleString("en-GB")}) is published for ${rows} only, not ${table.role} at ${table.level}.`,
      );
    }
    return {
      low: rate.low,
      high: rate.high,
      role: table.role,
      level: table.level,
      location: "UK",
      provenance: rate.source,
    };
  }

  private noSalary(role: string): EngineError {
    return notAvailable(
      `The guide publishes no permanent salary for ${role}, only contractor day rates (AIPAY.DAYRATE). Roles with salaries: ${list([...this.rolesWith("salary"), ...this.rolesWith("leadership")])}.`,
    );
  }

  private noDayRate(role: string): EngineError {
    return notAvailable(
      `The guide publishes no day rate for ${role}. Roles with day rates: ${list(this.rolesWith("dayrate"))}.`,
    );
  }

  private leadershipBand(row: LeadershipRow, level: LevelInput | null, location: string): Band | undefined {
    // A leadership role has no years to give, so Excel desktop's 0 for an empty cell is no level.
    if (level !== null && !isEmptyCell(level)) {
      throw notAvailable(`${row.role} is a leadership role with a single band: leave level empty.`);
    }
    const band = row.bands[location as keyof typeof row.bands];
    return (
      band && withPlace(band, { role: row.role, level: "", location, provenance: this.data.guide.leadership.source })
    );
  }

  private checkYears(years: number): void {
    if (!Number.isFinite(years)) throw invalidNumber("Years of experience must be a finite number.");
    if (years < 0) throw invalidNumber(`Years of experience cannot be negative (got ${years}).`);
    if (years > maxYearsOfExperience)
      throw invalidNumber(
        `Years of experience above ${maxYearsOfExperience} are not a career (got ${years}): check the cell holds years, not a salary or a date.`,
      );
  }

  /**
   * A label's years must overlap the years of the level it names: "Junior (4–7 years)" is
   * refused, not priced as Junior, while another table's "Senior (4–7 years)" still reads
   * LLM Engineer's "Senior (4+ years)". A level the table prints without years (LLM
   * Lead/Principal) has nothing to contradict.
   */
  private checkBracket(
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
    const meant = levels.filter((l) => l.yearsFrom !== undefined && overlaps(l)).map((l) => `'${l.label}'`);
    throw notAvailable(
      `Level '${given}' contradicts itself: ${roleName} prints ${found.level} as '${found.label}'${meant.length ? `, and (${bracket}) is ${meant.join(" or ")}` : ""}. Give one of them.`,
    );
  }

  /**
   * A level by name (the table's own label or level, or any tier alias such as "Sr" or
   * "Staff") or by years of experience, where a boundary year belongs to the higher level.
   */
  private pickLevel(roleName: string, scale: LevelScale, given: LevelInput, tableKind: string): TableLevel {
    const { levels, index: own } = scale;
    if (typeof given === "number") {
      this.checkYears(given);
      const byYears = levels.filter((l) => l.yearsFrom !== undefined && l.yearsFrom <= given);
      // A table may give no years, or start above 0: then some experience matches no level.
      if (byYears.length === 0)
        throw notAvailable(
          `The guide gives no ${tableKind} level for ${roleName} at ${given} years of experience. Give a level: ${list(levels.map((l) => l.level))}.`,
        );
      return byYears.reduce((best, l) => (l.yearsFrom! > best.yearsFrom! ? l : best));
    }
    // A printed label is read by its name, so another table's ("Staff/Principal (7+ years)" asked of LLM Engineer) works too.
    const { name: labelName, bracket } = splitPrintedLabel(given);
    const name = labelName || given;
    const tier = this.tiers.find(name);
    const found = own.find(name) ?? (tier ? levels.find((l) => l.tier === tier) : undefined);
    if (found && bracket !== undefined) this.checkBracket(roleName, levels, found, given, bracket);
    if (found) return found;
    const valid = levels.map((l) => l.level);
    if (tier) {
      throw notAvailable(
        `The guide publishes no ${shortened(given)} ${tableKind} for ${roleName}. Levels published: ${list(valid)}.`,
      );
    }
    const suggestion = own.closest(given) ?? this.tiers.closest(given);
    const hint = suggestion ? ` Did you mean '${levels.find((l) => l.tier === suggestion)?.level ?? suggestion}'?` : "";
    // Day-rate levels have no year ranges, so years are offered only where a table has them.
    const years = levels.some((l) => l.yearsFrom !== undefined) ? ", or years of experience as a number" : "";
    throw notAvailable(
      `Unknown level '${shortened(given)}' for ${roleName}.${hint} Valid levels: ${list(valid)}${years}.`,
    );
  }
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
 * Applies one rule to a band and records it in the band's provenance. Each end is rounded
 * to the penny inwards (low up, high down), so rounding never widens the band either.
 */
export function adjust(band: Band, rule: Adjustment): Band {
  const { derived } = band.provenance;
  return {
    ...band,
    low: toPenceUp(band.low * rule.factor),
    high: toPenceDown(band.high * rule.factor),
    provenance: { ...band.provenance, derived: derived ? `${derived}; ${rule.description}` : rule.description },
  };
}
