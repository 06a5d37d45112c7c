/**
 * Headcount budgeting: AIPAY.LOADEDCOST (salary to employer cost), PRORATE (a start or
 * leaving date within a budget period), GROWTH (ageing a figure to a budget date) and
 * CONTRACTCOST (a day rate to a year). Rates and assumptions come from the dataset.
 */
import { optionalText } from "../args/text";
import { isBlank } from "../core/cells";
import { toPence } from "../core/money";
import { addYears, dayOf, partsOf, yearsBetween, type Day } from "../calendar/dates";
import { dateArgument, optionalDate, taxYearArgument } from "../args/dates";
import { feePayerOnCosts, latestTaxYear, loadedCost, ratesFor } from "../model/employer-costs";
import type { PayGuide } from "../model/guide";
import { percent } from "../model/premiums";
import { flagArgument, nonNegativeNumber, rateArgument, requiredNumber } from "../args/numbers";
import { invalidNumber, type Scalar } from "../core/values";
import type { FunctionSpec } from "./spec";
import { ir35Argument } from "./dayrate";

/** The loaded cost of one salary; shared with PERMVSCONTRACT. */
export function loadedCostOf(
  guide: PayGuide,
  salary: number,
  [taxYear, pensionRate, benefitsRate, levy]: readonly Scalar[],
): { cost: number; taxYear: string } {
  const costs = guide.data.employerCosts;
  const year = taxYearArgument(taxYear ?? null, latestTaxYear(costs));
  const rates = ratesFor(costs, year);
  const cost = loadedCost(rates, salary, {
    pensionRate: rateArgument(pensionRate ?? null, "pensionRate", undefined),
    benefitsRate: rateArgument(benefitsRate ?? null, "benefitsRate", 0)!,
    levy: flagArgument(levy ?? null, "levy"),
  });
  return { cost: toPence(cost), taxYear: year };
}

/** Where a tax year's employer rates come from, for a basis. */
const employerRates = (taxYear: string) => `${taxYear} employer rates (gov.uk pages cited in employer-costs.json)`;

export const LOADEDCOST: FunctionSpec = {
  name: "LOADEDCOST",
  params: ["salary", "taxYear", "pensionRate", "benefitsRate", "levy"],
  required: 1,
  evaluate(guide, [salary, ...options]) {
    return loadedCostOf(guide, nonNegativeNumber(salary, "salary", "85000"), options).cost;
  },
  basis(guide, [salary, ...options]) {
    const { taxYear } = loadedCostOf(guide, nonNegativeNumber(salary, "salary", "85000"), options);
    const [, pension, benefits, levy] = options;
    const parts = [
      "employer NI",
      isBlank(pension ?? null) ? "minimum pension" : "pension at the rate given",
      ...(isBlank(benefits ?? null) ? [] : ["benefits at the rate given"]),
      ...(flagArgument(levy ?? null, "levy") ? ["Apprenticeship Levy"] : []),
    ];
    return `Derived: the salary given + ${parts.join(" + ")}, at ${employerRates(taxYear)}`;
  },
};

/** The budget period: the calendar year of the start date unless given; one end alone implies a year. */
function periodOf(start: Day, periodStart: Day | undefined, periodEnd: Day | undefined): [Day, Day] {
  if (periodStart !== undefined && periodEnd !== undefined) return [periodStart, periodEnd];
  if (periodStart !== undefined) return [periodStart, addYears(periodStart, 1) - 1];
  if (periodEnd !== undefined) return [addYears(periodEnd + 1, -1), periodEnd];
  const { year } = partsOf(start);
  return [dayOf(year, 1, 1), dayOf(year, 12, 31)];
}

export const PRORATE: FunctionSpec = {
  name: "PRORATE",
  params: ["annualAmount", "startDate", "periodStart", "periodEnd", "endDate"],
  required: 2,
  evaluate(_guide, [annualAmount, startDate, periodStartArg, periodEndArg, endDateArg]) {
    const amount = requiredNumber(annualAmount, "annualAmount", "85000");
    const start = dateArgument(startDate, "startDate");
    const end = optionalDate(endDateArg, "endDate");
    if (end !== undefined && end < start) throw invalidNumber("endDate is before startDate.");
    const [from, to] = periodOf(
      start,
      optionalDate(periodStartArg, "periodStart"),
      optionalDate(periodEndArg, "periodEnd"),
    );
    if (to < from) throw invalidNumber("periodEnd is before periodStart.");
    // Both ends count: a start on the period's last day is one day employed.
    const daysEmployed = Math.max(Math.min(end ?? to, to) - Math.max(start, from) + 1, 0);
    return toPence((amount * daysEmployed) / (to - from + 1));
  },
  basis: () =>
    "Derived: the amount given × days employed in the period ÷ days in the period (arithmetic, no guide figure)",
};

