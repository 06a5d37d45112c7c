/**
 * AIPAY's Excel custom functions, declared once. The JSDoc here is the declaration:
 * custom-functions-metadata-plugin turns it into functions.json and associates each
 * function at build time. Every body hands Excel's arguments to the engine unchanged.
 *
 * Every parameter is a range (any[][]): Excel passes a single cell as a 1×1 range and
 * an omitted argument as null, and the engine lifts the function over whole ranges so
 * that one formula can price a whole plan.
 */

import { engine, invoke } from "./excel";
import { roleCard as roleCardValue } from "./rolecard";

// Option words, declared as custom enums so that Excel's formula AutoComplete offers them
// (CustomFunctionsRuntime 1.5). The members are the canonical words of src/data; a test
// checks them against the engine's lists. Parameters typed by an enum still receive
// whatever the cell holds, and the engine reads it as before: aliases, numbers and
// booleans keep working. They are ambient (declare): only the metadata and the types use
// them, so no JavaScript is emitted for them.

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
 * One of the guide's kinds of table.
 * @customenum {string}
 */
declare enum RoleTable {
  /** Permanent salaries by level. */
  salary = "salary",
  /** Contractor day rates. */
  dayrate = "dayrate",
  /** Leadership roles: one band per location. */
  leadership = "leadership",
}

/**
 * A field of the guide's source record.
 * @customenum {string}
 */
declare enum SourceKey {
  /** The guide's title. */
  name = "name",
  /** Who published it. */
  publisher = "publisher",
  /** The edition. */
  edition = "edition",
  /** The date its figures are as of. */
  asOf = "asOf",
  /** The day AIPAY takes the figures to be as of, from which AGED ages them. */
  effectiveDate = "effectiveDate",
  /** Why that day was chosen. */
  effectiveDateBasis = "effectiveDateBasis",
  /** The period of market data it covers. */
  coverage = "coverage",
  /** Which percentiles its salary ranges are. */
  percentiles = "percentiles",
  /** The full citation (the default). */
  citation = "citation",
  /** The file the dataset transcribes. */
  document = "document",
  /** The market data sources the guide lists (spills a column). */
  inputs = "inputs",
  /** The guide section that states its methodology. */
  reference = "reference",
}

/**
 * Permanent base salary band from the UK AI & ML Engineering Salary Guide 2026 (£ a year).
 * @customfunction SALARYBAND
 * @helpurl https://localhost:3000/help.html#salaryband
 * @param role Role, e.g. "LLM Engineer" or a leadership role (AIPAY.ROLES() lists them).
 * @param level Level, e.g. "Junior", "Mid-Level", "Senior", "Staff/Principal", or years of experience as a number.
 * @param [location] Location, e.g. "London"; default "UK National". AIPAY.LOCATIONS() lists them; some are derived from London.
 * @param [point] "mid" (default), "low" (25th), "high" (75th percentile), "range" (both), or a percentile, e.g. 0.9 (modelled; not on "+" bands).
 * @param [skills] Premium skills: one name, a comma-separated list or a range, e.g. "Kubernetes" or "RAG, LoRA". The largest premium applies.
 * @param [stage] Company stage: "Early Startup", "Scale-up" or "Enterprise". Scales base pay to the guide's share of market.
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
 * @param level Level: "Mid-Level", "Senior" or "Lead/Principal".
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
 * @param [location] As for SALARYBAND; default "UK National".
 * @param [skills] As for SALARYBAND: premium skills whose largest premium applies to the band.
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
 * The guide's role names, as a vertical list for data validation.
 * @customfunction ROLES
 * @helpurl https://localhost:3000/help.html#roles
 * @param [table] All roles by default, or only those with a "salary", "dayrate" or "leadership" table.
 * @returns One role per row.
 */
export function roles(table?: RoleTable[][]): any[][] {
  return invoke(engine.ROLES, [table]);
}

