/**
 * One hire of the plan sheet, as the cells Excel calculates: the inputs the plan header and
 * the hire's table row hold, and the AIPAY formulas the monthly block writes for the hire
 * (src/taskpane/plan-monthly.ts, hireFormulas). The salary at the pay target is aged to the
 * start, loaded with employer costs, times the headcount, and phased by MONTHLY into twelve
 * months: four AIPAY calls, each reading the one before, so four levels of dependency.
 * `npm run bench` (plan-chain-levels) and tests/built/excel-runtime.test.ts settle these
 * cells through Microsoft's runtime. When the plan sheet prices a hire otherwise, this is the
 * one description to change: the cells, their levels and where the months are. The inputs
 * are named as PLANROW's parameters are.
 */
import { payGuide } from "../../src/engine";
import { ref, type Sheet, type Value } from "./excel-runtime";
import { excelSerial } from "./hyperformula";

const date = (iso: string) => excelSerial(new Date(`${iso}T00:00:00Z`));

/** The header's inputs (defaultAssumptions: mid pay, the trends note's ageing, no pay review) and one table row. */
export const planInputs: Sheet = {
  yearStart: date("2027-04-01"),
  taxYear: "2026/27",
  payTarget: "mid",
  agingRate: payGuide.data.trends.salaryGrowth.annualRate,
  reviewMonth: null,
  reviewRate: null,
  role: "LLM Engineer",
  level: "Senior",
  location: "London",
  start: date("2027-07-15"),
  headcount: 1,
  end: null,
};

/** The hire's formulas: Salary at target, Aged to start, Loaded cost a year, and the twelve months. */
export const hireCells: Sheet = {
  ...planInputs,
  salary: { call: "SALARYBAND", args: [ref("role"), ref("level"), ref("location"), ref("payTarget")] },
  aged: { call: "AGED", args: [ref("salary"), ref("start"), ref("agingRate")] },
  // =AIPAY.LOADEDCOST(…)*Headcount: the product is Excel's own, worked out when LOADEDCOST answers.
  loadedCost: { call: "LOADEDCOST", args: [ref("aged"), ref("taxYear")] },
  loaded: { excel: (cost, heads) => (cost as number) * (heads as number), args: [ref("loadedCost"), ref("headcount")] },
  months: {
    call: "MONTHLY",
    args: [ref("loaded"), ref("start"), ref("yearStart"), ref("end"), ref("reviewMonth"), ref("reviewRate")],
  },
};

/** Levels of AIPAY calls that wait on each other: the runtime sends one result message for each. */
export const hireLevels = 4;

/** The hire's twelve months of cost, from its settled cells. */
export const hireMonths = (values: Record<string, Value>): number[] => (values.months as number[][])[0];
