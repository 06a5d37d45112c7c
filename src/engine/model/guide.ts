/**
 * The salary guide as look-ups: returns published bands with where they were printed, or
 * bands derived from them by the guide's rules. Every figure any adapter shows comes through here.
 */
import { isEmptyCell } from "../core/cells";
import { toPence, toPenceDown, toPenceUp } from "../core/money";
import { gbp } from "../core/messages/wording";
import { FigureMessage, LevelMessage, LookupMessage } from "../core/messages";
import { notAvailable, type LevelInput, type Scalar } from "../core/values";
import type { Range } from "../data/schema";
import type { Dataset } from "../data/dataset-schema";
import { totalCompensation, type TotalCompensation } from "./compensation";
import { checkYears, pickLevel } from "./levels";
import { GuideLookups, type RoleTable } from "./lookups";
import { percent, PremiumRules, type Adjustment, type SkillPremium } from "./premiums";
import type { LeadershipRow, RoleEntry } from "./roles";
import { citation, type Band, type Provenance } from "./band";

export type { Band, Provenance } from "./band";
export type { Point, Ir35Status, FeePayer, Phasing, PositionType, PositionStatus, RoleTable } from "./lookups";
export type { RoleEntry } from "./roles";

/** The optional premium rules of a salary band: skills cells (see PremiumRules.skillPremiums) and a company stage. */
export interface BandOptions {
  skills?: readonly Scalar[];
  stage?: string | null;
}

/**
 * A published range with what it is for. Object.assign rather than object spread: spread
 * clones ~20× slower in Node 20's V8, and every look-up passes through here.
 */
const withPlace = (range: Range, place: Omit<Band, keyof Range>): Band => Object.assign(place, range);

export class PayGuide extends GuideLookups {
  readonly rules: PremiumRules;
  /** The location a salary look-up reads when given none (the guide's national column). */
  readonly defaultLocation: string;
  /** The location section 8's discounts are measured from; other locations' bands derive from its column. */
  readonly baseLocation: string;
  /** The edition of the guide these figures are from. */
  readonly edition: string;
  /** The tax year employer-cost figures use when given none. */
  readonly taxYear: string;

  /**
   * `data.guide` is the edition's guide; `taxYear`, the year its undated employer-cost figures
   * use, is the edition's own (editions.json) unless given.
   */
  constructor(data: Dataset, taxYear?: string) {
    super(data);
    this.edition = data.guide.source.edition;
    // The dataset's checks hold every guide's edition to an entry of editions.json.
    this.taxYear = taxYear ?? data.editions.editions.find((e) => e.id === this.edition)!.defaultTaxYear;
    this.rules = new PremiumRules(data);
    this.defaultLocation = data.guide.defaultLocation;
    this.baseLocation = data.guide.regional.base;
  }

  /**
   * The level names a role publishes, for LEVELS(): its permanent table by default (its
   * day-rate levels when it has no permanent table), or the table asked for.
   */
  levelsOf(roleName: string, kind: RoleTable | null): string[] {
    const role = this.role(roleName);
    if (role.leadership && kind !== "dayrate") throw notAvailable(LevelMessage.leadershipLevels(role.name));
    if (kind === "leadership") throw notAvailable(LookupMessage.notLeadership(role.name, this.rolesWith("leadership")));
    if (kind !== "dayrate" && role.salaryScale) return role.salaryScale.levels.map((l) => l.level);
    if (kind === "salary") throw this.noSalary(role.name);
    if (!role.dayRates) throw this.noDayRate(role.name);
    return this.dayRateScale.levels.map((l) => l.level);
  }

  /** The locations a role's table prints as columns, in the table's order; none for a role with day rates only. */
  columnsOf(roleName: string): readonly string[] {
    const role = this.role(roleName);
    if (role.leadership) return this.data.guide.leadership.columns;
    return role.salaryTable?.columns ?? [];
  }

  /**
   * The locations a role's salary is printed or derived for, in the vocabulary's order: its
   * table's columns and the section 8 locations; none for a role with day rates only.
   */
  locationsOf(roleName: string): string[] {
    const columns = this.columnsOf(roleName);
    if (columns.length === 0) return [];
    const factors = this.rules.factorLocations;
    return this.locationNames.filter((l) => columns.includes(l) || factors.includes(l));
  }

  /**
   * The permanent band for a role, level and location (the default location when location
   * is null): the published figure, or one derived by the guide's rules. A location the
   * role's table has no column for is derived from its base-location band (section 8), or
   * for a leadership role read from the column its table names for elsewhere; then the
   * largest skill premium (held to the role's ceiling, if it has one) and the company
   * stage's base factor apply.
   */
  salaryBand(roleName: string, level: LevelInput | null, locationName: string | null, options: BandOptions = {}): Band {
    const role = this.role(roleName);
    const location = locationName === null ? this.defaultLocation : this.location(locationName);
    const skills = options.skills?.length ? this.rules.skillAdjustment(role.name, options.skills) : null;
    const stage = options.stage ? this.rules.stageAdjustment(this.rules.stage(options.stage)) : null;
    const located = this.locatedBand(role, level, location);
    const heldSkills = skills && this.skillWithinCeiling(located, skills);
    const band = [heldSkills, stage].reduce((b, rule) => (rule ? adjust(b, rule) : b), located);
    const rules = [located.provenance.derived, skills, stage].filter(Boolean).length;
    if (rules >= 2) this.withinPublished(band, [band.low, band.high], FigureMessage.stackedRulesGive(rules));
    return band;
  }