/**
 * The levels the guide publishes for a role, as a vertical list.
 * @customfunction LEVELS
 * @helpurl https://localhost:3000/help.html#levels
 * @param role Role, e.g. "LLM Engineer".
 * @param [table] "salary" (default when the role has permanent salaries) or "dayrate".
 * @returns One level per row.
 */
export function levels(role: any[][], table?: RoleTable[][]): any[][] {
  return invoke(engine.LEVELS, [role, table]);
}

/**
 * The locations the guide publishes, as a vertical list.
 * @customfunction LOCATIONS
 * @helpurl https://localhost:3000/help.html#locations
 * @returns One location per row.
 */
export function locations(): any[][] {
  return invoke(engine.LOCATIONS, []);
}

/**
 * A role's premium skills as the guide lists them, as a vertical list (for SALARYBAND's skills).
 * @customfunction SKILLS
 * @helpurl https://localhost:3000/help.html#skills
 * @param role Role with premium skills, e.g. "AI Engineer" (AIPAY.SKILLS(role) lists a role's skills).
 * @returns One skill per row.
 */
export function skills(role: any[][]): any[][] {
  return invoke(engine.SKILLS, [role]);
}

/**
 * The company stages of the guide's startup vs enterprise table, as a vertical list (for SALARYBAND's stage).
 * @customfunction STAGES
 * @helpurl https://localhost:3000/help.html#stages
 * @returns One stage per row.
 */
export function stages(): any[][] {
  return invoke(engine.STAGES, []);
}

/**
 * Where AIPAY's figures come from: the guide's name, edition and as-of date.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/help.html#source
 * @param [key] One field, e.g. "citation", "asOf", "publisher", "coverage" or "inputs" (an unknown key lists all). Omit for the full citation.
 * @returns The citation, or the field asked for.
 */
export function source(key?: SourceKey[][]): any[][] {
  return invoke(engine.SOURCE, [key]);
}

// ---- Premium rules ----

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
 * @param [location] As for SALARYBAND; default "UK National".
 * @param [point] "mid" (default), "low", "high" or "range". Low and high are bounds (all low parts, all high parts), not percentiles.
 * @param [skills] As for SALARYBAND.
 * @param [stage] "Early Startup", "Scale-up" or "Enterprise"; required except for leadership roles.
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

// ---- Headcount budgeting ----

/**
 * Annual cost to the employer of a salary: salary + employer NI + employer pension + benefits (+ Apprenticeship Levy).
 * @customfunction LOADEDCOST
 * @helpurl https://localhost:3000/help.html#loadedcost
 * @param salary Annual salary in £, e.g. 85000.
 * @param [taxYear] Tax year, e.g. "2026/27", or a date in it. Default (or "latest"): the latest tax year whose rates AIPAY holds.
 * @param [pensionRate] Employer pension rate on qualifying earnings. Default: the tax year's auto-enrolment minimum.
 * @param [benefitsRate] Benefits as a fraction of salary, e.g. 0.05. Default 0.
 * @param [levy] TRUE if the employer pays the Apprenticeship Levy (a pay bill over the year's allowance). Default FALSE.
 * @returns The loaded annual cost in £.
 */
export function loadedCost(
  salary: any[][],
  taxYear?: any[][],
  pensionRate?: any[][],
  benefitsRate?: any[][],
  levy?: any[][],
): any[][] {
  return invoke(engine.LOADEDCOST, [salary, taxYear, pensionRate, benefitsRate, levy]);
}

/**
 * The share of an amount that falls inside a period, by days employed (both ends counted).
 * @customfunction PRORATE
 * @helpurl https://localhost:3000/help.html#prorate
 * @param annualAmount The amount for the whole period, e.g. a loaded annual cost.
 * @param startDate Start date: a date cell or ISO text such as "2026-07-01".
 * @param [periodStart] First day of the period. Default: 1 January of the start date's year (or a year before periodEnd).
 * @param [periodEnd] Last day of the period. Default: 31 December of the start date's year (or a year after periodStart).
 * @param [endDate] Leaving date (the last day employed), if any.
 * @returns The prorated amount in £.
 */
