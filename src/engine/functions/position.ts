/**
 * Where a salary sits against its published band: AIPAY.COMPARATIO (salary ÷ midpoint)
 * and AIPAY.RANGEPOSITION (0 at the 25th percentile, 1 at the 75th).
 */
import { levelArgument, optionalText, requiredText } from "../args/text";
import type { Band, PayGuide } from "../model/guide";
import { nonNegativeNumber } from "../args/numbers";
import { EngineError, type Scalar } from "../core/values";
import type { FunctionSpec } from "./spec";
import { bandBasis } from "./basis";

const params = ["salary", "role", "level", "location"] as const;

function salaryAndBand(guide: PayGuide, [salary, role, level, location]: readonly Scalar[]): [number, Band] {
  const band = guide.salaryBand(
    requiredText(role, "role", "MLOps Engineer"),
    levelArgument(level),
    optionalText(location, "location", "London"),
  );
  return [nonNegativeNumber(salary, "salary", "85000"), band];
}

/** Where a salary sits is arithmetic on its band: the basis is the band's. */
const positionBasis = (what: string) => (guide: PayGuide, args: readonly Scalar[]) =>
  `${what} against the band, whose basis is: ${bandBasis(salaryAndBand(guide, args)[1], "range")}`;

export const COMPARATIO: FunctionSpec = {
  name: "COMPARATIO",
  params,
  required: 3,
  evaluate(guide, args) {
    const [salary, band] = salaryAndBand(guide, args);
    return salary / ((band.low + band.high) / 2);
  },
  basis: positionBasis("The salary given ÷ the midpoint"),
};

export const RANGEPOSITION: FunctionSpec = {
  name: "RANGEPOSITION",
  params,
  required: 3,
  evaluate(guide, args) {
    const [salary, band] = salaryAndBand(guide, args);
    if (band.high === band.low)
      throw new EngineError("#DIV/0!", `The ${band.role} band is a single figure, so it has no range to sit in.`);
    return (salary - band.low) / (band.high - band.low);
  },
  basis: positionBasis("(The salary given − low) ÷ (high − low)"),
};
