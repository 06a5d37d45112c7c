/**
 * The guide's premium rules as adjustments to a band: skill premiums (sections 2–5), a
 * region's pay against the base location, London (section 8), and the company-stage base
 * factor (section 9).
 * Every rate comes from the dataset; this module only knows how each rule is applied.
 */
import { ArgumentMessage, LookupMessage } from "../core/messages";
import { nameKey, NameIndex } from "../core/names";
import type { GuideSource, Range } from "../data/schema";
import type { Dataset } from "../data/dataset-schema";
import { invalidValue, notAvailable, type Scalar } from "../core/values";
import { citation } from "./band";

type SkillList = Dataset["guide"]["skillPremiums"][number];
type SkillRow = SkillList["skills"][number];
export type StageRow = Dataset["guide"]["companyStages"]["stages"][number];

/** Where a rule was printed: the guide's section and its table or list. */
export type RuleSource = GuideSource;

/**
 * One rule applied to a band: both ends are multiplied by `factor`, so the band keeps its
 * shape (high ÷ low), unless the rule prints its own high end (`highFactor`, a region's
 * typical range). `description` says in words what was done and where the rule is printed.
 */
export interface Adjustment {
  factor: number;
  /** The high end's factor, where the rule gives one of its own; never above `factor`, so a band never widens. */
  highFactor?: number;
  description: string;
}

/** A premium skill as published for one role. */
export interface SkillPremium {
  role: string;
  skill: string;
  premium: Range;
  source: RuleSource;
}

/** 0.866666… → "0.867": a factor as a reader checks it, to three places. */
const shortFactor = (factor: number) => String(Math.round(factor * 1000) / 1000);
/** £65,000 → "£65k", as §8 prints its typical ranges. */
const thousands = (amount: number) => `£${amount / 1000}k`;

/** 0.0002 → "0.02%". */
export const percent = (fraction: number) => `${toRate(fraction * 100)}%`;

/** A fraction such as 1 − 0.15, rounded so that binary floating point prints as the guide's percent. */
export const toRate = (fraction: number) => Math.round(fraction * 1e9) / 1e9;

/**
 * The one reading of every rule the guide prints as a low–high factor ("−10% to −15%",
 * "+5–10%", "90–100% of market"): its midpoint, applied to both ends of a band. The range
 * states how uncertain the factor is, not how far to stretch the band; taking the larger
 * factor at one end and the smaller at the other would widen every derived band beyond
 * the one it comes from.
 */
const midpointFactor = (range: Range) => toRate((range.low + range.high) / 2);
const times = (factor: number) => `× ${factor}`;

/**
 * A skills cell may hold one skill or several separated by commas; a comma whose next
 * bracket is a closing one is inside brackets and belongs to the name. One pass from the
 * end remembers that next bracket, so a 32,767-character cell costs one scan, not one per comma.
 */
export function splitSkills(text: string): string[] {
  const names: string[] = [];
  const take = (from: number, to: number) => {
    const name = text.slice(from, to).trim();
    if (name.length > 0) names.push(name);
  };
  let end = text.length;
  let nextBracket = "";
  for (let i = text.length - 1; i >= 0; i--) {
    const char = text[i];
    if (char === "(" || char === ")") nextBracket = char;
    else if (char === "," && nextBracket !== ")") {
      take(i + 1, end);
      end = i;
    }
  }
  take(0, end);
  return names.reverse();
}

/** Every spelling of every skill, by name key → the roles that list it, in the guide's order. */
function skillOwnersOf(data: Dataset): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const skillList of data.guide.skillPremiums)
    for (const row of skillList.skills)
      for (const spelling of [row.skill, ...row.aliases]) {
        const key = nameKey(spelling);
        const roles = owners.get(key) ?? [];
        if (!roles.includes(skillList.role)) roles.push(skillList.role);
        owners.set(key, roles);
      }
  return owners;
}

