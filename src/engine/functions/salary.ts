/** AIPAY.SALARYBAND and AIPAY.TOTALCOMP: base salary bands (sections 2–6) and the packages built on them. */
import { isEmptyCell } from "../core/cells";
import type { Band, BandOptions, PayGuide } from "../model/guide";
import { invalidValue, type LevelInput, type Scalar } from "../core/values";
import { RuleMessage } from "../core/messages";
import { defineFunction, type ListArguments } from "./spec";
import { amount, level, list, text } from "./parameters";
import { pointOf, pointParameter, salaryPoint, salaryPointArgument } from "./points";
import { bandBasis, floorNote } from "./basis";

export const bandRole = text("role", {
  about: "a role with a permanent band, or a leadership role",
  example: "MLOps Engineer",
  listedBy: "`AIPAY.ROLES()`",
});
export const bandLevel = level("level", {
  about:
    'a level name, the label as printed, an alias, or **years of experience** from 0 to 50 (numeric text such as `"3"` counts as its number); `AIPAY.LEVELS(role)` lists a role\'s levels. Leave it empty for leadership roles',
});
export const bandLocation = text("location", {
  about: "a location, from the role's table or derived by the guide's regional rule (see [Regions](#regions))",
  default: "the guide's default location (see [Regions](#regions))",
  example: "London",
  listedBy: "`AIPAY.LOCATIONS()`",
});
const skills = list("skills", {
  about:
    'the role\'s premium skills: one name, a comma-separated list (`"RAG, LoRA"`) or a range of cells; empty cells are ignored (see [Skill premiums](#skill-premiums))',
  default: "none",
  listedBy: "`AIPAY.SKILLS(role)`",
});
export const bandStage = text("stage", {
  about: "a company stage, or an alias (see [Company stage](#company-stage))",
  default: "none (the market band)",
  example: "Scale-up",
  words: (guide) => guide.rules.stageNames,
  listedBy: "`AIPAY.STAGES()`",
});

/** The arguments SALARYBAND, TOTALCOMP and ROLECARD share, in SALARYBAND's order. */
export const bandParameters = [bandRole, bandLevel, bandLocation, salaryPoint, skills, bandStage] as const;

interface BandArguments {
  role: string;
  level: LevelInput | null;
  location: string | null;
  options: BandOptions;
}

function bandArguments(
  guide: PayGuide,
  [roleArg, levelArg, locationArg, , , stageArg]: readonly Scalar[],
  lists: ListArguments,
): BandArguments {
  return {
    role: bandRole.read(roleArg, guide),
    level: bandLevel.read(levelArg, guide),
    location: bandLocation.read(locationArg, guide),
    options: { skills: lists.skills ?? [], stage: bandStage.read(stageArg, guide) },
  };
}

function salaryBandPoint(guide: PayGuide, args: readonly Scalar[], lists: ListArguments) {
  return { band: bandOf(guide, args, lists), point: salaryPointArgument(guide, args[3]) };
}

/** The band SALARYBAND reads its point from, for SALARYBAND's arguments. */
export function bandOf(guide: PayGuide, args: readonly Scalar[], lists: ListArguments): Band {
  const { role, level, location, options } = bandArguments(guide, args, lists);
  return guide.salaryBand(role, level, location, options);
}

export const SALARYBAND = defineFunction({
  name: "SALARYBAND",
  parameters: bandParameters,
  evaluate(guide: PayGuide, args, { lists }) {
    const { band, point } = salaryBandPoint(guide, args, lists);
    const figure = pointOf(band, point);
    if (typeof point === "object") guide.checkPercentile(band, point.percentile, figure as number);
    return figure;
  },
  basis(guide, args, { lists }) {
    const { band, point } = salaryBandPoint(guide, args, lists);
    return bandBasis(band, point);
  },
});

const totalCompPoint = pointParameter({
  about: "a point of the package, or an alias",
  note: "Low and high are bounds (every low part, every high part). No percentiles: the guide's percentiles describe salaries, and bonus and equity are targets",
});
const totalCompStage: typeof bandStage = {
  ...bandStage,
  default: "none: required for engineering roles, optional for leadership roles",
};
/** A company valuation in £, for equity given as a share of the company; numeric text counts as its number. */
const valuation = amount("valuation", {
  about: "the company's valuation, to value a startup or scale-up equity share",
  default: "none (that equity counts as 0)",
  example: "50000000",
  unit: "£",
});

function totalOf(guide: PayGuide, { role, level, location, options }: BandArguments, valuationArg: Scalar) {
  return guide.totalComp(role, level, location, { ...options, valuation: valuation.read(valuationArg, guide) }).total;
}

export const TOTALCOMP = defineFunction({
  name: "TOTALCOMP",
  parameters: [bandRole, bandLevel, bandLocation, totalCompPoint, skills, totalCompStage, valuation],
  evaluate(guide: PayGuide, args, { lists }) {
    const band = bandArguments(guide, args, lists);
    const point = args[3];
    // The guide's percentiles describe salaries; bonus and equity are targets, not a distribution.
    if (typeof point === "number" && !isEmptyCell(point))
      throw invalidValue(RuleMessage.noPercentiles("TOTALCOMP", totalCompPoint.words(guide), point));
    return pointOf(totalOf(guide, band, args[6]), totalCompPoint.read(point, guide));
  },
  basis(guide, args, { lists }) {
    const total = totalOf(guide, bandArguments(guide, args, lists), args[6]);
    const point = totalCompPoint.read(args[3], guide);
    const bounds = point === "mid" ? "the midpoint of those bounds" : "low and high are bounds, not percentiles";
    const basis = bandBasis(total, "low", [`each end adds every low (or every high) part: ${bounds}`]);
    const floor = floorNote(total, point);
    return floor ? `${basis}. ${floor}` : basis;
  },
});