export const GROWTH: FunctionSpec = {
  name: "GROWTH",
  params: ["amount", "fromDate", "toDate", "annualRate"],
  required: 3,
  evaluate(guide, [amount, fromDate, toDate, annualRate]) {
    const base = requiredNumber(amount, "amount", "85000");
    const years = yearsBetween(dateArgument(fromDate, "fromDate"), dateArgument(toDate, "toDate"));
    const defaultRate = guide.data.trends.salaryGrowth.annualRate;
    // Above −100% (nothing shrinks below zero) and below +100% (a typed 4 meant 4%).
    const rate = rateArgument(annualRate, "annualRate", defaultRate, { min: -0.99, max: 0.99 })!;
    // Zero grows to zero however long the span, where 0 × an overflowed factor would be NaN.
    return base === 0 ? 0 : toPence(base * (1 + rate) ** years);
  },
  basis(guide, [, , , annualRate]) {
    const { salaryGrowth } = guide.data.trends;
    const rate = isBlank(annualRate)
      ? `${percent(salaryGrowth.annualRate)} a year, the projection of ${guide.data.trends.source.name}`
      : "the annual rate given";
    return `Derived: the amount given, compounded at ${rate}`;
  },
};

/** A year has at most 366 days, so no contractor bills more. */
const maxDaysPerYear = 366;

/** Billable days a year: the dataset's contractor year unless given. */
function billableDays(guide: PayGuide, days: Scalar): number {
  if (isBlank(days)) return guide.data.employerCosts.contractor.billableDaysPerYear.value;
  const billable = nonNegativeNumber(days, "days", "220");
  if (billable > maxDaysPerYear)
    throw invalidNumber(`days is billable days in one year, at most ${maxDaysPerYear} (got ${billable}).`);
  return billable;
}

/** A client's year of a contractor; `onCosts` is the employer NI and levy it carries as fee-payer, else 0. */
export interface ContractCost {
  cost: number;
  days: number;
  /** Whether `days` is the dataset's contractor year because none was given. */
  daysDefaulted: boolean;
  onCosts: number;
  /** The tax year of the employer rates, when they were used. */
  taxYear?: string;
}

/**
 * The client's cost of a contractor over a year at an assignment (day) rate; shared with
 * PERMVSCONTRACT. Outside IR35, or inside with an agency or umbrella as fee-payer, that
 * is the fees. Inside IR35 with the client as fee-payer, the client also carries employer
 * NI and the levy on the deemed payment, so inside never costs the client less than outside.
 */
export function contractCostOf(
  guide: PayGuide,
  dayRate: number,
  [days, ir35, feePayer, taxYear]: readonly Scalar[],
): ContractCost {
  const billable = billableDays(guide, days ?? null);
  const daysDefaulted = isBlank(days ?? null);
  const fees = dayRate * billable;
  const inside = ir35Argument(guide, ir35 ?? null) === "inside";
  const payerName = optionalText(feePayer ?? null, "feePayer", "client");
  const payer = payerName === null ? "agency" : guide.feePayer(payerName);
  if (!inside || payer === "agency") return { cost: toPence(fees), days: billable, daysDefaulted, onCosts: 0 };
  const costs = guide.data.employerCosts;
  const year = taxYearArgument(taxYear ?? null, latestTaxYear(costs));
  const onCosts = toPence(feePayerOnCosts(ratesFor(costs, year), fees));
  return { cost: toPence(fees + onCosts), days: billable, daysDefaulted, onCosts, taxYear: year };
}

export const CONTRACTCOST: FunctionSpec = {
  name: "CONTRACTCOST",
  params: ["dayRate", "days", "ir35", "feePayer", "taxYear"],
  required: 1,
  evaluate(guide, [dayRate, ...options]) {
    return contractCostOf(guide, nonNegativeNumber(dayRate, "dayRate", "650"), options).cost;
  },
  basis(guide, [dayRate, ...options]) {
    return `Derived: ${contractBasis(guide, contractCostOf(guide, nonNegativeNumber(dayRate, "dayRate", "650"), options))}`;
  },
};

/** The client's contractor year in words: the days' source, and the fee-payer's employer costs when carried. */
export function contractBasis(guide: PayGuide, cost: ContractCost): string {
  const { billableDaysPerYear } = guide.data.employerCosts.contractor;
  const days = cost.daysDefaulted ? `${cost.days} days (${billableDaysPerYear.reference.title})` : `${cost.days} days`;
  const onCosts = cost.taxYear
    ? ` + employer NI and Apprenticeship Levy on the deemed payment, inside IR35 with the client as fee-payer, at ${employerRates(cost.taxYear)}`
    : "";
  return `the day rate given × ${days}${onCosts}`;
}
