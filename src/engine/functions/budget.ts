/**
 * Headcount budgeting: AIPAY.LOADEDCOST (salary to employer cost), PRORATE (a start or
 * leaving date within a budget period), GROWTH (ageing a figure to a budget date) and
 * CONTRACTCOST (a day rate to a year). Rates and assumptions come from the dataset.
 */
import { isBlank, isEmptyCell } from "../core/cells";
import { toPence } from "../core/money";
import { addYears, dayOf, partsOf, yearsBetween, type Day } from "../calendar/dates";
import { feePayerOnCosts, loadedCost, paysPerYear, ratesFor } from "../model/employer-costs";
import type { PayGuide } from "../model/guide";
import { percent } from "../model/premiums";
import { invalidNumber, type Scalar } from "../core/values";
import { ArgumentMessage, RuleMessage } from "../core/messages";
import { defineFunction } from "./spec";
import { amount, date, flag, number, rate, taxYear as taxYearParameter, text } from "./parameters";
import { ir35 } from "./dayrate";
import { monthsTouching, phasing, shareOf } from "./phasing";

/** An annual salary; shared with COMPARATIO and RANGEPOSITION. */
export const salary = amount("salary", { about: "an annual salary, 0 or more", example: "85000", unit: "£ a year" });

/** The tax year of the employer rates; shared with PERMVSCONTRACT. */
export const taxYear = taxYearParameter({
  about:
    'a tax year such as `"2026/27"` (also `"2026-27"`, `"2026/2027"`, `"2026 to 2027"`), a date in it (6 April–5 April), or `"latest"`. A bare whole number such as `2026` gives `#VALUE!` asking for `"2026/27"`, since Excel reads it as a date in 1905',
  default: "the tax year the workbook is pinned to, else its edition's own (`AIPAY.EDITIONS()` lists it), whatever today's date",
});
const pensionRate = rate("pensionRate", {
  about: "the employer pension rate on qualifying earnings, as a fraction",
  default: "the tax year's auto-enrolment employer minimum",
});
const benefitsRate = rate("benefitsRate", { about: "benefits as a fraction of salary", default: "0" });
const levy = flag("levy", {
  about: "`TRUE` if the employer pays the Apprenticeship Levy (a pay bill over the year's allowance)",
  default: "`FALSE`",
});

/** The loaded cost of one salary; shared with PERMVSCONTRACT. */
export function loadedCostOf(
  guide: PayGuide,
  annualSalary: number,
  [taxYearArg, pensionRateArg, benefitsRateArg, levyArg]: readonly Scalar[],
): { cost: number; taxYear: string } {
  const year = taxYear.read(taxYearArg ?? null, guide);
  const rates = ratesFor(guide.data.employerCosts, year);
  const cost = loadedCost(rates, annualSalary, {
    pensionRate: pensionRate.read(pensionRateArg ?? null, guide),
    benefitsRate: benefitsRate.read(benefitsRateArg ?? null, guide) ?? 0,
    levy: levy.read(levyArg ?? null, guide),
  });
  return { cost: toPence(cost), taxYear: year };
}

/** Where a tax year's employer rates come from, for a basis. */
const employerRates = (taxYear: string) => `${taxYear} employer rates (gov.uk pages cited in employer-costs.json)`;

export const LOADEDCOST = defineFunction({
  name: "LOADEDCOST",
  parameters: [salary, taxYear, pensionRate, benefitsRate, levy],
  evaluate(guide, [salaryArg, ...options]) {
    return loadedCostOf(guide, salary.read(salaryArg, guide), options).cost;
  },
  basis(guide, [salaryArg, ...options]) {
    const { taxYear: year } = loadedCostOf(guide, salary.read(salaryArg, guide), options);
    const [, pension, benefits, levyArg] = options;
    const parts = [
      "employer NI",
      isBlank(pension ?? null) ? "minimum pension" : "pension at the rate given",
      ...(isBlank(benefits ?? null) ? [] : ["benefits at the rate given + Class 1A NI on them"]),
      ...(levy.read(levyArg ?? null, guide) ? ["Apprenticeship Levy"] : []),
    ];
    return `Derived: the salary given + ${parts.join(" + ")}, at ${employerRates(year)}`;
  },
});

/** The budget period: the calendar year of the start date unless given; one end alone implies a year. */
function periodOf(start: Day, periodStart: Day | undefined, periodEnd: Day | undefined): [Day, Day] {
  if (periodStart !== undefined && periodEnd !== undefined) return [periodStart, periodEnd];
  if (periodStart !== undefined) return [periodStart, addYears(periodStart, 1) - 1];
  if (periodEnd !== undefined) return [addYears(periodEnd + 1, -1), periodEnd];
  const { year } = partsOf(start);
  return [dayOf(year, 1, 1), dayOf(year, 12, 31)];
}

