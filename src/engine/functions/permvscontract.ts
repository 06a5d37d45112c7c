/**
 * AIPAY.PERMVSCONTRACT: one role and level, hired permanently or as a contractor, as a
 * labelled 6×2 table (label, £) that spills. It combines SALARYBAND, LOADEDCOST, DAYRATE
 * and CONTRACTCOST at their midpoints and defaults, so each row can be checked by hand.
 */
import { toPence } from "../core/money";
import type { PayGuide } from "../model/guide";
import type { Matrix, Scalar } from "../core/values";
import { contractBasis, contractCostOf, days, feePayer, loadedCostOf, taxYear } from "./budget";
import { bandBasis } from "./basis";
import { dayRateLevel, dayRateRole, ir35 } from "./dayrate";
import { pointOf } from "./points";
import { bandLocation } from "./salary";
import { defineFunction } from "./spec";

const gbp = (amount: number) =>
  `£${amount.toLocaleString("en-GB", { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2 })}`;

const role: typeof dayRateRole = {
  ...dayRateRole,
  about: "a role with both salaries and day rates",
  listedBy: '`AIPAY.ROLES("salary")` and `AIPAY.ROLES("dayrate")`',
};
const bothLevel: typeof dayRateLevel = {
  ...dayRateLevel,
  about: "a level both tables publish, by name or alias; years give `#N/A`, as in DAYRATE",
};

/** Both hires priced from the same arguments: what the table's rows and its basis are made of. */
function comparison(
  guide: PayGuide,
  [roleArg, levelArg, locationArg, ir35Arg, daysArg, taxYearArg, feePayerArg]: readonly Scalar[],
) {
  const roleName = role.read(roleArg, guide);
  // Years of experience reach the day-rate table's own #N/A: it publishes levels, not years.
  const levelName = bothLevel.read(levelArg, guide);
  const band = guide.salaryBand(roleName, levelName, bandLocation.read(locationArg, guide));
  const salary = pointOf(band, "mid") as number;
  // The client pays the assignment rate inside IR35 too; the guide's lower inside rate is what the contractor keeps.
  const rate = guide.dayRate(roleName, levelName);
  const dayRate = pointOf(rate, "mid") as number;
  const contractor = contractCostOf(guide, dayRate, [daysArg, ir35Arg, feePayerArg, taxYearArg]);
  // A client priced as fee-payer pays the levy on the deemed payment, so it is a levy payer:
  // its permanent hire carries the levy too, and neither side does otherwise.
  const levy = contractor.taxYear !== undefined;
  const permanent = loadedCostOf(guide, salary, [taxYearArg, null, null, levy]);
  return { band, salary, permanent, levy, status: ir35.read(ir35Arg, guide), rate, dayRate, contractor };
}

export const PERMVSCONTRACT = defineFunction({
  name: "PERMVSCONTRACT",
  parameters: [role, bothLevel, bandLocation, ir35, days, taxYear, feePayer],
  evaluate(guide, args): Matrix {
    const { band, salary, permanent, levy, status, dayRate, contractor } = comparison(guide, args);
    const onCosts = contractor.taxYear
      ? ` + employer NI and levy at ${contractor.taxYear} rates, client as fee-payer`
      : "";
    const permanentLevy = levy ? " + Apprenticeship Levy" : "";
    return [
      [
        `Permanent salary (band midpoint${band.openEnded ? ", at least: its top is a floor" : ""}, ${band.location})`,
        salary,
      ],
      [
        `Permanent loaded cost (${permanent.taxYear}: salary + employer NI + minimum pension${permanentLevy})`,
        permanent.cost,
      ],
      [`Contractor day rate (assignment rate, midpoint, ${status} IR35)`, dayRate],
      [`Contractor annual cost to the client (${gbp(dayRate)} × ${contractor.days} days${onCosts})`, contractor.cost],
      ["Difference (contractor − permanent)", toPence(contractor.cost - permanent.cost)],
      ["Contractor ÷ permanent", contractor.cost / permanent.cost],
    ];
  },
  basis(guide, args) {
    const { band, permanent, levy, rate, contractor } = comparison(guide, args);
    const levyText = levy ? ", and the Apprenticeship Levy, as the client pays it as fee-payer" : "";
    return [
      `Salary: ${bandBasis(band, "mid")}`,
      `loaded cost: + employer NI and minimum pension${levyText} at ${permanent.taxYear} employer rates (gov.uk)`,
      `day rate: ${bandBasis(rate, "mid")}`,
      `contractor cost: ${contractBasis(guide, contractor)}`,
    ].join(" | ");
  },
});
