/**
 * Employer rates as dated parameters: a year is worked as twelve month-end pays (30 April
 * to 31 March), each at the values in force on its pay date, so a value that changes
 * mid-year applies from the first pay dated on or after its date. Synthetic changes on a
 * copy of the shipped data, against hand-computed figures.
 */
import { payGuide } from "../support/engine";
import { toPence } from "../../src/engine/core/money";
import { employerCostsSchema, type EmployerCosts, type Parameter } from "../../src/engine/data/employer-costs-schema";
import { feePayerOnCosts, loadedCost, ratesFor } from "../../src/engine/model/employer-costs";
import { firstUnheld, firstUnheldStart, latestHeld } from "../support/tax-years";

const defaults = { benefitsRate: 0, levy: false };

type Pick = (costs: EmployerCosts) => Parameter;

/** The shipped data with more dated values from one date, in date order, checked by the schema as a data file would be. */
function withValues(from: string, changes: readonly [Pick, number][]) {
  const costs: EmployerCosts = structuredClone(payGuide.data.employerCosts);
  for (const [pick, value] of changes) {
    const { values } = pick(costs);
    const after = values.filter((v) => v.from < from).length;
    values.splice(after, 0, { ...values[after - 1], from, value });
  }
  return employerCostsSchema.parse(costs);
}
const withValue = (pick: Pick, from: string, value: number) => withValues(from, [[pick, value]]);

const loaded = (costs: EmployerCosts, taxYear: string, salary: number) =>
  toPence(loadedCost(ratesFor(costs, taxYear), salary, defaults));

test("without a change, a year is one period at its rates (the shipped 2026/27)", () => {
  expect(ratesFor(payGuide.data.employerCosts, "2026/27").periods.map((p) => p.share)).toEqual([1]);
});

test("an NI rate cut on 20 November applies from the November pay", () => {
  const costs = withValue((c) => c.employerNic.rate, "2026-11-20", 0.1);
  // Pays of 30 April … 31 October (7) at 15%, 30 November … 31 March (5) at 10%, on £95,000 above £5,000:
  // 7/12 × 15% × 95,000 = 8,312.50; 5/12 × 10% × 95,000 = 3,958.33; pension 3% × (50,270 − 6,240) = 1,320.90
  // 100,000 + 8,312.50 + 3,958.33 + 1,320.90 = 113,591.73 (113,591.733… to the penny)
  expect(loaded(costs, "2026/27", 100_000)).toBe(113_591.73);
  expect(ratesFor(costs, "2026/27").periods.map((p) => p.share)).toEqual([7 / 12, 5 / 12]);
  // The year before is untouched: 100,000 + 15% × 95,000 + 1,320.90
  expect(loaded(costs, "2025/26", 100_000)).toBe(115_570.9);
});

test("a change dated on a pay date applies to that pay", () => {
  // The monthly figure moves with it (9,100 ÷ 12 = 758.33, rounded up as HMRC rounds it), or the schema refuses the pair.
  const costs = withValues("2027-03-31", [
    [(c) => c.employerNic.secondaryThreshold, 9_100],
    [(c) => c.employerNic.secondaryThresholdMonthly, 759],
  ]);
  // 11 pays at 15% × (100,000 − 5,000) = 14,250 a year: 11/12 × 14,250 = 13,062.50;
  // the 31 March pay at 15% × (100,000 − 9,100) = 13,635 a year: 1/12 × 13,635 = 1,136.25
  // 100,000 + 13,062.50 + 1,136.25 + 1,320.90 = 115,519.65
  expect(loaded(costs, "2026/27", 100_000)).toBe(115_519.65);
});

test("a change from 6 April is one new dated value, and each year keeps its own rate", () => {
  const costs: EmployerCosts = structuredClone(payGuide.data.employerCosts);
  costs.employerNic.rate.values[0].value = 0.138; // 13.8% for 2025/26 only; 15% again from 2026-04-06
  employerCostsSchema.parse(costs);
  // 100,000 + 13.8% × 95,000 (13,110) + 1,320.90 = 114,430.90
  expect(loaded(costs, "2025/26", 100_000)).toBe(114_430.9);
  expect(loaded(costs, "2026/27", 100_000)).toBe(115_570.9);
});

test("the fee-payer's on-costs follow the same pays", () => {
  const costs = withValue((c) => c.employerNic.rate, "2026-11-20", 0.1);
  // £625 × 220 days = 137,500 of fees, 132,500 above the threshold:
  // NI 7/12 × 15% × 132,500 = 11,593.75 + 5/12 × 10% × 132,500 = 5,520.83; levy 0.5% × 137,500 = 687.50
  // 11,593.75 + 5,520.83 + 687.50 = 17,802.08 (17,802.083… to the penny)
  expect(toPence(feePayerOnCosts(ratesFor(costs, "2026/27"), 137_500))).toBe(17_802.08);
});

test("a value announced for the year after the latest held waits for that year to be held", () => {
  const costs = withValue((c) => c.employerNic.rate, firstUnheldStart, 0.2);
  expect(loaded(costs, latestHeld, 100_000)).toBe(loaded(payGuide.data.employerCosts, latestHeld, 100_000));
  expect(() => ratesFor(costs, firstUnheld)).toThrow(expect.objectContaining({ code: "#N/A" }));
});
