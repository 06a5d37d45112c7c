/**
 * The facts of AIPAY.ROLECARD besides its figures. ROLECARD itself is composed by the Excel
 * adapter (src/functions/rolecard.ts) from the engine's functions; this is the part only
 * the engine can say.
 */
import type { PayGuide } from "../model/guide";
import { citation } from "../model/band";
import { defineFunction, signature } from "./spec";
import { bandOf, bandParameters } from "./salary";
import { floorNote } from "./basis";

/** The worksheet function ROLECARD as Excel declares it: SALARYBAND's arguments without point. */
export const ROLECARD = signature(
  "ROLECARD",
  bandParameters.filter((p) => p.name !== "point"),
);

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
  "atLeast",
] as const;

/**
 * What a role card says about the band SALARYBAND gives for the same arguments, besides its
 * figures: the guide's own names for the role, level and location, whether the band is
 * published or derived (and by which rules), and where the card's salary and day rates are
 * printed. Not a worksheet function: the Excel adapter's role card reads it.
 */
export const ROLECARD_FACTS = defineFunction({
  name: "ROLECARD",
  parameters: bandParameters,
  evaluate(guide: PayGuide, args, { lists }) {
    const band = bandOf(guide, args, lists);
    const { dayRates } = guide.data.guide;
    return [
      [
        band.role,
        // The level's name ("Senior"), not its printed label ("Senior (4–7 years)"); none for leadership.
        band.levelName,
        band.location,
        band.provenance.derived ? "derived" : "published",
        band.provenance.derived ?? "",
        citation(band.provenance),
        citation(dayRates.source),
        guide.rules.insideIr35Adjustment().description,
        // The mid and high of a band whose top is a floor are lower bounds; empty otherwise.
        floorNote(band, "mid") ?? "",
      ],
    ];
  },
});
