/** AIPAY.SKILLPREMIUM and AIPAY.LOCATIONFACTOR: the guide's premium rules as fractions. */
import { requiredText } from "../args/text";
import type { PayGuide, Point } from "../model/guide";
import type { Scalar } from "../core/values";
import { toRate, type RuleSource } from "../model/premiums";
import type { FunctionSpec } from "./spec";
import { pointArgument, pointOf } from "./points";
import { where } from "./basis";

/** A printed low–high rule: its ends are published; its midpoint is the factor the band rules apply. */
const ruleBasis = (source: RuleSource, point: Point) =>
  point === "mid"
    ? `Derived: the midpoint of the printed range, the factor SALARYBAND applies to both ends of a band. From ${where(source)}`
    : `Published: ${where(source)}`;

const skillPremiumOf = (guide: PayGuide, [role, skill]: readonly Scalar[]) =>
  guide.skillPremium(requiredText(role, "role", "MLOps Engineer"), requiredText(skill, "skill", "Kubernetes"));

export const SKILLPREMIUM: FunctionSpec = {
  name: "SKILLPREMIUM",
  params: ["role", "skill", "point"],
  required: 2,
  evaluate(guide, args) {
    return pointOf(skillPremiumOf(guide, args).premium, pointArgument(guide, args[2]), toRate);
  },
  basis(guide, args) {
    return ruleBasis(skillPremiumOf(guide, args).source, pointArgument(guide, args[2]));
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
  basis(guide, [location, point]) {
    const { provenance } = guide.locationFactor(requiredText(location, "location", "Manchester"));
    return ruleBasis(provenance, pointArgument(guide, point));
  },
};
