/**
 * A plan's inputs, declared once: the plan sheet's input block, the CLI's options and
 * PLANROW's parameters are read from here, each with its default and check. Every input
 * that changes a figure is resolved to a value before pricing, so the output can state it.
 */
import { isEmptyCell } from "../core/cells";
import { invalidNumber, notAvailable, type Scalar } from "../core/values";
import { PlanMessage } from "../core/messages";
import { isoOf, partsOf } from "../calendar/dates";
import { taxYearName } from "../calendar/tax-years";
import type { FeePayer, PayGuide } from "../model/guide";
import { amount, date, number, rate, taxYear as taxYearParameter, text, type Reads } from "../functions/parameters";
import { pointOrPercentile, salaryPoint, type BandPoint } from "../functions/points";

export interface PlanInput {
  readonly name: InputName;
  /** Its label in the plan sheet's input block. */
  readonly label: string;
  /** Its option in `aipay plan`. */
  readonly flag: string;
  /** Its Excel number format in the input block. */
  readonly format: string;
  readonly parameter: Reads<unknown>;
}

export type InputName =
  | "yearStart"
  | "taxYear"
  | "payTarget"
  | "agingRate"
  | "reviewMonth"
  | "reviewRate"
  | "qualifyingMonths"
  | "contractDays"
  | "defaultFeePayer"
  | "timeToFill"
  | "vacancyFactor"
  | "agencyFeeRate";

/** The inputs as priced: every default applied. */
export interface PlanInputValues {
  /** ISO date, the first of a month. */
  readonly yearStart: string;
  readonly taxYear: string;
  /** A point word or a percentile. */
  readonly payTarget: string | number;
  readonly agingRate: number;
  /** 1–12, or null for no review. */
  readonly reviewMonth: number | null;
  readonly reviewRate: number;
  /** Months a starter must be in post by a review to get it. */
  readonly qualifyingMonths: number;
  readonly contractDays: number;
  readonly defaultFeePayer: FeePayer;
  /** Months an open position takes to fill: its start moves by them. */
  readonly timeToFill: number;
  /** The share of an open position's cost expected to go unspent. */
  readonly vacancyFactor: number;
  /** An agency's fee as a share of first-year salary, for rows that do not say. */
  readonly agencyFeeRate: number;
}

export type PlanInputsGiven = Readonly<Partial<Record<InputName, Scalar>>>;

const yearStart = date("yearStart", { about: "the first day of the budget year, the first of a month" });
const taxYear = taxYearParameter({
  about: "the tax year whose employer NI, pension and levy rates price employees and client-paid contractors",
  default: "the tax year starting in the budget year's first April (6 April); refused when AIPAY holds no rates for it",
});
/** A point word or a percentile, as a word, numeric text or a number (a cell that holds 0.9 as a number). */
const payTarget: Reads<BandPoint> = {
  ...text("payTarget", {
    about: "`low`, `mid` or `high`, or a percentile such as `0.9`: the point of each band the plan prices",
    default: "`mid`",
    example: "mid",
  }),
  read: (value: Scalar, guide: PayGuide) => pointOrPercentile(guide, value, salaryPoint),
};
const agingRate = rate("agingRate", {
  about: "market growth a year, from the guide's date to each start",
  default: "the growth the trends note projects",
  range: { min: -0.99, max: 0.99 },
});
const reviewMonth = number("reviewMonth", {
  about: "the month of the yearly pay review, 1–12; 0 for none",
  default: "0: no review",
  example: "4",
});
const reviewRate = rate("reviewRate", {
  about: "the pay review's rise (employees only; a contractor's rate is not reviewed)",
  default: "the growth the trends note projects",
  range: { min: 0, max: 0.99 },
});
const defaultQualifyingMonths = 6;
const qualifyingMonths = number("qualifyingMonths", {
  about:
    "the months a new starter must have been in post by a review to get it; one who joined fewer months before skips it (existing employees get every review)",
  default: `${defaultQualifyingMonths}; 0 gives every starter each review after the start`,
  example: "6",
});
const contractDays = amount("contractDays", {
  about: "a contractor's billable days a year",
  default:
    "the client's year (`billableDaysPerYear` in the employer-costs data: weekdays less leave and bank holidays)",
  example: "227",
});
const defaultFeePayer = text("defaultFeePayer", {
  about: "inside IR35, who pays a contractor's company when the row does not say: `agency` or `client`",
  default: "`agency`",
  example: "agency",
});

const maxTimeToFill = 24;
const timeToFill = number("timeToFill", {
  about: `the months an open position takes to fill, 0 to ${maxTimeToFill}: an open row's start moves later by them`,
  default: "0: open positions start on their start date",
  example: "3",
});
const vacancyFactor = rate("vacancyFactor", {
  about:
    "the share of open positions' cost expected to go unspent (late starts, posts left empty), e.g. 0.05; applied to open rows only",
  default: "0",
  range: { min: 0, max: 0.99 },
});
const agencyFeeRate = rate("agencyFeeRate", {
  about:
    "an agency's recruitment fee as a share of first-year salary, e.g. 0.2, a one-off cost in the start month of new positions and backfills (a row's agencyFee overrides it)",
  default: "0: no fee",
});

