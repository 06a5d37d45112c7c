/**
 * Pay figures as Excel custom functions: salary bands, day rates, premium rules, total
 * compensation and the role card, with the contractor costs that share their option words
 * (CONTRACTCOST, PERMVSCONTRACT), and PLANROW, which prices a plan row with them. The JSDoc is
 * the declaration custom-functions-metadata-plugin reads.
 */

import { engine, invoke } from "../excel";
import { roleCard as roleCardValue } from "../rolecard";

// Option words, declared as custom enums so that Excel's formula AutoComplete offers them
// (CustomFunctionsRuntime 1.5). The members are the canonical words of src/data; a test
// checks them against the engine's parameters. Parameters typed by an enum still receive
// whatever the cell holds, and the engine reads it as before: aliases, numbers and
// booleans keep working. They are ambient (declare): only the metadata and the types use
// them, so no JavaScript is emitted for them. The metadata plugin reads each file on its
// own, so an enum is declared in the one file whose functions use it.

/**
 * Which point of a band.
 * @customenum {string}
 */
declare enum Point {
  /** The 25th percentile (the low end of the published range). */
  low = "low",
  /** The arithmetic midpoint of the range (the default). */
  mid = "mid",
  /** The 75th percentile (the high end of the published range). */
  high = "high",
  /** Low and high side by side (spills 1×2). */
  range = "range",
}

/**
 * A contractor's IR35 status.
 * @customenum {string}
 */
declare enum Ir35 {
  /** Outside IR35: the guide's day rates (the default). */
  outside = "outside",
  /** Inside IR35: the contractor's effective rate, below the outside rate. */
  inside = "inside",
}

/**
 * Who pays the worker's company for an engagement inside IR35 (the fee-payer).
 * @customenum {string}
 */
declare enum FeePayer {
  /** An agency or umbrella in the chain pays, and carries the employer costs (the default). */
  agency = "agency",
  /** The client engages the worker's company directly, and adds employer NI and levy. */
  client = "client",
}

/**
 * A plan row's position.
 * @customenum {string}
 */
declare enum PositionType {
  /** A position to fill, priced at the market figure unless a salary is given (the default). */
  new = "new",
  /** An employee in post, on their own salary, with every review. */
  existing = "existing",
  /** An existing employee with a leaving date. */
  leaver = "leaver",
  /** A leaver's replacement, filled like a new position. */
  backfill = "backfill",
}

/**
 * Where a new position or backfill stands.
 * @customenum {string}
 */
declare enum PositionStatus {
  /** Open: its start moves by the time to fill, its cost by the vacancy factor (the default). */
  open = "open",
  /** An offer is out, at the salary offered. */
  offer = "offer",
  /** Hired: the start and salary are known. */
  hired = "hired",
}

/**
 * A company stage of the guide's startup vs enterprise table.
 * @customenum {string}
 */
declare enum Stage {
  /** Base salary 70–85% of market. */
  EarlyStartup = "Early Startup",
  /** Series A–C: base salary 90–100% of market. */
  ScaleUp = "Scale-up",
  /** Base salary 100–110% of market. */
  Enterprise = "Enterprise",
}

/**
 * Permanent base salary band from the UK AI & ML Engineering Salary Guide 2026 (£ a year).
 * @customfunction SALARYBAND
 * @helpurl https://localhost:3000/help.html#salaryband
 * @param role Role, e.g. "LLM Engineer" or a leadership role (AIPAY.ROLES() lists them).
 * @param level Level, e.g. "Senior" (AIPAY.LEVELS(role) lists a role's levels), or years of experience as a number.
 * @param [location] Location, e.g. "London" (AIPAY.LOCATIONS() lists them; some are derived). Default: the guide's default location.
 * @param [point] "mid" (default), "low" (25th), "high" (75th percentile), "range" (both), or a percentile, e.g. 0.9 (modelled; not on "+" bands).
 * @param [skills] Premium skills: one name, a comma-separated list or a range, e.g. "Kubernetes" or "RAG, LoRA". The largest premium applies.
 * @param [stage] Company stage, e.g. "Scale-up" (AIPAY.STAGES() lists them). Scales base pay to the guide's share of market.
 * @returns The salary in £ a year, or low and high side by side for "range".
 */
