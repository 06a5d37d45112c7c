/**
 * Where a salary sits against its published band: AIPAY.COMPARATIO (salary ÷ midpoint)
 * and AIPAY.RANGEPOSITION (0 at the 25th percentile, 1 at the 75th).
 */
import type { Band, PayGuide } from "../model/guide";
import { FigureMessage } from "../core/messages";
import { EngineError, type Scalar } from "../core/values";
import { defineFunction } from "./spec";
import { salary } from "./budget";
import { bandLevel, bandLocation, bandRole } from "./salary";
import { bandBasis } from "./basis";

const parameters = [salary, bandRole, bandLevel, bandLocation];

/**
 * Bands remembered by the role, level and location given, for the guide they were read from:
 * a census asks where each of many salaries sits in the same few bands, and building a
 * derived band (its rules written out) costs far more than the arithmetic on it. Bounded as
 * the calculator's memory is.
 */
const seenBands = new WeakMap<PayGuide, Map<string, Band>>();
const seenBandsLimit = 10_000;

function bandFor(guide: PayGuide, roleArg: Scalar, levelArg: Scalar, locationArg: Scalar): Band {
  let seen = seenBands.get(guide);
  if (!seen) seenBands.set(guide, (seen = new Map()));
  const key = `${typeof roleArg}:${roleArg}\u0000${typeof levelArg}:${levelArg}\u0000${typeof locationArg}:${locationArg}`;
  let band = seen.get(key);
  if (band === undefined) {
    band = guide.salaryBand(
      bandRole.read(roleArg, guide),
      bandLevel.read(levelArg, guide),
      bandLocation.read(locationArg, guide),
    );
    if (seen.size >= seenBandsLimit) seen.clear();
    seen.set(key, band);
  }
  return band;
}

function salaryAndBand(
  guide: PayGuide,
  [salaryArg, roleArg, levelArg, locationArg]: readonly Scalar[],
): [number, Band] {
  const band = bandFor(guide, roleArg, levelArg, locationArg);
  return [salary.read(salaryArg, guide), band];
}

/** Where a salary sits is arithmetic on its band: the basis is the band's. */
const positionBasis = (what: string) => (guide: PayGuide, args: readonly Scalar[]) =>
  `${what} against the band, whose basis is: ${bandBasis(salaryAndBand(guide, args)[1], "range")}`;

export const COMPARATIO = defineFunction({
  name: "COMPARATIO",
  parameters,
  evaluate(guide, args) {
    const [salary, band] = salaryAndBand(guide, args);
    return salary / ((band.low + band.high) / 2);
  },
  basis: positionBasis("The salary given ÷ the midpoint"),
});

export const RANGEPOSITION = defineFunction({
  name: "RANGEPOSITION",
  parameters,
  evaluate(guide, args) {
    const [salary, band] = salaryAndBand(guide, args);
    if (band.high === band.low) throw new EngineError("#DIV/0!", FigureMessage.singleFigureBand(band.role));
    return (salary - band.low) / (band.high - band.low);
  },
  basis: positionBasis("(The salary given − low) ÷ (high − low)"),
});