export class PremiumRules {
  /** Each role's own premium skills, by any accepted spelling. */
  private readonly skillsByRole = new Map<string, { list: SkillList; index: NameIndex<SkillRow> }>();
  /** The roles that list each skill, to name them when a skill is asked of another role; found on first use. */
  private skillOwners?: ReadonlyMap<string, readonly string[]>;
  private readonly allSkills = new NameIndex<string>();
  private readonly stages = new NameIndex<StageRow>();

  constructor(private readonly data: Dataset) {
    for (const skillList of data.guide.skillPremiums) {
      const index = new NameIndex<SkillRow>();
      for (const row of skillList.skills) {
        index.add(row.skill, row.aliases, row);
        this.allSkills.add(row.skill, row.aliases, row.skill);
      }
      this.skillsByRole.set(skillList.role, { list: skillList, index });
    }
    for (const s of data.guide.companyStages.stages) this.stages.add(s.stage, [s.label, ...s.aliases], s);
  }

  get rolesWithSkills(): string[] {
    return [...this.skillsByRole.keys()];
  }

  /** One skill's published premium for a role (a canonical role name). */
  skillPremium(role: string, given: string): SkillPremium {
    const own = this.skillsByRole.get(role);
    const row = own?.index.find(given);
    if (own && row) return { role, skill: row.skill, premium: row.premium, source: own.list.source };
    this.skillOwners ??= skillOwnersOf(this.data);
    const owners = this.skillOwners.get(nameKey(given));
    if (owners) throw notAvailable(LookupMessage.otherRolesSkill(given, owners, role, own && this.skillNames(role)));
    if (!own) throw this.noSkills(role);
    throw notAvailable(LookupMessage.unknownSkill(given, role, own.index.closest(given), this.skillNames(role)));
  }

  /** A role's premium skills as the guide lists them (a canonical role name). */
  skillNames(role: string): string[] {
    const own = this.skillsByRole.get(role);
    if (!own) throw this.noSkills(role);
    return own.list.skills.map((s) => s.skill);
  }

  private noSkills(role: string) {
    return notAvailable(LookupMessage.noSkills(role, this.rolesWithSkills));
  }

  /** The company stages of section 9, in the guide's order. */
  get stageNames(): string[] {
    return this.data.guide.companyStages.stages.map((s) => s.stage);
  }

  /**
   * The skills named in a list of cells (each one skill or a comma-separated list), each
   * resolved against the role. A cell that names a skill whole, commas and all, is one skill.
   */
  skillPremiums(role: string, cells: readonly Scalar[]): SkillPremium[] {
    // Each spelling is resolved once, however often a long cell or a column repeats it.
    const names = new Set<string>();
    for (const cell of cells) {
      if (typeof cell !== "string") throw invalidValue(ArgumentMessage.notSkills(cell));
      for (const name of this.allSkills.find(cell) ? [cell.trim()] : splitSkills(cell)) names.add(name);
    }
    return [...names].map((name) => this.skillPremium(role, name));
  }

  /**
   * The skill adjustment for a role: the largest premium applies, never a sum, because
   * the guide prices each skill on its own. "Largest" is by the premium's midpoint, the
   * reading applied (the first listed wins a tie).
   */
  skillAdjustment(role: string, cells: readonly Scalar[]): Adjustment | null {
    const premiums = this.skillPremiums(role, cells);
    if (premiums.length === 0) return null;
    const largest = premiums.reduce((a, b) => (midpointFactor(b.premium) > midpointFactor(a.premium) ? b : a));
    const { premium } = largest;
    const factor = toRate(1 + midpointFactor(premium));
    return {
      factor,
      description: `${largest.skill} premium ${times(factor)} (the midpoint of +${percent(premium.low)}–${percent(premium.high)}, on both ends; the largest premium applies, premiums do not stack; ${citation(largest.source)})`,
    };
  }

  /**
   * How far a role's skills may lift its band, where the guide prices them against another
   * role's pay: that role, the headline premium's high end over it, and why; else undefined.
   */
  skillCeiling(role: string): { over: string; premium: number; note: string; source: RuleSource } | undefined {
    const ceiling = this.skillsByRole.get(role)?.list.ceiling;
    if (!ceiling) return undefined;
    const headline = this.data.guide.headlines.find((h) => h.id === ceiling.headline)!;
    return { over: ceiling.over, premium: headline.high, note: ceiling.note, source: headline.source };
  }

