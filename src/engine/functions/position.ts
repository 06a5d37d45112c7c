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

function salaryAndBand(
  guide: PayGuide,
  [salaryArg, roleArg, levelArg, locationArg]: readonly Scalar[],
): [number, Band] {
  const band = guide.salaryBand(
    bandRole.read(roleArg, guide),
    bandLevel.read(levelArg, guide),
    bandLocation.read(locationArg, guide),
  );
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
