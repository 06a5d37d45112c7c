/**
 * One hire of the plan sheet, as the cells Excel calculates: the inputs the plan header and
 * the hire's table row hold, and the one PLANROW the plan sheet writes for the hire
 * (src/engine/plan/sheet.ts). For contrast, the same chain written as four nested AIPAY
 * calls (salary at the pay target, aged to the start, loaded, phased by MONTHLY), each
 * reading the one before: four levels of dependency. `npm run bench` (plan-chain-levels) and
 * tests/built/excel-runtime.test.ts settle these cells through Microsoft's runtime. The
 * inputs are named as PLANROW's parameters are.
 */
import { payGuide, planRowAt, planRowParameters } from "./engine";
import { ref, type Sheet, type Value } from "./excel-runtime";
import { excelSerial } from "./hyperformula";

const date = (iso: string) => excelSerial(new Date(`${iso}T00:00:00Z`));

/** The header's inputs (defaultAssumptions: mid pay, the trends note's ageing, no pay review) and one table row. */
export const planInputs: Sheet = {
  yearStart: date("2027-04-01"),
  taxYear: "2026/27",
  payTarget: "mid",
  agingRate: payGuide.data.trends.salaryGrowth.annualRate,
  reviewMonth: 0,
  reviewRate: payGuide.data.trends.salaryGrowth.annualRate,
  role: "LLM Engineer",
  level: "Senior",
  location: "London",
  start: date("2027-07-15"),
  headcount: 1,
  end: null,
};

/** The plan sheet's hire: one PLANROW over the row and the inputs, every argument a cell. */
export const hireCells: Sheet = {
  ...planInputs,
  row: { call: "PLANROW", args: planRowParameters.map((name) => (name in planInputs ? ref(name) : null)) },
};

/** Levels of AIPAY calls that wait on each other: the runtime sends one result message for each. */
export const hireLevels = 1;

/** The hire's twelve months of cost, from its settled cells. */
export const hireMonths = (values: Record<string, Value>): number[] =>
  (values.row as number[][])[0].slice(planRowAt.months, planRowAt.months + 12);

/** The same hire written as nested calls: Salary at target, Aged to start, Loaded cost a year, the twelve months. */
export const nestedChainCells: Sheet = {
  ...planInputs,
  salary: { call: "SALARYBAND", args: [ref("role"), ref("level"), ref("location"), ref("payTarget")] },
  aged: { call: "AGED", args: [ref("salary"), ref("start"), ref("agingRate")] },
  // =AIPAY.LOADEDCOST(…)*Headcount: the product is Excel's own, worked out when LOADEDCOST answers.
  loadedCost: { call: "LOADEDCOST", args: [ref("aged"), ref("taxYear")] },
  loaded: { excel: (cost, heads) => (cost as number) * (heads as number), args: [ref("loadedCost"), ref("headcount")] },
  // No review: MONTHLY takes none without a month.
  months: { call: "MONTHLY", args: [ref("loaded"), ref("start"), ref("yearStart"), ref("end")] },
};

/** Its levels: four calls, each waiting on the one before. */
export const nestedChainLevels = 4;
