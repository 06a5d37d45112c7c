/**
 * Headcount budgeting as Excel custom functions: LOADEDCOST, GROWTH, COMPARATIO,
 * RANGEPOSITION, MARKETGAP, and BASIS for any figure. The JSDoc is the declaration custom-functions-metadata-plugin reads.
 */

import { engine, invoke } from "../excel";

/**
 * Annual cost to the employer of a salary: salary + employer NI + employer pension + benefits (+ Apprenticeship Levy).
 * @customfunction LOADEDCOST
 * @helpurl https://localhost:3000/help.html#loadedcost
 * @param salary Annual salary in £, e.g. 85000.
 * @param [taxYear] Tax year, e.g. "2026/27", a date in it, or "latest". Default: the workbook's tax year (its pin, else its edition's).
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
 * Compa-ratio: a salary divided by the midpoint of its published band (1 = at the midpoint).
 * @customfunction COMPARATIO
 * @helpurl https://localhost:3000/help.html#comparatio
 * @param salary Annual salary in £.
 * @param role Role, e.g. "MLOps Engineer" or a leadership role.
 * @param level Level, e.g. "Senior", or years of experience; empty for leadership roles.
 * @param [location] A column of the role's table, e.g. "London"; default: the guide's default location.
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
 * @param [location] A column of the role's table, e.g. "London"; default: the guide's default location.
 * @returns (salary − low) ÷ (high − low); below 0 or above 1 outside the band.
 */
export function rangePosition(salary: any[][], role: any[][], level: any[][], location?: any[][]): any[][] {
  return invoke(engine.RANGEPOSITION, [salary, role, level, location]);
}

/**
 * A salary against its market band in one row: band, compa-ratio, range position, flags, gaps to low and mid, their loaded cost.
 * @customfunction MARKETGAP
 * @helpurl https://localhost:3000/help.html#marketgap
 * @param salary The employee's actual pay a year in £ (a part-timer's, not full-time equivalent).
 * @param role Role, e.g. "MLOps Engineer" or a leadership role.
 * @param level Level, e.g. "Senior", or years of experience; empty for leadership roles.
 * @param [location] A location, e.g. "London", or one derived by the guide's regional rule; default: the guide's default location.
 * @param [fte] Share of full time worked, e.g. 0.6; the band is scaled by it. Default 1.
 * @param [taxYear] Tax year of employer rates for the cost, e.g. "2026/27". Default: the workbook's tax year (its pin, else its edition's).
 * @returns One row of 12: low, mid, high, compa-ratio, range position, below band, above band, gap to low, gap to mid, cost to low, cost to mid, "Published" or "Derived".
 */
export function marketGap(
  salary: any[][],
  role: any[][],
  level: any[][],
  location?: any[][],
  fte?: any[][],
  taxYear?: any[][],
): any[][] {
  return invoke(engine.MARKETGAP, [salary, role, level, location, fte, taxYear]);
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
