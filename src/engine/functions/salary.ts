/** AIPAY.SALARYBAND and AIPAY.TOTALCOMP: base salary bands (sections 2–6) and the packages built on them. */
import { levelArgument, optionalText, requiredText } from "../args/text";
import { isBlank, isEmptyCell } from "../core/cells";
import { nonNegativeNumber } from "../args/numbers";
import type { Band, BandOptions, PayGuide, Provenance } from "../model/guide";
import { invalidValue, type LevelInput, type Scalar } from "../core/values";
import type { FunctionSpec, ListArguments } from "./spec";
import { pointArgument, pointOf, salaryPointArgument } from "./points";
import { bandBasis } from "./basis";

/** The arguments SALARYBAND and TOTALCOMP share, in SALARYBAND's order. */
const bandParams = ["role", "level", "location", "point", "skills", "stage"] as const;

interface BandArguments {
  role: string;
  level: LevelInput | null;
  location: string | null;
  options: BandOptions;
}

function bandArguments([role, level, location, , , stage]: readonly Scalar[], lists: ListArguments): BandArguments {
  return {
    role: requiredText(role, "role", "MLOps Engineer"),
    level: levelArgument(level),
    location: optionalText(location, "location", "London"),
    options: { skills: lists.skills ?? [], stage: optionalText(stage, "stage", "Scale-up") },
  };
}

/** A company valuation in £, for equity given as a share of the company; numeric text counts as its number. */
function valuationArgument(value: Scalar): number | null {
  if (isBlank(value)) return null;
  return nonNegativeNumber(value, "valuation", "50000000");
}

function salaryBandPoint(guide: PayGuide, args: readonly Scalar[], lists: ListArguments) {
  return { band: bandOf(guide, args, lists), point: salaryPointArgument(guide, args[3]) };
}

/** The band SALARYBAND reads its point from, for SALARYBAND's arguments. */
function bandOf(guide: PayGuide, args: readonly Scalar[], lists: ListArguments): Band {
  const { role, level, location, options } = bandArguments(args, lists);
  return guide.salaryBand(role, level, location, options);
}

export const SALARYBAND: FunctionSpec = {
  name: "SALARYBAND",
  params: bandParams,
  required: 2,
  lists: ["skills"],
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
};

export const TOTALCOMP: FunctionSpec = {
  name: "TOTALCOMP",
  params: [...bandParams, "valuation"],
  required: 2,
  lists: ["skills"],
  evaluate(guide: PayGuide, args, { lists }) {
    const { role, level, location, options } = bandArguments(args, lists);
    const point = args[3];
    // The guide's percentiles describe salaries; bonus and equity are targets, not a distribution.
    if (typeof point === "number" && !isEmptyCell(point))
      throw invalidValue(
        `TOTALCOMP reads "low", "mid", "high" or "range"; percentiles (got ${point}) are modelled for base salary only, in SALARYBAND.`,
      );
    const { total } = guide.totalComp(role, level, location, { ...options, valuation: valuationArgument(args[6]) });
    return pointOf(total, pointArgument(guide, point));
  },
  basis(guide, args, { lists }) {
    const { role, level, location, options } = bandArguments(args, lists);
    const { total } = guide.totalComp(role, level, location, { ...options, valuation: valuationArgument(args[6]) });
    const point = pointArgument(guide, args[3]);
    const bounds = point === "mid" ? "the midpoint of those bounds" : "low and high are bounds, not percentiles";
    return bandBasis(total, "low", [`each end adds every low (or every high) part: ${bounds}`]);
  },
};

/** A guide reference as one line: "7. Contractor Day Rates, Day Rates by Role (£/day)". */
const cite = ({ section, table, list }: Provenance) => [section, table ?? list].filter(Boolean).join(", ");

/** The columns of ROLECARD_FACTS's one row, in order. */
export const roleCardFactNames = [
  "role",
  "level",
  "location",
  "basis",
  "rules",
  "salarySource",
  "dayRateSource",
  "insideIr35Source",
] as const;

/**
 * What a role card says about the band SALARYBAND gives for the same arguments, besides its
 * figures: the guide's own names for the role, level and location, whether the band is
 * published or derived (and by which rules), and where the card's salary and day rates are
 * printed. Not a worksheet function: the Excel adapter's role card reads it.
 */
export const ROLECARD_FACTS: FunctionSpec = {
  name: "ROLECARD",
  params: bandParams,
  required: 2,
  lists: ["skills"],
  evaluate(guide: PayGuide, args, { lists }) {
    const band = bandOf(guide, args, lists);
    const { dayRates } = guide.data.guide;
    // The level's name ("Senior"), not its printed label ("Senior (4–7 years)"); none for leadership.
    const levelName =
      guide.role(band.role).salaryTable?.levels.find((l) => l.label === band.level)?.level ?? band.level;
    return [
      [
        band.role,
        levelName,
        band.location,
        band.provenance.derived ? "derived" : "published",
        band.provenance.derived ?? "",
        cite(band.provenance),
        cite(dayRates.source),
        guide.rules.insideIr35Adjustment().description,
      ],
    ];
  },
};
