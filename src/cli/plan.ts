/**
 * aipay plan hires.csv: a plan file priced into a monthly budget, as CSV. Each hire goes
 * through the same chain of engine functions as the plan sheet's monthly grid, so the two
 * agree to the penny:
 *   permanent:  MONTHLY(LOADEDCOST(AGED(SALARYBAND(role, level, location, target, skills, stage), start, agingRate), taxYear) × headcount, …)
 *   contractor: MONTHLY(AGED(CONTRACTCOST(DAYRATE(role, level, ir35, target), contractDays), start, agingRate) × headcount, …)
 * Every row is priced before anything is written: a bad row is reported with its line
 * number and stdout gets nothing.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { budgetYear, evaluate, EngineError, isCalendarDate, payGuide, type Cell } from "../engine";

/** The plan's header inputs, as the plan sheet has them; text is passed to the engine as typed. */
export interface PlanOptions {
  yearStart: string;
  taxYear?: string;
  payTarget?: string;
  agingRate?: string;
  reviewMonth?: string;
  reviewRate?: string;
  contractDays?: string;
}

const planColumns = ["role", "level", "location", "start", "end", "headcount", "skills", "stage", "ir35"];
const requiredColumns = ["role", "start"];

export class PlanFileError extends Error {}

type Row = Record<string, string>;

/** One engine call's single value; an error it returns is thrown, to be reported with the row's line. */
function value(name: string, args: unknown[]): Cell {
  const [[cell]] = evaluate(name, args);
  if (cell instanceof EngineError) throw cell;
  return cell;
}

const orNull = (text: string | undefined) => (text === undefined || text.trim() === "" ? null : text);

/** The year's first-of-month dates, ISO, as the plan sheet heads its grid. */
function monthStarts(yearStart: string): string[] {
  const [year, month] = yearStart.split("-").map(Number);
  return Array.from({ length: 12 }, (_, k) => new Date(Date.UTC(year, month - 1 + k, 1)).toISOString().slice(0, 10));
}

/** The tax year of employer rates for a year from yearStart: as the plan sheet picks it. */
function defaultTaxYear(yearStart: string): string {
  return budgetYear(Number(yearStart.slice(0, 4)), payGuide.data.employerCosts.taxYears).taxYear;
}

/** A headcount as the plan sheet takes it: a whole number of 1 or more; 1 when blank. */
function headcountOf(text: string | undefined): number {
  const given = orNull(text);
  if (given === null) return 1;
  const heads = Number(given);
  if (!Number.isInteger(heads) || heads < 1)
    throw new EngineError("#NUM!", `headcount must be a whole number of 1 or more (got "${given}").`);
  return heads;
}

/** A hire's cost a year at its start date: loaded salary, or a contractor's year when IR35 is given. */
function annualCost(row: Row, options: PlanOptions, taxYear: string): number {
  const target = orNull(options.payTarget) ?? "mid";
  const aged = (figure: Cell) => value("AGED", [figure, row.start, orNull(options.agingRate)]);
  const ir35 = orNull(row.ir35);
  if (ir35) {
    const dayRate = value("DAYRATE", [row.role, orNull(row.level), ir35, target]);
    return aged(value("CONTRACTCOST", [dayRate, orNull(options.contractDays)])) as number;
  }
  const salary = value("SALARYBAND", [
    row.role,
    orNull(row.level),
    orNull(row.location),
    target,
    orNull(row.skills),
    orNull(row.stage),
  ]);
  return value("LOADEDCOST", [aged(salary), taxYear]) as number;
}

/** One row of twelve from an engine function, or its first error thrown. */
function months(name: string, args: unknown[]): number[] {
  const [row] = evaluate(name, args);
  const error = row.find((cell): cell is EngineError => cell instanceof EngineError);
  if (error) throw error;
  return row as number[];
}

/**
 * One hire's twelve months of cost and of heads in post. HEADCOUNT goes first: its messages
 * name the start and end dates as the file does. A contractor's day rate is not reviewed.
 */
function priceRow(row: Row, options: PlanOptions, taxYear: string): { cost: number[]; heads: number[] } {
  const headcount = headcountOf(row.headcount);
  const heads = months("HEADCOUNT", [row.start, options.yearStart, orNull(row.end), headcount]);
  const annual = annualCost(row, options, taxYear) * headcount;
  const review = orNull(row.ir35) ? [null, null] : [orNull(options.reviewMonth), orNull(options.reviewRate)];
  const cost = months("MONTHLY", [annual, row.start, options.yearStart, orNull(row.end), ...review]);
  return { cost, heads };
}

const pence = (amount: number) => Math.round(amount * 100) / 100 + 0;

/** Column sums of a grid, to the penny. */
const columnTotals = (grid: readonly number[][]) =>
  grid[0].map((_, k) => pence(grid.reduce((sum, row) => sum + row[k], 0)));

