/** AIPAY.SKILLPREMIUM and AIPAY.LOCATIONFACTOR: the guide's premium rules as fractions. */
import type { PayGuide, Point } from "../model/guide";
import type { Scalar } from "../core/values";
import { toRate, type RuleSource } from "../model/premiums";
import { defineFunction } from "./spec";
import { text } from "./parameters";
import { point, pointOf } from "./points";
import { citation } from "../model/band";

/** A printed low–high rule: its ends are published; its midpoint is derived, and `use` says what reads it. */
const ruleBasis = (source: RuleSource, point: Point, use: string) =>
  point === "mid"
    ? `Derived: the midpoint of the printed range, ${use}. From ${citation(source)}`
    : `Published: ${citation(source)}`;

const skillUse = "the factor SALARYBAND applies to both ends of a band";
/** SALARYBAND follows §8's other column, its typical ranges; this factor is shown beside it. */
const locationUse =
  "shown beside SALARYBAND's regional bands, which follow the typical ranges of the same table (see Regions)";

const role = text("role", {
  about: "a role with premium skills",
  example: "MLOps Engineer",
  listedBy: '`AIPAY.ROLES("salary")`',
});
const skill = text("skill", {
  about: "one of the role's premium skills, by the guide's name or an alias",
  example: "Kubernetes",
  listedBy: "`AIPAY.SKILLS(role)`",
});
const location = text("location", {
  about: "a location the guide's regional comparison (§8) prices against London",
  example: "Manchester",
  listedBy: "`AIPAY.LOCATIONS()`",
});

const skillPremiumOf = (guide: PayGuide, [roleArg, skillArg]: readonly Scalar[]) =>
  guide.skillPremium(role.read(roleArg, guide), skill.read(skillArg, guide));

export const SKILLPREMIUM = defineFunction({
  name: "SKILLPREMIUM",
  parameters: [role, skill, point],
  evaluate(guide, args) {
    return pointOf(skillPremiumOf(guide, args).premium, point.read(args[2], guide), toRate);
  },
  basis(guide, args) {
    return ruleBasis(skillPremiumOf(guide, args).source, point.read(args[2], guide), skillUse);
  },
});

export const LOCATIONFACTOR = defineFunction({
  name: "LOCATIONFACTOR",
  parameters: [location, point],
  evaluate(guide, [locationArg, pointArg]) {
    const factor = guide.locationFactor(location.read(locationArg, guide));
    return pointOf(factor, point.read(pointArg, guide), toRate);
  },
  basis(guide, [locationArg, pointArg]) {
    const { provenance } = guide.locationFactor(location.read(locationArg, guide));
    return ruleBasis(provenance, point.read(pointArg, guide), locationUse);
  },
});
