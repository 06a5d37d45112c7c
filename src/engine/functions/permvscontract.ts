/**
 * AIPAY.PERMVSCONTRACT: one role and level, hired permanently or as a contractor, as a
 * labelled 6×2 table (label, £) that spills. It combines SALARYBAND, LOADEDCOST, DAYRATE
 * and CONTRACTCOST at their midpoints and defaults, so each row can be checked by hand.
 */
import { levelArgument, optionalText, requiredText, toPence } from "../args";
import type { Matrix } from "../values";
import { contractCostOf, loadedCostOf } from "./budget";
import { ir35Argument } from "./dayrate";
import { pointOf } from "./points";
import type { FunctionSpec } from "./spec";

const gbp = (amount: number) =>
  `£${amount.toLocaleString("en-GB", { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2 })}`;

export const PERMVSCONTRACT: FunctionSpec = {
  name: "PERMVSCONTRACT",
  params: ["role", "level", "location", "ir35", "days", "taxYear", "feePayer"],
  required: 2,
  evaluate(guide, [role, level, location, ir35, days, taxYear, feePayer]): Matrix {
    const roleName = requiredText(role, "role", "AI Engineer");
    // Years of experience reach the day-rate table's own #N/A: it publishes levels, not years.
    const levelName = levelArgument(level);
    const band = guide.salaryBand(roleName, levelName, optionalText(location, "location", "London"));
    const salary = pointOf(band, "mid") as number;
    const permanent = loadedCostOf(guide, salary, [taxYear, null, null, null]);

    // The client pays the assignment rate inside IR35 too; the guide's lower inside rate is what the contractor keeps.
    const status = ir35Argument(guide, ir35);
    const dayRate = pointOf(guide.dayRate(roleName, levelName), "mid") as number;
    const contractor = contractCostOf(guide, dayRate, [days, ir35, feePayer, taxYear]);
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
};