export const planInputs: readonly PlanInput[] = [
  { name: "yearStart", label: "Budget year start", flag: "year-start", format: "yyyy-mm-dd", parameter: yearStart },
  { name: "taxYear", label: "Tax year of employer rates", flag: "tax-year", format: "@", parameter: taxYear },
  {
    name: "payTarget",
    label: "Pay target (low, mid, high or a percentile)",
    flag: "target",
    format: "@",
    parameter: payTarget,
  },
  { name: "agingRate", label: "Market ageing a year", flag: "aging-rate", format: "0.0%", parameter: agingRate },
  {
    name: "reviewMonth",
    label: "Pay review month (1–12; 0: none)",
    flag: "review-month",
    format: "0",
    parameter: reviewMonth,
  },
  { name: "reviewRate", label: "Pay review rise", flag: "review-rate", format: "0.0%", parameter: reviewRate },
  {
    name: "qualifyingMonths",
    label: "Months in post to get a review",
    flag: "qualifying-months",
    format: "0",
    parameter: qualifyingMonths,
  },
  {
    name: "contractDays",
    label: "Contractor days a year",
    flag: "contract-days",
    format: "0",
    parameter: contractDays,
  },
  {
    name: "defaultFeePayer",
    label: "Default fee payer (inside IR35)",
    flag: "fee-payer",
    format: "@",
    parameter: defaultFeePayer,
  },
  {
    name: "timeToFill",
    label: "Months to fill an open position",
    flag: "time-to-fill",
    format: "0",
    parameter: timeToFill,
  },
  {
    name: "vacancyFactor",
    label: "Vacancy factor (open positions)",
    flag: "vacancy-factor",
    format: "0.0%",
    parameter: vacancyFactor,
  },
  {
    name: "agencyFeeRate",
    label: "Agency fee (share of first-year salary)",
    flag: "agency-fee",
    format: "0.0%",
    parameter: agencyFeeRate,
  },
];

/** The tax year a budget year's employer rates default to: the one starting in its first April. */
function budgetTaxYear(start: number): string {
  const { year, month } = partsOf(start);
  return taxYearName(month >= 4 ? year : year - 1);
}

/** Months in post to get a review: a whole number from 0, the default when empty. */
function qualifyingMonthsOf(guide: PayGuide, given: Scalar): number {
  const months = qualifyingMonths.read(given, guide) ?? defaultQualifyingMonths;
  if (!(Number.isInteger(months) && months >= 0 && months <= 120))
    throw invalidNumber(PlanMessage.qualifyingMonths("qualifyingMonths", given));
  return months;
}

/** Months to fill an open position: a whole number from 0, none when empty. */
function timeToFillOf(guide: PayGuide, given: Scalar): number {
  const months = timeToFill.read(given, guide) ?? 0;
  if (!(Number.isInteger(months) && months >= 0 && months <= maxTimeToFill))
    throw invalidNumber(PlanMessage.timeToFill("timeToFill", given));
  return months;
}

/** The inputs with their defaults applied, checked; throws the first problem as an EngineError. */
export function resolveInputs(guide: PayGuide, given: PlanInputsGiven): PlanInputValues {
  const value = (name: InputName): Scalar => given[name] ?? null;
  const start = yearStart.read(value("yearStart"), guide);
  if (partsOf(start).day !== 1) throw invalidNumber(PlanMessage.notFirstOfMonth("yearStart", value("yearStart")));
  const held = guide.data.employerCosts.taxYears;
  const year = isEmptyCell(value("taxYear")) ? budgetTaxYear(start) : taxYear.read(value("taxYear"), guide);
  if (!held.includes(year)) throw notAvailable(PlanMessage.noRatesFor(year, held));

  const point = payTarget.read(value("payTarget"), guide);
  if (point === "range") throw invalidNumber(PlanMessage.rangeTarget("payTarget"));

  const month = value("reviewMonth");
  const monthNumber = isEmptyCell(month) ? null : reviewMonth.read(month, guide);
  if (monthNumber !== null && !(Number.isInteger(monthNumber) && monthNumber >= 1 && monthNumber <= 12))
    throw invalidNumber(PlanMessage.reviewMonth("reviewMonth", month));

  const growth = guide.data.trends.salaryGrowth.annualRate;
  const payer = value("defaultFeePayer");
  return {
    yearStart: isoOf(start),
    taxYear: year,
    payTarget: typeof point === "object" ? point.percentile : point,
    agingRate: agingRate.read(value("agingRate"), guide) ?? growth,
    reviewMonth: monthNumber,
    reviewRate: reviewRate.read(value("reviewRate"), guide) ?? growth,
    qualifyingMonths: qualifyingMonthsOf(guide, value("qualifyingMonths")),
    contractDays:
      // 0 days, as CONTRACTCOST reads it, is not given: no one prices a year of none.
      (isEmptyCell(value("contractDays")) ? null : contractDays.read(value("contractDays"), guide)) ??
      guide.data.employerCosts.contractor.billableDaysPerYear.value,
    defaultFeePayer: isEmptyCell(payer) ? "agency" : guide.feePayer(String(payer).trim()),
    timeToFill: timeToFillOf(guide, value("timeToFill")),
    vacancyFactor: vacancyFactor.read(value("vacancyFactor"), guide) ?? 0,
    agencyFeeRate: agencyFeeRate.read(value("agencyFeeRate"), guide) ?? 0,
  };
}
