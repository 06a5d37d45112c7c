/** AIPAY.DAYRATE: contractor day rates (guide section 7), outside IR35 unless asked. */
import { levelArgument, requiredText } from "../args/text";
import { describe, isEmptyCell } from "../core/cells";
import { adjust, type Band, type Ir35Status, type PayGuide } from "../model/guide";
import { invalidValue, type Scalar } from "../core/values";
import type { FunctionSpec } from "./spec";
import { pointArgument, pointOf } from "./points";
import { bandBasis } from "./basis";

export function ir35Argument(guide: PayGuide, value: Scalar): Ir35Status {
  if (isEmptyCell(value)) return "outside";
  if (typeof value === "boolean") return value ? "inside" : "outside";
  if (typeof value !== "string")
    throw invalidValue(`ir35 must be "outside", "inside", TRUE or FALSE (got ${describe(value)}).`);
  return guide.ir35Status(value.trim());
}

/** specialist: TRUE asks for the guide's specialist rate; FALSE or empty for the table. */
function specialistArgument(value: Scalar): boolean {
  if (isEmptyCell(value)) return false;
  if (typeof value !== "boolean") throw invalidValue(`specialist must be TRUE or FALSE (got ${describe(value)}).`);
  return value;
}

/**
 * Inside IR35 the guide quotes a 15–20% lower effective rate: what the contractor keeps
 * of the assignment rate. The client's cost is CONTRACTCOST's, from the assignment rate.
 */
export const contractorsEffectiveRate = (guide: PayGuide, rate: Band): Band =>
  adjust(rate, guide.rules.insideIr35Adjustment());

/** The day-rate band DAYRATE reads its point from: the table's or the specialist rate, inside or outside IR35. */
function dayRateBand(guide: PayGuide, [role, level, ir35, , specialist]: readonly Scalar[]): Band {
  const roleName = requiredText(role, "role", "AI Engineer");
  const rate = specialistArgument(specialist)
    ? guide.specialistDayRate(roleName, levelArgument(level))
    : guide.dayRate(roleName, levelArgument(level));
  return ir35Argument(guide, ir35) === "inside" ? contractorsEffectiveRate(guide, rate) : rate;
}

export const DAYRATE: FunctionSpec = {
  name: "DAYRATE",
  params: ["role", "level", "ir35", "point", "specialist"],
  required: 2,
  evaluate(guide, args) {
    return pointOf(dayRateBand(guide, args), pointArgument(guide, args[3]));
  },
  basis(guide, args) {
    return bandBasis(dayRateBand(guide, args), pointArgument(guide, args[3]));
  },
};