  /**
   * A skill premium held to the role's ceiling, where the guide prices its skills against
   * another role (an LLM Engineer's against general ML roles): cut to the largest factor
   * that keeps both ends within the headline premium over that role's band at the same tier
   * and location, never below 1 (no skill lowers pay). One factor, so the band keeps its
   * shape. Without such a band to compare, the premium stands.
   */
  private skillWithinCeiling(located: Band, skill: Adjustment): Adjustment {
    const ceiling = this.rules.skillCeiling(located.role);
    const tier = this.role(located.role).salaryScale?.levels.find((l) => l.level === located.levelName)?.tier;
    const over = ceiling && this.role(ceiling.over);
    const overLevel = over?.salaryScale?.levels.find((l) => l.tier === tier)?.level;
    if (!ceiling || !over || !overLevel) return skill;
    const reference = this.locatedBand(over, overLevel, located.location);
    const cap = { low: reference.low * (1 + ceiling.premium), high: reference.high * (1 + ceiling.premium) };
    const factor = Math.max(1, Math.min(skill.factor, cap.low / located.low, cap.high / located.high));
    if (factor >= skill.factor) return skill;
    return {
      factor,
      description: `${skill.description}, cut to × ${Math.round(factor * 1000) / 1000} to stay within ${percent(ceiling.premium)} over the ${ceiling.over} ${overLevel} ${located.location} band (${gbp(reference.low)} – ${gbp(reference.high)}, so at most ${gbp(toPence(cap.low))} – ${gbp(toPence(cap.high))}): ${ceiling.note} (${citation(ceiling.source)})`,
    };
  }

  /**
   * A modelled percentile of a salary band is read only where the model has something to
   * fit and the answer stays inside the guide: never on a band whose high end is printed
   * as a floor ("£350k+"), and, on a derived band (a rule and the model stacked), only
   * inside the range the guide prints for the role.
   */
  checkPercentile(band: Band, p: number, figure: number): void {
    if (band.openEnded) throw notAvailable(FigureMessage.openEndedPercentile(band));
    if (band.provenance.derived) this.withinPublished(band, [figure], FigureMessage.derivedPercentileGives(p));
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
    throw notAvailable(FigureMessage.outsidePublished(what, band.role, figures, envelope, band.provenance.derived));
  }

  /**
   * The role's column for the location; for a leadership role elsewhere, the column the
   * leadership table names for other locations (the UK Range); otherwise its base-location
   * band adjusted by the regional rule, with §8's other reading and, when its mid lands above
   * the role's default-location mid, why.
   */
  private locatedBand(role: RoleEntry, level: LevelInput | null, location: string): Band {
    const published = this.publishedBand(role, level, location);
    if (published) return published;
    const region = this.rules.regionAdjustment(location);
    if (region && role.leadership) return this.leadershipElsewhere(role.leadership, level, location);
    const base = region && this.publishedBand(role, level, this.baseLocation);
    if (!region || !base) {
      const columns = this.columnsOf(role.name);
      const derived = this.rules.factorLocations.filter((l) => !columns.includes(l));
      throw notAvailable(LookupMessage.notPublishedAt(role.name, columns, derived, this.baseLocation, location));
    }
    const band = { ...adjust(base, region), location };
    const national = this.publishedBand(role, level, this.defaultLocation)!;
    const notes = [this.otherRegionalReading(base, location), aboveNational(band, national, base)];
    return withNotes(band, notes);
  }

  /** §8's "vs London" reading of the same band, as figures, for the reader to compare. */
  private otherRegionalReading(base: Band, location: string): string {
    const reading = this.rules.vsBaseAdjustment(location)!;
    const other = adjust(base, reading);
    return `${reading.description}: ${gbp(other.low)} – ${gbp(other.high)}${other.openEnded ? "+" : ""}`;
  }

  /** A leadership band at a location its table has no column for: the column it names for elsewhere, and why. */
  private leadershipElsewhere(row: LeadershipRow, level: LevelInput | null, location: string): Band {
    const { elsewhere } = this.data.guide.leadership;
    const band = this.leadershipBand(row, level, elsewhere.column)!;
    const derived = `${location} reads the ${elsewhere.column} band (${gbp(band.low)} – ${gbp(band.high)}${band.openEnded ? "+" : ""}): ${elsewhere.note}`;
    return { ...band, location, provenance: { ...band.provenance, derived } };
  }