export function salaryBand(
  role: any[][],
  level: any[][],
  location?: any[][],
  point?: Point[][],
  skills?: any[][],
  stage?: Stage[][],
): any[][] {
  return invoke(engine.SALARYBAND, [role, level, location, point, skills, stage]);
}

/**
 * Contractor day rate from the UK AI & ML Engineering Salary Guide 2026 (£ a day).
 * @customfunction DAYRATE
 * @helpurl https://localhost:3000/help.html#dayrate
 * @param role Role with day rates, e.g. "ML Engineer" (AIPAY.ROLES("dayrate") lists them).
 * @param level Day-rate level, e.g. "Senior" (AIPAY.LEVELS(role, "dayrate") lists them).
 * @param [ir35] "outside" (default) or "inside" IR35 (TRUE). Inside is the contractor's effective rate, not the client's cost (CONTRACTCOST).
 * @param [point] "mid" (default), "low", "high" or "range".
 * @param [specialist] TRUE for the guide's specialist day rate, where it publishes one (senior ML Engineers). Default FALSE.
 * @returns The day rate in £, or low and high side by side for "range".
 */
export function dayRate(
  role: any[][],
  level: any[][],
  ir35?: Ir35[][],
  point?: Point[][],
  specialist?: any[][],
): any[][] {
  return invoke(engine.DAYRATE, [role, level, ir35, point, specialist]);
}

/**
 * A role card data type: band, day rates, loaded cost, skills and provenance as fields (=A2.Mid); the mid salary on older Excel.
 * @customfunction ROLECARD
 * @helpurl https://localhost:3000/help.html#rolecard
 * @param role Role with a permanent band, e.g. "LLM Engineer" or a leadership role.
 * @param level Level, as for SALARYBAND; empty for leadership roles.
 * @param [location] As for SALARYBAND; default: the guide's default location.
 * @param [skills] As for SALARYBAND: premium skills, one name, a comma-separated list or a range; the largest premium applies.
 * @param [stage] Company stage, as for SALARYBAND.
 * @returns The role card, or the mid salary in £ a year where Excel has no data types.
 */
export function roleCard(
  role: any[][],
  level: any[][],
  location?: any[][],
  skills?: any[][],
  stage?: Stage[][],
): any[][] {
  return roleCardValue([role, level, location, skills, stage]);
}

/**
 * A premium skill's salary premium for a role, as a fraction of base (0.05 = 5%).
 * @customfunction SKILLPREMIUM
 * @helpurl https://localhost:3000/help.html#skillpremium
 * @param role Role with premium skills, e.g. "AI Engineer" (AIPAY.SKILLS(role) lists a role's skills).
 * @param skill One of the role's premium skills, e.g. "Kubernetes", "RAG", "vLLM", "dbt".
 * @param [point] "mid" (default), "low", "high" or "range".
 * @returns The premium as a fraction, or low and high side by side for "range".
 */
export function skillPremium(role: any[][], skill: any[][], point?: Point[][]): any[][] {
  return invoke(engine.SKILLPREMIUM, [role, skill, point]);
}

/**
 * A location's pay as a multiple of London's (guide section 8).
 * @customfunction LOCATIONFACTOR
 * @helpurl https://localhost:3000/help.html#locationfactor
 * @param location A location of the guide's regional comparison, e.g. "Manchester".
 * @param [point] "mid" (default), "low" (the larger discount), "high" (the smaller discount) or "range".
 * @returns The multiplier vs London, or low and high side by side for "range".
 */
export function locationFactor(location: any[][], point?: Point[][]): any[][] {
  return invoke(engine.LOCATIONFACTOR, [location, point]);
}