  /**
   * The multiplier vs the base location (London) for a canonical location: the base 1, a §8
   * location 1 − its discount; undefined elsewhere.
   */
  locationFactor(location: string): Range | undefined {
    const row = this.data.guide.regional.rows.find((r) => r.location === location);
    if (!row) return undefined;
    const discount = row.discountVsBase ?? { min: 0, max: 0 };
    // As printed: "low" is the larger discount, "high" the smaller.
    return { low: toRate(1 - discount.max), high: toRate(1 - discount.min) };
  }

  /** Locations with a factor vs the base location, in the guide's order. */
  get factorLocations(): string[] {
    return this.data.guide.regional.rows.map((r) => r.location);
  }

  /**
   * A location's band from the base location's (London's), by §8's "Typical Range" column:
   * each end scaled by the location's typical Senior end over London's, so that London's own
   * typical range (£75k–£120k) gives exactly the range §8 prints for the location. §8's
   * "vs London" column disagrees with it (see vsBaseAdjustment); this column is the one
   * with figures, and following it keeps derived bands inside them.
   */
  regionAdjustment(location: string): Adjustment | undefined {
    const { base, source, rows } = this.data.guide.regional;
    const row = rows.find((r) => r.location === location);
    const baseRow = rows.find((r) => r.location === base);
    if (!row?.discountVsBase || !baseRow) return undefined;
    const [typical, london] = [row.typicalSenior, baseRow.typicalSenior];
    const factor = typical.low / london.low;
    const highFactor = typical.high / london.high;
    return {
      factor,
      highFactor,
      description: `${location} from the ${base} band by §8's typical Senior ranges, low × ${shortFactor(factor)} (${thousands(typical.low)} ÷ ${thousands(london.low)}), high × ${shortFactor(highFactor)} (${thousands(typical.high)} ÷ ${thousands(london.high)}) (${citation(source)})`,
    };
  }

  /**
   * The reading of §8's other column, "vs London": the midpoint of the printed discount on
   * both ends. Not applied; shown beside the typical-range rule so the conflict is visible.
   */
  vsBaseAdjustment(location: string): Adjustment | undefined {
    const range = this.locationFactor(location);
    if (!range) return undefined;
    const factor = midpointFactor(range);
    const discount = `−${percent(toRate(1 - range.high))} to −${percent(toRate(1 - range.low))}`;
    return {
      factor,
      description: `§8's "vs ${this.data.guide.regional.base}" column (${discount}) would give ${times(factor)}`,
    };
  }

  stage(given: string): StageRow {
    const found = this.stages.find(given);
    if (!found) throw invalidValue(LookupMessage.unknownStage(given, this.stageNames));
    return found;
  }

  stageAdjustment(stage: StageRow): Adjustment {
    const { low, high } = stage.baseVsMarket;
    const factor = midpointFactor(stage.baseVsMarket);
    return {
      factor,
      description: `${stage.stage} base ${times(factor)} (the midpoint of ${percent(low)}–${percent(high)} of market, on both ends; ${citation(this.data.guide.companyStages.source)})`,
    };
  }

  /**
   * Inside IR35: the contractor's effective rate, what they keep of the assignment rate
   * after the employer costs an umbrella or fee-payer takes out. It is not the client's cost.
   */
  insideIr35Adjustment(): Adjustment {
    const { dayRates } = this.data.guide;
    const { min, max } = dayRates.insideIr35Reduction;
    const source = dayRates.insideIr35Reduction.source ?? dayRates.source;
    const factor = toRate(1 - midpointFactor({ low: min, high: max }));
    return {
      factor,
      description: `inside IR35, the contractor's effective rate: the assignment rate ${times(factor)} (the midpoint of the ${percent(min)}–${percent(max)} reduction, on both ends; ${citation(source)})`,
    };
  }
}
