/**
 * The plan's budget year. UK finance teams budget by financial year, 1 April to 31 March,
 * and set a budget for the year ahead, so the default is the financial year after the one
 * containing today. Each year names the tax year whose employer NI and pension rates
 * LOADEDCOST uses: the tax year starting that April (6 April), or the latest AIPAY has
 * rates for when the dataset has none yet for that year.
 */
import { taxYearName } from "./tax-years";

export interface BudgetYear {
  /** e.g. "2027/28 (1 Apr 2027 – 31 Mar 2028), 2026/27 employer rates". */
  label: string;
  /** ISO dates; both days count. */
  start: string;
  end: string;
  /** The tax year of employer rates, as the dataset names it ("2026/27"). */
  taxYear: string;
}

/** A year's label in parts: its name ("2027/28"), its days, and the employer rates when another year's. */
function labelParts({ start, taxYear }: Pick<BudgetYear, "start" | "taxYear">) {
  const startYear = Number(start.slice(0, 4));
  const name = taxYearName(startYear);
  return {
    name,
    period: `1 Apr ${startYear} – 31 Mar ${startYear + 1}`,
    rates: taxYear === name ? "" : `, ${taxYear} employer rates`,
  };
}

/** The label in two, for a narrow list: "2027/28" and "1 Apr 2027 – 31 Mar 2028, 2026/27 employer rates". */
export function nameAndDetail(year: BudgetYear): { name: string; detail: string } {
  const { name, period, rates } = labelParts(year);
  return { name, detail: `${period}${rates}` };
}

/** The financial year from 1 April of startYear, with the tax year of employer rates it uses. */
export function budgetYear(startYear: number, rateYears: readonly string[]): BudgetYear {
  const name = taxYearName(startYear);
  // The tax year from 6 April of startYear shares the financial year's name.
  const taxYear = rateYears.includes(name) ? name : rateYears.reduce((a, b) => (b > a ? b : a));
  const start = `${startYear}-04-01`;
  const { period, rates } = labelParts({ start, taxYear });
  return {
    label: `${name} (${period})${rates}`,
    start,
    end: `${startYear + 1}-03-31`,
    taxYear,
  };
}

/**
 * The financial years the plan offers, from the first the dataset has rates for to the year
 * ahead of today (or the last with rates, if later), and which one is the default.
 */
export function budgetYears(rateYears: readonly string[], today: Date): { years: BudgetYear[]; default: number } {
  if (rateYears.length === 0) throw new Error("The dataset has no employer rates.");
  const starts = rateYears.map((y) => Number(y.slice(0, 4)));
  const current = today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1;
  const first = Math.min(...starts);
  const last = Math.max(current + 1, ...starts);
  const years = Array.from({ length: last - first + 1 }, (_, i) => budgetYear(first + i, rateYears));
  return { years, default: Math.max(current + 1 - first, 0) };
}