/** The first day employed; shared with MONTHLY and HEADCOUNT. */
export const startDate = date("startDate", { about: "the first day employed" });
/** The last day employed; shared with MONTHLY and HEADCOUNT. */
export const endDate = date("endDate", { about: "the last day employed, for a leaver", default: "none" });
/** The amount prorated; MONTHLY phases one too. */
export const annualAmount = number("annualAmount", {
  about: "the amount for the whole period, e.g. a loaded annual cost",
  example: "85000",
});
const periodStart = date("periodStart", {
  about: "the first day of the budget period",
  default: "1 January of the start date's year; a year before `periodEnd` if only that is given",
});
const periodEnd = date("periodEnd", {
  about: "the last day of the budget period",
  default: "31 December of the start date's year; a year after `periodStart` if only that is given",
});

/** Start and optional leaving date (the last day employed), in order; shared with MONTHLY and HEADCOUNT. */
export function employment(guide: PayGuide, startArg: Scalar, endArg: Scalar): { start: Day; end: Day | undefined } {
  const start = startDate.read(startArg, guide);
  const end = endDate.read(endArg, guide);
  if (end !== undefined && end < start) throw invalidNumber(ArgumentMessage.before(endDate.name, startDate.name));
  return { start, end };
}

export const PRORATE = defineFunction({
  name: "PRORATE",
  parameters: [annualAmount, startDate, periodStart, periodEnd, endDate, phasing],
  evaluate(guide, [annualAmountArg, startDateArg, periodStartArg, periodEndArg, endDateArg, phasingArg]) {
    const amountGiven = annualAmount.read(annualAmountArg, guide);
    const { start, end } = employment(guide, startDateArg, endDateArg);
    const [from, to] = periodOf(start, periodStart.read(periodStartArg, guide), periodEnd.read(periodEndArg, guide));
    if (to < from) throw invalidNumber(ArgumentMessage.before(periodEnd.name, periodStart.name));
    const basis = phasing.read(phasingArg, guide);
    // The period and the days employed in it, month by month in the basis's unit, as MONTHLY
    // counts them: both ends count, so a start on the period's last day is one day employed.
    let whole = 0;
    let employed = 0;
    for (const month of monthsTouching(from, to)) {
      whole += shareOf(basis, month, from, to);
      employed += shareOf(basis, month, Math.max(start, from), Math.min(end ?? to, to));
    }
    return toPence((amountGiven * employed) / whole);
  },
  basis: (guide, [, , , , , phasingArg]) =>
    phasing.read(phasingArg ?? null, guide) === "days"
      ? "Derived: the amount given × days employed in the period ÷ days in the period (arithmetic, no guide figure)"
      : "Derived: the amount given × payroll months employed in the period ÷ months in the period, a part month by its days employed ÷ its days (arithmetic, no guide figure)",
});

/** An amount to grow; shared with AGED. */
export const grownAmount = number("amount", { about: "any number, e.g. a survey salary", example: "85000" });
/** The date grown to; shared with AGED. */
export const toDate = date("toDate", { about: "the date to project to, e.g. a budget date or a hire's start" });
/** Growth a year; shared with AGED. Above −100% (nothing shrinks below zero) and below +100% (a typed 4 meant 4%). */
export const annualRate = rate("annualRate", {
  about: "growth a year as a fraction",
  default: "the growth the trends note projects (`salaryGrowth` in the trends data)",
  range: { min: -0.99, max: 0.99 },
});
const fromDate = date("fromDate", { about: "the date the amount is for, e.g. the survey date" });

export const GROWTH = defineFunction({
  name: "GROWTH",
  parameters: [grownAmount, fromDate, toDate, annualRate],
  evaluate(guide, [amountArg, fromDateArg, toDateArg, annualRateArg]) {
    const base = grownAmount.read(amountArg, guide);
    const years = yearsBetween(fromDate.read(fromDateArg, guide), toDate.read(toDateArg, guide));
    const growth = annualRate.read(annualRateArg, guide) ?? guide.data.trends.salaryGrowth.annualRate;
    // Zero grows to zero however long the span, where 0 × an overflowed factor would be NaN.
    return base === 0 ? 0 : toPence(base * (1 + growth) ** years);
  },
  basis(guide, [, , , annualRateArg]) {
    const { salaryGrowth } = guide.data.trends;
    const rate = isBlank(annualRateArg)
      ? `${percent(salaryGrowth.annualRate)} a year, the projection of ${guide.data.trends.source.name}`
      : "the annual rate given";
    return `Derived: the amount given, compounded at ${rate}`;
  },
});

/** A year has at most 366 days, so no contractor bills more. */
const maxDaysPerYear = 366;