/**
 * Total compensation (£ a year): base + target bonus + annualised equity, from the guide's leadership and company-stage tables.
 * @customfunction TOTALCOMP
 * @helpurl https://localhost:3000/help.html#totalcomp
 * @param role Role, as for SALARYBAND.
 * @param level Level, as for SALARYBAND; empty for leadership roles.
 * @param [location] As for SALARYBAND; default: the guide's default location.
 * @param [point] "mid" (default), "low", "high" or "range". Low and high are bounds (all low parts, all high parts), not percentiles.
 * @param [skills] As for SALARYBAND: premium skills, one name, a comma-separated list or a range.
 * @param [stage] Company stage, as for SALARYBAND; required except for leadership roles.
 * @param [valuation] Company valuation in £, to value startup and scale-up equity (vested over 4 years). Without it that equity counts as 0.
 * @returns Total compensation in £ a year, or low and high side by side for "range".
 */
export function totalComp(
  role: any[][],
  level: any[][],
  location?: any[][],
  point?: Point[][],
  skills?: any[][],
  stage?: Stage[][],
  valuation?: any[][],
): any[][] {
  return invoke(engine.TOTALCOMP, [role, level, location, point, skills, stage, valuation]);
}

/**
 * The client's yearly cost of a contractor: day rate × days, plus employer NI and levy inside IR35 if the client is fee-payer.
 * @customfunction CONTRACTCOST
 * @helpurl https://localhost:3000/help.html#contractcost
 * @param dayRate Assignment day rate in £, e.g. 625 (DAYRATE outside IR35).
 * @param [days] Billable days, 1 to 366. Default (or 0): AIPAY's contractor year (weekdays less leave, bank holidays and gaps).
 * @param [ir35] "outside" (default) or "inside" IR35; TRUE means inside.
 * @param [feePayer] Inside IR35, who pays the worker's company: "agency" (default; an agency or umbrella) or "client" (adds employer NI and levy).
 * @param [taxYear] Tax year of employer rates when the client is the fee-payer. Default: the workbook's (its pin, else its edition's).
 * @returns The cost in £ a year.
 */
export function contractCost(
  dayRate: any[][],
  days?: any[][],
  ir35?: Ir35[][],
  feePayer?: FeePayer[][],
  taxYear?: any[][],
): any[][] {
  return invoke(engine.CONTRACTCOST, [dayRate, days, ir35, feePayer, taxYear]);
}

/**
 * Permanent hire versus contractor for one role and level, as a labelled 6×2 table that spills.
 * @customfunction PERMVSCONTRACT
 * @helpurl https://localhost:3000/help.html#permvscontract
 * @param role Role with both salaries and day rates, e.g. "MLOps Engineer".
 * @param level Level with a day rate, e.g. "Senior" (AIPAY.LEVELS(role, "dayrate") lists them).
 * @param [location] Location of the permanent band, a column of its table, e.g. "London"; default: the guide's default location.
 * @param [ir35] "outside" (default) or "inside" IR35; TRUE means inside.
 * @param [days] Contractor billable days. Default: AIPAY's contractor year, as for CONTRACTCOST.
 * @param [taxYear] Tax year for the employer costs, e.g. "2026/27". Default: the workbook's (its pin, else its edition's).
 * @param [feePayer] Inside IR35: "agency" (default) or "client" (the client also pays employer NI and levy on the fees).
 * @returns Six rows of label and £: salary, loaded cost, assignment day rate, the client's contractor cost, difference, ratio.
 */
export function permVsContract(
  role: any[][],
  level: any[][],
  location?: any[][],
  ir35?: Ir35[][],
  days?: any[][],
  taxYear?: any[][],
  feePayer?: FeePayer[][],
): any[][] {
  return invoke(engine.PERMVSCONTRACT, [role, level, location, ir35, days, taxYear, feePayer]);
}

