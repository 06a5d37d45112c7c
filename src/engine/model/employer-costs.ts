/**
 * What a permanent employee costs the employer in a year: salary plus employer National
 * Insurance, employer pension, benefits with their Class 1A National Insurance and, for levy
 * payers, the Apprenticeship Levy, at the rates in force in one UK tax year.
 *
 * A year is worked as payroll works it: twelve month-end pays (30 April to 31 March), each
 * a twelfth of the annual salary, at the values in force on its pay date. A value that
 * changes mid-year therefore applies from the first pay dated on or after its date.
 */
import type { EmployerCosts, Parameter } from "../data/employer-costs-schema";
import { valueOn } from "../data/dated-values";
import { dayOf, isoOf } from "../calendar/dates";
import { FigureMessage } from "../core/messages";
import { notAvailable } from "../core/values";

export interface LoadedCostOptions {
  /** Employer pension rate on qualifying earnings; the auto-enrolment minimum when undefined. */
  pensionRate?: number;
  /** Benefits as a fraction of salary. */
  benefitsRate: number;
  /** Whether the employer pays the Apprenticeship Levy (its pay bill exceeds £3m). */
  levy: boolean;
}

/** The figures one pay is worked at; thresholds and band limits are annual, as published. */
interface RatesInForce {
  nicRate: number;
  secondaryThreshold: number;
  monthlyThreshold: number;
  class1ARate: number;
  minimumPensionRate: number;
  qualifyingLower: number;
  qualifyingUpper: number;
  levyRate: number;
}

/** A tax year's rates: each set of figures in force on its pay dates, with the share of the year's pays at it. */
export interface TaxYearRates {
  taxYear: string;
  periods: readonly { share: number; rates: RatesInForce }[];
}

/** The latest tax year AIPAY holds rates for: the default wherever a tax year is optional. */
export const latestTaxYear = (costs: EmployerCosts): string => costs.taxYears[costs.taxYears.length - 1];

/** Monthly pays in a tax year: the engagement length at which a whole year's threshold applies. */
export const paysPerYear = 12;

/** The month-end pay dates of a tax year, 30 April to 31 March: the day before each 1 May … 1 April. */
const payDates = (taxYear: string): string[] =>
  Array.from({ length: paysPerYear }, (_, k) => isoOf(dayOf(Number(taxYear.slice(0, 4)), 5 + k, 1) - 1));

/** The figures in force on a pay date (the schema has each in force from the first held year's first day). */
function ratesOn(costs: EmployerCosts, date: string): RatesInForce {
  const on = (parameter: Parameter) => valueOn(parameter, date)!;
  const { employerNic, pension, apprenticeshipLevy } = costs;
  return {
    nicRate: on(employerNic.rate),
    secondaryThreshold: on(employerNic.secondaryThreshold),
    monthlyThreshold: on(employerNic.secondaryThresholdMonthly),
    class1ARate: on(employerNic.class1ARate),
    minimumPensionRate: on(pension.minimumEmployerRate),
    qualifyingLower: on(pension.qualifyingEarningsLower),
    qualifyingUpper: on(pension.qualifyingEarningsUpper),
    levyRate: on(apprenticeshipLevy.rate),
  };
}

const sameRates = (a: RatesInForce, b: RatesInForce) =>
  (Object.keys(a) as (keyof RatesInForce)[]).every((key) => a[key] === b[key]);

/** Consecutive pays at the same figures as one period, so a year without a change is one period of share 1. */
function periodsOf(costs: EmployerCosts, taxYear: string): TaxYearRates["periods"] {
  const periods: { pays: number; rates: RatesInForce }[] = [];
  for (const date of payDates(taxYear)) {
    const rates = ratesOn(costs, date);
    const last = periods[periods.length - 1];
    if (last && sameRates(last.rates, rates)) last.pays++;
    else periods.push({ pays: 1, rates });
  }
  return periods.map(({ pays, rates }) => ({ share: pays / paysPerYear, rates }));
}

/** Each year's periods, worked once per dataset: a column of LOADEDCOSTs asks for the same year in every cell. */
const worked = new WeakMap<EmployerCosts, Map<string, TaxYearRates>>();

/**
 * The rates for a tax year, or an #N/A that names the years AIPAY has rates for and what
 * to do: an unpublished year is never priced silently at another year's rates.
 */
export function ratesFor(costs: EmployerCosts, taxYear: string): TaxYearRates {
  if (!costs.taxYears.includes(taxYear))
    throw notAvailable(FigureMessage.noRatesForYear(taxYear, costs.taxYears, latestTaxYear(costs)));
  let years = worked.get(costs);
  if (!years) worked.set(costs, (years = new Map()));
  let rates = years.get(taxYear);
  if (!rates) years.set(taxYear, (rates = { taxYear, periods: periodsOf(costs, taxYear) }));
  return rates;
}

/**
 * The sum over a year's periods of a cost worked on the annual figures, each weighted by its
 * share of the pays. A pay's NI, pension and levy are a twelfth of the annual formula at that
 * pay's figures (salary and thresholds both divide by 12), so this is the pay-by-pay total.
 */
const overYear = ({ periods }: TaxYearRates, annual: (rates: RatesInForce) => number) =>
  periods.reduce((total, { share, rates }) => total + share * annual(rates), 0);

const between = (amount: number, lower: number, upper: number) => Math.min(Math.max(amount - lower, 0), upper - lower);

const employerNic = (rates: TaxYearRates, pay: number) =>
  overYear(rates, (r) => r.nicRate * Math.max(pay - r.secondaryThreshold, 0));

/**
 * Employer NI on pay spread evenly over `months` monthly pays of less than a year: each pay
 * is allowed one monthly threshold, as payroll applies it, not a twelfth of the annual one.
 */
const employerNicOver = (rates: TaxYearRates, pay: number, months: number) =>
  months >= paysPerYear
    ? employerNic(rates, pay)
    : overYear(rates, (r) => r.nicRate * Math.max(pay - months * r.monthlyThreshold, 0));

const levyOn = (rates: TaxYearRates, pay: number) => overYear(rates, (r) => r.levyRate * pay);

/**
 * The annual loaded cost of one salary. NI and pension are worked on the salary as if paid
 * evenly through the year, which is what a monthly payroll gives for a steady salary.
 */
export function loadedCost(rates: TaxYearRates, salary: number, options: LoadedCostOptions): number {
  const nic = employerNic(rates, salary);
  const pensionCost = overYear(
    rates,
    (r) => (options.pensionRate ?? r.minimumPensionRate) * between(salary, r.qualifyingLower, r.qualifyingUpper),
  );
  const benefits = options.benefitsRate * salary;
  // Benefits in kind carry Class 1A NI: all of them, with no threshold.
  const class1A = overYear(rates, (r) => r.class1ARate * benefits);
  // The levy is 0.5% of the whole pay bill; the £15,000 allowance is per employer, so per head it is 0.5% of pay.
  const levy = options.levy ? levyOn(rates, salary) : 0;
  return salary + nic + pensionCost + benefits + class1A + levy;
}

/**
 * What a client that is the fee-payer for an inside-IR35 contractor pays on top of the
 * fees: employer NI and the Apprenticeship Levy on the deemed payment, taken as the whole
 * fee (before VAT) paid evenly over `months` monthly pays, each with its threshold as
 * payroll applies it. No pension: a deemed employee is not auto-enrolled by the fee-payer.
 */
export function feePayerOnCosts(rates: TaxYearRates, fees: number, months = paysPerYear): number {
  return employerNicOver(rates, fees, months) + levyOn(rates, fees);
}