  /** The band exactly as a table prints it, or undefined when the table has no column for the location. */
  private publishedBand(role: RoleEntry, level: LevelInput | null, location: string): Band | undefined {
    if (role.leadership) return this.leadershipBand(role.leadership, level, location);
    if (!role.salaryTable) throw this.noSalary(role.name);
    const table = role.salaryTable;
    const scale = role.salaryScale!;
    if (level === null) {
      const levels = scale.levels.map((l) => l.level);
      throw notAvailable(LevelMessage.giveLevel(role.name, levels));
    }
    const chosen = pickLevel(role.name, scale, this.tiers, level, "salary");
    const row = table.levels.find((l) => l.level === chosen.level)!;
    const band = row.bands[location];
    const { unit, per, source } = table;
    return (
      band &&
      withPlace(band, {
        role: role.name,
        level: row.label,
        levelName: row.level,
        location,
        unit,
        per,
        provenance: source,
      })
    );
  }

  /** The published day rate (outside IR35) for a role and level. */
  dayRate(roleName: string, level: LevelInput | null): Band {
    const role = this.role(roleName);
    const levelNames = this.dayRateScale.levels.map((l) => l.level);
    if (!role.dayRates) throw this.noDayRate(role.name);
    if (level === null) throw notAvailable(LevelMessage.giveDayRateLevel(role.name, levelNames));
    if (typeof level === "number") {
      checkYears(level);
      throw notAvailable(LevelMessage.dayRatesByLevel(levelNames));
    }
    const chosen = pickLevel(role.name, this.dayRateScale, this.tiers, level, "day rate");
    const { source, unit, per } = this.data.guide.dayRates;
    return withPlace(role.dayRates.rates[chosen.level], {
      role: role.name,
      level: chosen.level,
      levelName: chosen.level,
      location: "UK",
      unit,
      per,
      provenance: source,
    });
  }

  /** A skill's published premium for a role, as fractions of base. */
  skillPremium(roleName: string, skill: string): SkillPremium {
    return this.rules.skillPremium(this.role(roleName).name, skill);
  }

  /** A location's pay as a multiple of the base location's (section 8). */
  locationFactor(locationName: string): Range & { location: string; provenance: Provenance } {
    const location = this.location(locationName);
    const factor = this.rules.locationFactor(location);
    if (!factor)
      throw notAvailable(LookupMessage.noLocationFactor(this.baseLocation, location, this.rules.factorLocations));
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
    const applies = specialist.appliesTo.some((row) => row.role === table.role && row.level === table.levelName);
    if (!applies)
      throw notAvailable(FigureMessage.specialistNotPublished(rate, specialist.appliesTo, table.role, table.level));
    const { role, level: printed, levelName, location } = table;
    const per = rate.per ?? table.per;
    return {
      low: rate.low,
      high: rate.high,
      role,
      level: printed,
      levelName,
      location,
      unit: rate.unit,
      per,
      provenance: rate.source,
    };
  }

  private leadershipBand(row: LeadershipRow, level: LevelInput | null, location: string): Band | undefined {
    // A leadership role has no years to give, so Excel desktop's 0 for an empty cell is no level.
    if (level !== null && !isEmptyCell(level)) throw notAvailable(LevelMessage.leadershipLevel(row.role));
    const band = row.bands[location];
    const { unit, per, source } = this.data.guide.leadership;
    return (
      band && withPlace(band, { role: row.role, level: "", levelName: "", location, unit, per, provenance: source })
    );
  }
}

/**
 * Applies one rule to a band and records it in the band's provenance. Each end is rounded
 * to the penny inwards (low up, high down), so rounding never widens the band either.
 */
export function adjust(band: Band, rule: Adjustment): Band {
  return withNotes(
    {
      ...band,
      low: toPenceUp(band.low * rule.factor),
      high: toPenceDown(band.high * (rule.highFactor ?? rule.factor)),
    },
    [rule.description],
  );
}

/** A band with more steps recorded in its provenance, after those already there; empty notes are skipped. */
function withNotes(band: Band, notes: readonly (string | undefined)[]): Band {
  const steps = [band.provenance.derived, ...notes].filter(Boolean);
  return { ...band, provenance: { ...band.provenance, derived: steps.join("; ") } };
}

const mid = (band: Range) => (band.low + band.high) / 2;

/**
 * Why a derived regional band's mid sits above the role's default-location (national) mid,
 * or nothing when it does not: §8 puts the region nearer the base than the role's own table
 * puts its national column, end for end.
 */
function aboveNational(band: Band, national: Band, base: Band): string | undefined {
  if (mid(band) <= mid(national)) return undefined;
  const ratio = (end: "low" | "high", of: Range) => String(Math.round((of[end] / base[end]) * 1000) / 1000);
  return `its mid (${gbp(toPence(mid(band)))}) is above the role's ${national.location} mid (${gbp(toPence(mid(national)))}) because §8 puts ${band.location} nearer ${base.location} (low × ${ratio("low", band)}, high × ${ratio("high", band)}) than this table puts ${national.location} (× ${ratio("low", national)}, × ${ratio("high", national)})`;
}
