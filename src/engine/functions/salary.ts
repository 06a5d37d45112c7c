/** AIPAY.SALARYBAND and AIPAY.TOTALCOMP: base salary bands (sections 2–6) and the packages built on them. */
import { describe, isBlank, isEmptyCell, levelArgument, optionalText, requiredText } from "../args";
import type { Band, BandOptions, LevelInput, PayGuide, Provenance } from "../guide";
import { invalidNumber, invalidValue, type Scalar } from "../values";
import type { FunctionSpec, ListArguments } from "./spec";
import { pointArgument, pointOf, salaryPointArgument } from "./points";

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

/** A company valuation in £, for equity given as a share of the company. */
function valuationArgument(value: Scalar): number | null {
  if (isBlank(value)) return null;
  if (typeof value !== "number")
    throw invalidValue(`valuation must be the company's valuation in £, e.g. 50000000 (got ${describe(value)}).`);
  if (value < 0) throw invalidNumber(`valuation cannot be negative (got ${value}).`);
  return value;
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
    return pointOf(bandOf(guide, args, lists), salaryPointArgument(guide, args[3]));
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
    const inside = dayRates.insideIr35Reduction;
    const insideRule = `derived from the outside rates: low × ${1 - inside.max}, high × ${1 - inside.min}`;
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
        inside.source ? `${insideRule} (${cite(inside.source)})` : insideRule,
      ],
    ];
  },
};
