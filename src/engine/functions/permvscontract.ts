/**
 * AIPAY.PERMVSCONTRACT: one role and level, hired permanently or as a contractor, as a
 * labelled 6×2 table (label, £) that spills. It combines SALARYBAND, LOADEDCOST, DAYRATE
 * and CONTRACTCOST at their midpoints and defaults, so each row can be checked by hand.
 */
import { levelArgument, optionalText, requiredText, toPence } from "../args";
import type { Matrix } from "../values";
import { contractCostOf, loadedCostOf } from "./budget";
import { insideIr35, ir35Argument } from "./dayrate";
import { pointOf } from "./points";
import type { FunctionSpec } from "./spec";

const gbp = (amount: number) =>
  `£${amount.toLocaleString("en-GB", { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2 })}`;

export const PERMVSCONTRACT: FunctionSpec = {
  name: "PERMVSCONTRACT",
  params: ["role", "level", "location", "ir35", "days", "taxYear"],
  required: 2,
  evaluate(guide, [role, level, location, ir35, days, taxYear]): Matrix {
    const roleName = requiredText(role, "role", "AI Engineer");
    // Years of experience reach the day-rate table's own #N/A: it publishes levels, not years.
    const levelName = levelArgument(level);
    const band = guide.salaryBand(roleName, levelName, optionalText(location, "location", "London"));
    const salary = pointOf(band, "mid") as number;
    const permanent = loadedCostOf(guide, salary, [taxYear, null, null, null]);

    const status = ir35Argument(guide, ir35);
    const published = guide.dayRate(roleName, levelName);
    const dayRate = pointOf(status === "inside" ? insideIr35(guide, published) : published, "mid") as number;
    const contractor = contractCostOf(guide, dayRate, days);

    return [
      [`Permanent salary (band midpoint, ${band.location})`, salary],
      [`Permanent loaded cost (${permanent.taxYear}: salary + employer NI + minimum pension)`, permanent.cost],
      [`Contractor day rate (midpoint, ${status} IR35)`, dayRate],
      [`Contractor annual cost (${gbp(dayRate)} × ${contractor.days} days)`, contractor.cost],
      ["Difference (contractor − permanent)", toPence(contractor.cost - permanent.cost)],
      ["Contractor ÷ permanent", contractor.cost / permanent.cost],
    ];
  },
};