export function prorate(
  annualAmount: any[][],
  startDate: any[][],
  periodStart?: any[][],
  periodEnd?: any[][],
  endDate?: any[][],
): any[][] {
  return invoke(engine.PRORATE, [annualAmount, startDate, periodStart, periodEnd, endDate]);
}

/**
 * Projects an amount between two dates with compound annual growth.
 * @customfunction GROWTH
 * @helpurl https://localhost:3000/help.html#growth
 * @param amount The amount at fromDate, e.g. a survey salary.
 * @param fromDate The date the amount is for, e.g. the survey date.
 * @param toDate The date to project to, e.g. the budget date.
 * @param [annualRate] Growth a year as a fraction. Default: the growth the AI & ML Hiring Trends Q1 2026 note projects.
 * @returns The projected amount in £.
 */
export function growth(amount: any[][], fromDate: any[][], toDate: any[][], annualRate?: any[][]): any[][] {
  return invoke(engine.GROWTH, [amount, fromDate, toDate, annualRate]);
}

/**
 * The client's yearly cost of a contractor: day rate × days, plus employer NI and levy inside IR35 if the client is fee-payer.
 * @customfunction CONTRACTCOST
 * @helpurl https://localhost:3000/help.html#contractcost
 * @param dayRate Assignment day rate in £, e.g. 625 (DAYRATE outside IR35).
 * @param [days] Billable days, 0 to 366. Default: AIPAY's contractor year (weekdays less leave, bank holidays and gaps).
 * @param [ir35] "outside" (default) or "inside" IR35; TRUE means inside.
 * @param [feePayer] Inside IR35, who pays the worker's company: "agency" (default; an agency or umbrella) or "client" (adds employer NI and levy).
 * @param [taxYear] Tax year of the employer rates when the client is the fee-payer. Default: the latest AIPAY holds.
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
 * @param level "Mid-Level", "Senior" or "Lead/Principal" (also "Staff/Principal").
 * @param [location] Location of the permanent band, a column of its table, e.g. "London"; default "UK National".
 * @param [ir35] "outside" (default) or "inside" IR35; TRUE means inside.
 * @param [days] Contractor billable days. Default: AIPAY's contractor year, as for CONTRACTCOST.
 * @param [taxYear] Tax year for the employer costs, e.g. "2026/27". Default: the latest tax year AIPAY holds rates for.
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
 * Compa-ratio: a salary divided by the midpoint of its published band (1 = at the midpoint).
 * @customfunction COMPARATIO
 * @helpurl https://localhost:3000/help.html#comparatio
 * @param salary Annual salary in £.
 * @param role Role, e.g. "MLOps Engineer" or a leadership role.
 * @param level Level, e.g. "Senior", or years of experience; empty for leadership roles.
 * @param [location] A column of the role's table, e.g. "London"; default "UK National".
 * @returns Salary ÷ band midpoint.
 */
export function compaRatio(salary: any[][], role: any[][], level: any[][], location?: any[][]): any[][] {
  return invoke(engine.COMPARATIO, [salary, role, level, location]);
}

/**
 * Where a salary sits in its published band: 0 at the 25th percentile, 1 at the 75th.
 * @customfunction RANGEPOSITION
 * @helpurl https://localhost:3000/help.html#rangeposition
 * @param salary Annual salary in £.
 * @param role Role, e.g. "MLOps Engineer" or a leadership role.
 * @param level Level, e.g. "Senior", or years of experience; empty for leadership roles.
 * @param [location] A column of the role's table, e.g. "London"; default "UK National".
 * @returns (salary − low) ÷ (high − low); below 0 or above 1 outside the band.
 */
export function rangePosition(salary: any[][], role: any[][], level: any[][], location?: any[][]): any[][] {
  return invoke(engine.RANGEPOSITION, [salary, role, level, location]);
}

