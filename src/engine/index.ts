/** The AIPAY engine: pure TypeScript, no Office imports. Adapters import from here only. */
import { loadBundledDataset } from "./data/bundled-dataset";
import { PayGuide } from "./model/guide";
import { Calculator, type BoundFunction } from "./calculator/registry";
import { latestTaxYear } from "./model/employer-costs";
import type { Matrix } from "./core/values";
import type { DateSystem } from "./calendar/dates";
import { ROLECARD_FACTS } from "./functions/rolecard";

/**
 * The guide built from the bundled dataset, validated: in full when loaded in Node, at build
 * for the web bundles (data/bundled-dataset.web.ts). Refuses to load a bad dataset.
 */
export const payGuide = new PayGuide(loadBundledDataset());

const calculator = new Calculator(payGuide);

/**
 * Evaluates an AIPAY function against the bundled guide. No answer depends on the clock.
 * The result is shared (its type is read-only): read it, never change it.
 */
export function evaluate(name: string, args: readonly unknown[]): Matrix {
  return calculator.call(name, args);
}

/**
 * Tells the engine the workbook's date system, which the date serials it is given count in;
 * true when that changes its answers (then every date answer Excel shows needs recalculating).
 */
export const useDateSystem = (system: DateSystem): boolean => calculator.useDateSystem(system);

/** One function resolved once, for callers that call it many times (the Excel adapter). */
export const bindFunction = (name: string): BoundFunction => calculator.bind(name);

/**
 * The role card's facts for SALARYBAND's arguments (role, level, location, point, skills,
 * stage; point is not read): one row, in the order of roleCardFactNames.
 */
export const roleCardFacts: BoundFunction = calculator.bindSpec(ROLECARD_FACTS);

/** The latest tax year AIPAY holds employer rates for, e.g. "2026/27": what LOADEDCOST uses when given none. */
export const defaultTaxYear: string = latestTaxYear(payGuide.data.employerCosts);

export { FUNCTIONS, Calculator, type BoundFunction } from "./calculator/registry";
export { fitForExcel } from "./calculator/excel-limit";
export { PayGuide, type Band, type Provenance } from "./model/guide";
export type { GuideSource } from "./data/schema";
export { validateDataset, DatasetError, bundledRawDataset } from "./data/dataset";
export { isCalendarDate, type DateSystem } from "./calendar/dates";
export { taxYearName } from "./calendar/tax-years";
export { ROLECARD, roleCardFactNames } from "./functions/rolecard";
export { EngineError, type Cell, type Matrix, type Scalar, type ErrorCode } from "./core/values";
