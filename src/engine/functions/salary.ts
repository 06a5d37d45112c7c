/** AIPAY.SALARYBAND: permanent base salary bands (guide sections 2–6). */
import { levelArgument, optionalText, requiredText } from "../args";
import type { FunctionSpec } from "./spec";
import { pointArgument, pointOf } from "./points";

export const SALARYBAND: FunctionSpec = {
  name: "SALARYBAND",
  params: ["role", "level", "location", "point"],
  required: 2,
  evaluate(guide, [role, level, location, point]) {
    const band = guide.salaryBand(
      requiredText(role, "role", "MLOps Engineer"),
      levelArgument(level),
      optionalText(location, "location", "London"),
    );
    return pointOf(band, pointArgument(guide, point));
  },
};
