/**
 * What a permanent employee costs the employer in a year: salary plus employer National
 * Insurance, employer pension, benefits and, for levy payers, the Apprenticeship Levy,
 * at the rates of one UK tax year.
 */
import type { EmployerCosts, TaxYearRates } from "../data/employer-costs-schema";
import { notAvailable } from "../core/values";

export interface LoadedCostOptions {
  /** Employer pension rate on qualifying earnings; the auto-enrolment minimum when undefined. */
  pensionRate?: number;
  /** Benefits as a fraction of salary. */
  benefitsRate: number;
  /** Whether the employer pays the Apprenticeship Levy (its pay bill exceeds £3m). */
  levy: boolean;
}

/** The latest tax year AIPAY holds rates for: the default wherever a tax year is optional. */
export const latestTaxYear = (costs: EmployerCosts): string =>
  costs.taxYears.reduce((latest, year) => (year.start > latest.start ? year : latest)).taxYear;

/**
 * The rates for a tax year, or an #N/A that names the years AIPAY has rates for and what
 * to do: an unpublished year is never priced silently at another year's rates.
 */
export function ratesFor(costs: EmployerCosts, taxYear: string): TaxYearRates {
  const rates = costs.taxYears.find((y) => y.taxYear === taxYear);
  if (!rates) {
    const available = costs.taxYears.map((y) => y.taxYear).join(", ");
    const latest = latestTaxYear(costs);
    throw notAvailable(
      `AIPAY has no employer rates for tax year ${taxYear}. Tax years available: ${available}. Write "latest" (or leave taxYear empty) to use the ${latest} rates, or add ${taxYear}'s gov.uk rates to employer-costs.json.`,
    );
  }
  return rates;
}

const between = (amount: number, lower: number, upper: number) => Math.min(Math.max(amount - lower, 0), upper - lower);

/**
 * The annual loaded cost of one salary. NI and pension are worked on the annual salary as
 * if paid evenly through the year, which is what a monthly payroll gives for a steady salary.
 */
export function loadedCost(rates: TaxYearRates, salary: number, options: LoadedCostOptions): number {
  const { employerNic, pension, apprenticeshipLevy } = rates;
  const nic = employerNic.rate.value * Math.max(salary - employerNic.secondaryThreshold.value, 0);
  const qualifyingEarnings = between(
    salary,
    pension.qualifyingEarningsLower.value,
    pension.qualifyingEarningsUpper.value,
  );
  const pensionCost = (options.pensionRate ?? pension.minimumEmployerRate.value) * qualifyingEarnings;
  const benefits = options.benefitsRate * salary;
  // The levy is 0.5% of the whole pay bill; the £15,000 allowance is per employer, so per head it is 0.5% of pay.
  const levy = options.levy ? apprenticeshipLevy.rate.value * salary : 0;
  return salary + nic + pensionCost + benefits + levy;
}

/**
 * What a client that is the fee-payer for an inside-IR35 contractor pays on top of the
 * fees: employer NI and the Apprenticeship Levy on the deemed payment, taken as the whole
 * fee for the year (before VAT), with the secondary threshold as for a salary. No pension:
 * a deemed employee is not auto-enrolled by the fee-payer.
 */
export function feePayerOnCosts(rates: TaxYearRates, fees: number): number {
  const { employerNic, apprenticeshipLevy } = rates;
  const nic = employerNic.rate.value * Math.max(fees - employerNic.secondaryThreshold.value, 0);
  return nic + apprenticeshipLevy.rate.value * fees;
}
