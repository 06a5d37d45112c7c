/** AIPAY.SKILLPREMIUM and AIPAY.LOCATIONFACTOR: the guide's premium rules as fractions. */
import { requiredText } from "../args";
import { toRate } from "../premiums";
import type { FunctionSpec } from "./spec";
import { pointArgument, pointOf } from "./points";

export const SKILLPREMIUM: FunctionSpec = {
  name: "SKILLPREMIUM",
  params: ["role", "skill", "point"],
  required: 2,
  evaluate(guide, [role, skill, point]) {
    const { premium } = guide.skillPremium(
      requiredText(role, "role", "MLOps Engineer"),
      requiredText(skill, "skill", "Kubernetes"),
    );
    return pointOf(premium, pointArgument(guide, point), toRate);
  },
};

export const LOCATIONFACTOR: FunctionSpec = {
  name: "LOCATIONFACTOR",
  params: ["location", "point"],
  required: 1,
  evaluate(guide, [location, point]) {
    const factor = guide.locationFactor(requiredText(location, "location", "Manchester"));
    return pointOf(factor, pointArgument(guide, point), toRate);
  },
};