/** Billable days a year; shared with PERMVSCONTRACT. */
export const days = amount("days", {
  about: `billable days in the year, 1 to ${maxDaysPerYear}`,
  note: "`0` counts as not given: no one prices a year of no days, and an empty cell may arrive as 0 (see [Empty cells](#empty-cells))",
  default:
    "the client's year (`billableDaysPerYear` in the employer-costs data: weekdays less leave and bank holidays)",
  example: "227",
});

/** Inside IR35, who pays the worker's company; shared with PERMVSCONTRACT. */
export const feePayer = text("feePayer", {
  about: "inside IR35, who pays the worker's company, or an alias",
  note: "`client` means the client engages the worker's company directly, and pays employer NI and levy on the fees too",
  default: "`agency`",
  example: "client",
  words: (guide) => guide.data.vocabulary.feePayers.map((f) => f.feePayer),
});

/**
 * Billable days a year: the dataset's contractor year unless given. 0 is not given either: no
 * one prices a year of no days, and Excel desktop passes an empty cell as 0.
 */
function billableDays(guide: PayGuide, daysArg: Scalar): number {
  const billable = isEmptyCell(daysArg) ? null : days.read(daysArg, guide);
  if (billable === null) return guide.data.employerCosts.contractor.billableDaysPerYear.value;
  if (billable > maxDaysPerYear) throw invalidNumber(RuleMessage.tooManyDays(days.name, maxDaysPerYear, billable));
  return billable;
}

/** A client's year of a contractor; `onCosts` is the employer NI and levy it carries as fee-payer, else 0. */
export interface ContractCost {
  cost: number;
  days: number;
  /** The monthly pays the fees are spread over: a year's (12), or fewer for a shorter engagement. */
  months: number;
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
  [daysArg, ir35Arg, feePayerArg, taxYearArg]: readonly Scalar[],
): ContractCost {
  const billable = billableDays(guide, daysArg ?? null);
  const daysDefaulted = isEmptyCell(daysArg ?? null);
  const fees = dayRate * billable;
  const months = engagementMonths(guide, billable);
  const inside = ir35.read(ir35Arg ?? null, guide) === "inside";
  const payerName = feePayer.read(feePayerArg ?? null, guide);
  const payer = payerName === null ? "agency" : guide.feePayer(payerName);
  const engagement = { days: billable, months, daysDefaulted };
  if (!inside || payer === "agency") return { cost: toPence(fees), ...engagement, onCosts: 0 };
  const year = taxYear.read(taxYearArg ?? null, guide);
  const onCosts = toPence(feePayerOnCosts(ratesFor(guide.data.employerCosts, year), fees, months));
  return { cost: toPence(fees + onCosts), ...engagement, onCosts, taxYear: year };
}

/**
 * How many monthly pays an engagement of `days` is paid over: its share of the client's
 * year, in whole months to the nearest (at least one, at most a year's twelve). 60 days of
 * 227 is 3.17 months: 3 pays, each with its own threshold.
 */
function engagementMonths(guide: PayGuide, days: number): number {
  const year = guide.data.employerCosts.contractor.billableDaysPerYear.value;
  return Math.min(Math.max(Math.round((days * paysPerYear) / year), 1), paysPerYear);
}

const assignmentRate = amount("dayRate", {
  about:
    "the assignment rate, 0 or more (`DAYRATE` outside IR35; not the inside figure, which is the contractor's take-home)",
  example: "650",
  unit: "£ a day",
});

export const CONTRACTCOST = defineFunction({
  name: "CONTRACTCOST",
  parameters: [assignmentRate, days, ir35, feePayer, taxYear],
  evaluate(guide, [dayRateArg, ...options]) {
    return contractCostOf(guide, assignmentRate.read(dayRateArg, guide), options).cost;
  },
  basis(guide, [dayRateArg, ...options]) {
    return `Derived: ${contractBasis(guide, contractCostOf(guide, assignmentRate.read(dayRateArg, guide), options))}`;
  },
});

/** The client's contractor year in words: the days' source, and the fee-payer's employer costs when carried. */
export function contractBasis(guide: PayGuide, cost: ContractCost): string {
  const { billableDaysPerYear } = guide.data.employerCosts.contractor;
  const days = cost.daysDefaulted ? `${cost.days} days (${billableDaysPerYear.reference.title})` : `${cost.days} days`;
  const pays =
    cost.months < paysPerYear
      ? `, over ${cost.months} monthly ${cost.months === 1 ? "pay" : "pays"} with a monthly threshold each`
      : "";
  const onCosts = cost.taxYear
    ? ` + employer NI and Apprenticeship Levy on the deemed payment${pays}, inside IR35 with the client as fee-payer, at ${employerRates(cost.taxYear)}`
    : "";
  return `the day rate given × ${days}${onCosts}`;
}
