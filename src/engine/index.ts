/** The AIPAY engine: pure TypeScript, no Office imports. Adapters import from here only. */
import { bundledRawDataset, validateDataset } from "./dataset";
import { PayGuide } from "./guide";
import { dayOfDate } from "./dates";
import { Calculator, type BoundFunction } from "./registry";
import { taxYearContaining } from "./tax-years";
import type { Matrix } from "./values";
import { ROLECARD_FACTS } from "./functions/salary";

/** The guide built from the bundled, validated dataset; refuses to load a bad dataset. */
export const payGuide = new PayGuide(validateDataset(bundledRawDataset));

const calculator = new Calculator(payGuide);

/**
 * Evaluates an AIPAY function against the bundled guide. `today` (the host's clock by
 * default) sets defaults such as the current tax year; tests pass a fixed date. The
 * result is shared (its type is read-only): read it, never change it.
 */
export function evaluate(name: string, args: readonly unknown[], today?: Date): Matrix {
  return calculator.call(name, args, today);
}

/** One function resolved once, for callers that call it many times (the Excel adapter). */
export const bindFunction = (name: string): BoundFunction => calculator.bind(name);

/**
 * The role card's facts for SALARYBAND's arguments (role, level, location, point, skills,
 * stage; point is not read): one row, in the order of roleCardFactNames.
 */
export const roleCardFacts: BoundFunction = calculator.bindSpec(ROLECARD_FACTS);

/** The UK tax year containing `today`, e.g. "2026/27": the year LOADEDCOST uses when given none. */
export const currentTaxYear = (today: Date = new Date()): string => taxYearContaining(dayOfDate(today));

export { FUNCTIONS, Calculator, type BoundFunction } from "./registry";
export { PayGuide, type Band, type Provenance } from "./guide";
export { validateDataset, DatasetError, bundledRawDataset } from "./dataset";
export { isCalendarDate } from "./dates";
export { roleCardFactNames } from "./functions/salary";
export { EngineError, type Cell, type Matrix, type Scalar, type ErrorCode } from "./values";
