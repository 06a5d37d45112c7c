/** Every AIPAY worksheet function the engine computes, in the order the reference lists them. */
import { DAYRATE } from "../functions/dayrate";
import { LEVELS, LOCATIONS, ROLES, SKILLS, SOURCE, STAGES } from "../functions/catalogue";
import { SALARYBAND, TOTALCOMP } from "../functions/salary";
import { LOCATIONFACTOR, SKILLPREMIUM } from "../functions/premiums";
import { CONTRACTCOST, GROWTH, LOADEDCOST, PRORATE } from "../functions/budget";
import { COMPARATIO, RANGEPOSITION } from "../functions/position";
import { MARKETGAP } from "../functions/marketgap";
import { PERMVSCONTRACT } from "../functions/permvscontract";
import { basisFunction } from "../functions/basis";
import { AGED, HEADCOUNT, MONTHLY } from "../functions/monthly";
import type { FunctionSpec } from "../functions/spec";
import { CHANGES, EDITION, EDITIONS } from "../functions/editions";

/** The most arguments any figure function takes (PERMVSCONTRACT, TOTALCOMP): what BASIS passes on. */
const basisArity = 7;

export const FUNCTIONS: readonly FunctionSpec[] = [
  SALARYBAND,
  DAYRATE,
  ROLES,
  LEVELS,
  LOCATIONS,
  SOURCE,
  SKILLS,
  STAGES,
  // Premium rules
  SKILLPREMIUM,
  LOCATIONFACTOR,
  TOTALCOMP,
  // Headcount budgeting
  LOADEDCOST,
  PRORATE,
  GROWTH,
  CONTRACTCOST,
  PERMVSCONTRACT,
  COMPARATIO,
  RANGEPOSITION,
  MARKETGAP,
  // The budget by month
  MONTHLY,
  HEADCOUNT,
  AGED,
  // Editions of the guide
  EDITION,
  EDITIONS,
  CHANGES,
  basisFunction(() => FUNCTIONS, basisArity),
];

/** The functions by name (upper-case, without the AIPAY. prefix). */
export const functionsByName: ReadonlyMap<string, FunctionSpec> = new Map(FUNCTIONS.map((spec) => [spec.name, spec]));
