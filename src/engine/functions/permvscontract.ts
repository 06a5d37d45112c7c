/**
 * AIPAY.PERMVSCONTRACT: one role and level, hired permanently or as a contractor, as a
 * labelled 6×2 table (label, £) that spills. It combines SALARYBAND, LOADEDCOST, DAYRATE
 * and CONTRACTCOST at their midpoints and defaults, so each row can be checked by hand.
 */
import { levelArgument, optionalText, requiredText } from "../args/text";
import { toPence } from "../core/money";
import type { PayGuide } from "../model/guide";
import type { Matrix, Scalar } from "../core/values";
import { contractBasis, contractCostOf, loadedCostOf } from "./budget";
import { bandBasis } from "./basis";
import { ir35Argument } from "./dayrate";
import { pointOf } from "./points";
import type { FunctionSpec } from "./spec";

const gbp = (amount: number) =>
  `£${amount.toLocaleString("en-GB", { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2 })}`;

/** Both hires priced from the same arguments: what the table's rows and its basis are made of. */
function comparison(guide: PayGuide, [role, level, location, ir35, days, taxYear, feePayer]: readonly Scalar[]) {
  const roleName = requiredText(role, "role", "AI Engineer");
  // Years of experience reach the day-rate table's own #N/A: it publishes levels, not years.
  const levelName = levelArgument(level);
  const band = guide.salaryBand(roleName, levelName, optionalText(location, "location", "London"));
  const salary = pointOf(band, "mid") as number;
  const permanent = loadedCostOf(guide, salary, [taxYear, null, null, null]);
  // The client pays the assignment rate inside IR35 too; the guide's lower inside rate is what the contractor keeps.
  const rate = guide.dayRate(roleName, levelName);
  const dayRate = pointOf(rate, "mid") as number;
  const contractor = contractCostOf(guide, dayRate, [days, ir35, feePayer, taxYear]);
  return { band, salary, permanent, status: ir35Argument(guide, ir35), rate, dayRate, contractor };
}

export const PERMVSCONTRACT: FunctionSpec = {
  name: "PERMVSCONTRACT",
  params: ["role", "level", "location", "ir35", "days", "taxYear", "feePayer"],
  required: 2,
  evaluate(guide, args): Matrix {
    const { band, salary, permanent, status, dayRate, contractor } = comparison(guide, args);
    const onCosts = contractor.taxYear
      ? ` + employer NI and levy at ${contractor.taxYear} rates, client as fee-payer`
      : "";
    return [
      [`Permanent salary (band midpoint, ${band.location})`, salary],
      [`Permanent loaded cost (${permanent.taxYear}: salary + employer NI + minimum pension)`, permanent.cost],
      [`Contractor day rate (assignment rate, midpoint, ${status} IR35)`, dayRate],
      [`Contractor annual cost to the client (${gbp(dayRate)} × ${contractor.days} days${onCosts})`, contractor.cost],
      ["Difference (contractor − permanent)", toPence(contractor.cost - permanent.cost)],
      ["Contractor ÷ permanent", contractor.cost / permanent.cost],
    ];
  },
  basis(guide, args) {
    const { band, permanent, rate, contractor } = comparison(guide, args);
    return [
      `Salary: ${bandBasis(band, "mid")}`,
      `loaded cost: + employer NI and minimum pension at ${permanent.taxYear} employer rates (gov.uk)`,
      `day rate: ${bandBasis(rate, "mid")}`,
      `contractor cost: ${contractBasis(guide, contractor)}`,
    ].join(" | ");
  },
};