/**
 * Whether a figure is published by the guide or derived, and by which rules. Give a figure function's name, then its arguments.
 * @customfunction BASIS
 * @helpurl https://localhost:3000/help.html#basis
 * @param functionName The figure function, e.g. "SALARYBAND", "DAYRATE", "TOTALCOMP", "LOADEDCOST" or "CONTRACTCOST".
 * @param [arg1] That function's first argument, e.g. the role.
 * @param [arg2] Its second argument.
 * @param [arg3] Its third argument.
 * @param [arg4] Its fourth argument.
 * @param [arg5] Its fifth argument (skills as one cell, e.g. "RAG, LoRA").
 * @param [arg6] Its sixth argument.
 * @param [arg7] Its seventh argument.
 * @returns "Published: section, table (…)" or "Derived: the rules; From section, table (…)".
 */
export function basis(
  functionName: any[][],
  arg1?: any[][],
  arg2?: any[][],
  arg3?: any[][],
  arg4?: any[][],
  arg5?: any[][],
  arg6?: any[][],
  arg7?: any[][],
): any[][] {
  return invoke(engine.BASIS, [functionName, arg1, arg2, arg3, arg4, arg5, arg6, arg7]);
}

/**
 * An annual amount phased over the twelve months of a budget year by days employed (as PRORATE counts them): a row of 12.
 * @customfunction MONTHLY
 * @helpurl https://localhost:3000/help.html#monthly
 * @param annualAmount The amount a year at the start date, e.g. a loaded annual cost.
 * @param startDate Start date: a date cell or ISO text such as "2027-07-15".
 * @param yearStart First day of the budget year, the first of a month: "2027-04-01" for April, "2027-01-01" for January.
 * @param [endDate] Leaving date (the last day employed), if any.
 * @param [reviewMonth] Month of the yearly pay review, 1–12 (4 = April): pay rises on its 1st each year after the start. Default: none.
 * @param [reviewRate] The review's rise as a fraction, e.g. 0.03. Default with a review month: the trends note's growth.
 * @returns Twelve amounts in £, one per month; rounded to the penny, the rounding remainder in the last month with pay.
 */
export function monthly(
  annualAmount: any[][],
  startDate: any[][],
  yearStart: any[][],
  endDate?: any[][],
  reviewMonth?: any[][],
  reviewRate?: any[][],
): any[][] {
  return invoke(engine.MONTHLY, [annualAmount, startDate, yearStart, endDate, reviewMonth, reviewRate]);
}

/**
 * Headcount in post at the end of each month of a budget year, as one row of twelve that spills.
 * @customfunction HEADCOUNT
 * @helpurl https://localhost:3000/help.html#headcount
 * @param startDate Start date: a date cell or ISO text such as "2027-07-15".
 * @param yearStart First day of the budget year, the first of a month, e.g. "2027-04-01".
 * @param [endDate] Leaving date (the last day employed), if any: a leaver on a month's last day counts in that month.
 * @param [headcount] Heads (or full-time equivalents) for the row. Default 1.
 * @returns Twelve headcounts, one per month.
 */
export function headcount(startDate: any[][], yearStart: any[][], endDate?: any[][], headcount?: any[][]): any[][] {
  return invoke(engine.HEADCOUNT, [startDate, yearStart, endDate, headcount]);
}

/**
 * A guide figure aged from the dataset's effective date (AIPAY.SOURCE("effectiveDate")) to a date, growing yearly.
 * @customfunction AGED
 * @helpurl https://localhost:3000/help.html#aged
 * @param amount A figure as of the guide's date, e.g. AIPAY.SALARYBAND(…).
 * @param toDate The date to age it to, e.g. a hire's start date.
 * @param [annualRate] Growth a year as a fraction. Default: the growth the hiring trends note projects.
 * @returns The aged amount in £.
 */
export function aged(amount: any[][], toDate: any[][], annualRate?: any[][]): any[][] {
  return invoke(engine.AGED, [amount, toDate, annualRate]);
}