/** The plan file's rows, with the line each starts on; a header names the columns. */
function readPlan(text: string): { line: number; row: Row }[] {
  let records: { record: Row; raw: string; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      info: true,
      raw: true,
      bom: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    throw new PlanFileError(`not a CSV file: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (records.length === 0) throw new PlanFileError("the plan has no rows: give a header line and one line per hire.");
  const columns = Object.keys(records[0].record);
  const unknown = columns.filter((c) => !planColumns.includes(c));
  if (unknown.length > 0)
    throw new PlanFileError(
      `unknown column ${unknown.map((c) => `"${c}"`).join(", ")}: columns are ${planColumns.join(", ")}.`,
    );
  const missing = requiredColumns.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new PlanFileError(`the header needs the column ${missing.join(" and ")}.`);
  // info.lines is the line a record ends on; a quoted field may have taken it over several.
  return records.map(({ record, raw, info }) => ({
    line: info.lines - (raw.replace(/\r?\n$/, "").match(/\n/g)?.length ?? 0),
    row: record,
  }));
}

/**
 * The plan file priced into CSV text: one row per hire with its twelve months and the year,
 * then Total, Cumulative and Headcount rows. Throws PlanFileError naming every bad line.
 */
export function pricePlan(text: string, options: PlanOptions): string {
  if (!isCalendarDate(options.yearStart) || !options.yearStart.endsWith("-01"))
    throw new PlanFileError(
      `--year-start must be the first day of a month, e.g. 2027-04-01 (got "${options.yearStart}").`,
    );
  const monthsHeader = monthStarts(options.yearStart);
  const taxYear = orNull(options.taxYear) ?? defaultTaxYear(options.yearStart);
  const plan = readPlan(text);
  const problems: string[] = [];
  const priced = plan.map(({ line, row }) => {
    try {
      return priceRow(row, options, taxYear);
    } catch (error) {
      const reason = error instanceof EngineError ? `${error.code}: ${error.message}` : String(error);
      problems.push(`line ${line}: ${reason}`);
      return { cost: [], heads: [] };
    }
  });
  if (problems.length > 0) throw new PlanFileError(problems.join("\n"));

  const totals = columnTotals(priced.map((p) => p.cost));
  let running = 0;
  const cumulative = totals.map((month) => (running = pence(running + month)));
  const blank = ["", "", "", "", ""];
  const year = (months: readonly number[]) => pence(months.reduce((a, b) => a + b, 0));
  return stringify([
    ["role", "level", "location", "start", "end", "headcount", ...monthsHeader, "year"],
    ...plan.map(({ row }, i) => [
      row.role,
      row.level ?? "",
      row.location ?? "",
      row.start,
      row.end ?? "",
      headcountOf(row.headcount),
      ...priced[i].cost,
      year(priced[i].cost),
    ]),
    ["Total", ...blank, ...totals, year(totals)],
    ["Cumulative", ...blank, ...cumulative, ""],
    ["Headcount", ...blank, ...columnTotals(priced.map((p) => p.heads)), ""],
  ]);
}

const growth = payGuide.data.trends.salaryGrowth.annualRate;
const contractorDays = payGuide.data.employerCosts.contractor.billableDaysPerYear.value;

export const planUsage = `aipay plan hires.csv --year-start 2027-04-01 [options]
  Prices a plan file into a monthly budget, as CSV on stdout. The file has a header line and
  one line per hire, in the columns
    ${planColumns.join(", ")}
  (role and start required; ir35 "outside" or "inside" prices the row as a contractor).
  Options, as the plan sheet's header:
  --year-start DATE      first day of the budget year, the first of a month (required)
  --tax-year YYYY/YY     tax year of employer rates (default: the one the plan sheet picks for that year)
  --target POINT         pay target: low, mid (default), high or a percentile such as 0.9
  --aging-rate RATE      market ageing a year from the guide's date to each start (default ${growth})
  --review-month N       month of the yearly pay review, 1-12 (default: no review)
  --review-rate RATE     the review's rise (default ${growth} with a review month)
  --contract-days N      a contractor's billable days a year (default ${contractorDays})`;

const optionNames = {
  "year-start": "yearStart",
  "tax-year": "taxYear",
  target: "payTarget",
  "aging-rate": "agingRate",
  "review-month": "reviewMonth",
  "review-rate": "reviewRate",
  "contract-days": "contractDays",
} as const;

/** The plan command: 0 with the budget on stdout, 1 with every problem on stderr and nothing on stdout. */
export function runPlan(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: Object.fromEntries(Object.keys(optionNames).map((name) => [name, { type: "string" as const }])),
    });
  } catch (error) {
    process.stderr.write(`aipay plan: ${error instanceof Error ? error.message : String(error)}\n${planUsage}\n`);
    return 1;
  }
  const [file, ...extra] = parsed.positionals;
  const yearStart = parsed.values["year-start"];
  if (file === undefined || extra.length > 0 || typeof yearStart !== "string") {
    process.stderr.write(`${planUsage}\n`);
    return 1;
  }
  const options: PlanOptions = { yearStart };
  for (const [flag, key] of Object.entries(optionNames)) {
    const given = parsed.values[flag];
    if (typeof given === "string") options[key] = given;
  }
  try {
    const text = readFileSync(file, "utf8");
    process.stdout.write(pricePlan(text, options));
    return 0;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`aipay plan ${file}: ${reason}\n`);
    return 1;
  }
}