/**
 * One plan row priced: kind, market rate, pay, compa-ratio, cost a year; 12 months each of cost, one-off costs and heads.
 * @customfunction PLANROW
 * @helpurl https://localhost:3000/help.html#planrow
 * @param role A role, e.g. "AI Engineer".
 * @param level A level name, e.g. "Senior"; empty for a leadership role.
 * @param start The first day employed or engaged: a date cell or ISO text.
 * @param yearStart First day of the budget year, the first of a month, e.g. "2027-04-01".
 * @param [location] A location, e.g. "London". Default: the guide's default location.
 * @param [end] The last day employed, for a leaver. Default: none.
 * @param [headcount] Heads on the row; 0.5 is one person at half time. Default 1.
 * @param [type] "new", "existing", "leaver" or "backfill". Default "new".
 * @param [status] For a new position or backfill: "open", "offer" or "hired". Default "open".
 * @param [salary] An employee's own salary a year (in post, offered or agreed); replaces the market figure. Default: the market figure.
 * @param [agencyFee] This row's recruitment fee as a share of first-year salary, or "direct". Default: agencyFeeRate.
 * @param [skills] Premium skills, comma-separated (employees only). Default: none.
 * @param [stage] A company stage (employees only). Default: none.
 * @param [ir35] "outside" or "inside" for a contractor; empty for an employee.
 * @param [feePayer] Inside IR35, "agency" or "client". Default: defaultFeePayer.
 * @param [taxYear] Tax year of employer rates, e.g. "2026/27". Default: the one starting in the budget year's first April.
 * @param [payTarget] "low", "mid", "high" or a percentile such as 0.9. Default "mid".
 * @param [agingRate] Market growth a year from the guide's date to the start. Default: the trends note's growth.
 * @param [reviewMonth] Month of the yearly pay review, 1–12; 0 for none. Default: none.
 * @param [reviewRate] The review's rise, e.g. 0.04. Default: the trends note's growth.
 * @param [qualifyingMonths] Months a new starter must be in post by a review to get it. Default 6.
 * @param [contractDays] A contractor's billable days a year. Default: AIPAY's contractor year.
 * @param [defaultFeePayer] Inside IR35, who pays when feePayer is empty: "agency" or "client". Default "agency".
 * @param [timeToFill] Months an open position takes to fill: its start moves by them. Default 0.
 * @param [vacancyFactor] Share of open positions' cost expected to go unspent, e.g. 0.05. Default 0.
 * @param [agencyFeeRate] Agency fee as a share of first-year salary for new positions and backfills. Default 0.
 * @returns One row of 43: kind, market rate, market aged, pay, compa-ratio, cost a year, 12 months each of cost, one-off costs and heads, the year's cost.
 */
export function planRow(
  role: any[][],
  level: any[][],
  start: any[][],
  yearStart: any[][],
  location?: any[][],
  end?: any[][],
  headcount?: any[][],
  type?: PositionType[][],
  status?: PositionStatus[][],
  salary?: any[][],
  agencyFee?: any[][],
  skills?: any[][],
  stage?: Stage[][],
  ir35?: Ir35[][],
  feePayer?: FeePayer[][],
  taxYear?: any[][],
  payTarget?: any[][],
  agingRate?: any[][],
  reviewMonth?: any[][],
  reviewRate?: any[][],
  qualifyingMonths?: any[][],
  contractDays?: any[][],
  defaultFeePayer?: any[][],
  timeToFill?: any[][],
  vacancyFactor?: any[][],
  agencyFeeRate?: any[][],
): any[][] {
  return invoke(engine.PLANROW, [
    role,
    level,
    start,
    yearStart,
    location,
    end,
    headcount,
    type,
    status,
    salary,
    agencyFee,
    skills,
    stage,
    ir35,
    feePayer,
    taxYear,
    payTarget,
    agingRate,
    reviewMonth,
    reviewRate,
    qualifyingMonths,
    contractDays,
    defaultFeePayer,
    timeToFill,
    vacancyFactor,
    agencyFeeRate,
  ]);
}
