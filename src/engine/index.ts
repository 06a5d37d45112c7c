/** The AIPAY engine: pure TypeScript, no Office imports. Adapters import from here only. */
import { loadBundledDataset } from "./data/bundled-dataset";
import { PayGuide } from "./model/guide";
import { Calculator, type BoundFunction } from "./calculator/registry";
import { latestTaxYear } from "./model/employer-costs";
import type { Matrix } from "./core/values";
import type { DateSystem } from "./calendar/dates";
import { ROLECARD_FACTS } from "./functions/rolecard";
import { FUNCTIONS as MARKET_FUNCTIONS } from "./calculator/functions";
import { PLANROW } from "./plan/planrow";
import { priceHire, type PricedHire } from "./plan/price";
import { resolveInputs, type PlanInputsGiven, type PlanInputValues } from "./plan/inputs";
import type { PlanRowValues } from "./plan/fields";
import { planSheet, type PlanSheet } from "./plan/sheet";
import type { TableLine, TableRow } from "./census/columns";
import type { CensusColumn, CompanyBandColumn, JobMapColumn } from "./census/fields";
import { JobMap, JobMatcher } from "./census/matching";
import { CompanyBands } from "./census/bands";
import { Places } from "./census/place";
import {
  censusOptions,
  pricePerson,
  type CensusOptions,
  type CensusOptionsGiven,
  type CensusPerson,
} from "./census/person";

/**
 * The guide built from the bundled dataset, validated: in full when loaded in Node, at build
 * for the web bundles (data/bundled-dataset.web.ts). Refuses to load a bad dataset.
 */
export const payGuide = new PayGuide(loadBundledDataset());

/** Every AIPAY worksheet function: the market and budget functions, and PLANROW built on them. */
export const FUNCTIONS = [...MARKET_FUNCTIONS, PLANROW];

const calculator = new Calculator(payGuide, { functions: FUNCTIONS });

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

/** A plan's inputs with their defaults applied and checked; throws an EngineError naming the first problem. */
export const resolvePlanInputs = (given: PlanInputsGiven): PlanInputValues => resolveInputs(payGuide, given);

/** One plan row priced through the engine's functions; throws an EngineError naming the first problem. */
export const pricePlanRow = (row: PlanRowValues, inputs: PlanInputValues): PricedHire =>
  priceHire(callBound, payGuide, row, inputs);

/** The chain's functions, each resolved once: a plan calls five a row. */
const boundFunctions = new Map<string, BoundFunction>();
const callBound = (name: string, args: readonly unknown[]): Matrix => {
  let bound = boundFunctions.get(name);
  if (!bound) boundFunctions.set(name, (bound = calculator.bind(name)));
  return bound(args);
};

/** The plan sheet's cells for these rows and inputs, its formulas in `namespace` (AIPAY, or the development build's). */
export const planSheetFor = (rows: readonly PlanRowValues[], inputs: PlanInputValues, namespace: string): PlanSheet =>
  planSheet(payGuide, rows, inputs, namespace);

export { Calculator, type BoundFunction } from "./calculator/registry";
export { planFields, requiredFields, type PlanField, type FieldName, type PlanRowValues } from "./plan/fields";
export { planInputs, type PlanInput, type InputName, type PlanInputsGiven, type PlanInputValues } from "./plan/inputs";
export { planRowColumns, planRowAt, planRowCells, planRowParameters, kindLabels } from "./plan/planrow";
export { type PricedHire, type HireKind } from "./plan/price";
export { sumInPence } from "./core/money";
export { PlanSummary, PlanSums, scenarioTargets, type SummaryRow, type ScenarioTarget } from "./plan/summary";
export { chainFormulas } from "./plan/formulas";
export { columnLetter } from "./plan/sheet-columns";
export { type PlanSheet, type TotalRow } from "./plan/sheet";
export { budgetYear, budgetYears, nameAndDetail, type BudgetYear } from "./calendar/budget-year";
export { PlanMessage } from "./core/messages";
export { fitForExcel } from "./calculator/excel-limit";
export { PayGuide, type Band, type Provenance } from "./model/guide";
export type { GuideSource } from "./data/schema";
export { validateDataset, DatasetError, bundledRawDataset } from "./data/dataset";
export { isCalendarDate, type DateSystem } from "./calendar/dates";
export { isoFromUk, ukFromIso } from "./calendar/uk-date";
export { fittedPercentiles } from "./model/normal";
export { taxYearName } from "./calendar/tax-years";
export { ROLECARD, roleCardFactNames } from "./functions/rolecard";
export { EngineError, type Cell, type Matrix, type Scalar, type ErrorCode } from "./core/values";

/** A company's job map (title and level → guide role and level) read and checked; throws a TableError naming every bad line. */
export const readJobMap = (lines: Iterable<TableLine<JobMapColumn>>): JobMap => new JobMap(payGuide, lines);

/** A company's band table read, checked and compared with the market; throws a TableError naming every bad line. */
export const readCompanyBands = (lines: Iterable<TableLine<CompanyBandColumn>>, map?: JobMap): CompanyBands =>
  new CompanyBands(payGuide, callBound, new JobMatcher(payGuide, map), new Places(payGuide), lines);

/** A census's options with their defaults applied and checked, for all its people; throws an EngineError. */
export const resolveCensusOptions = (given: CensusOptionsGiven, map?: JobMap, bands?: CompanyBands): CensusOptions =>
  censusOptions(payGuide, given, new JobMatcher(payGuide, map), new Places(payGuide), bands);

/** One census row priced through the engine's functions; throws an EngineError naming the column at fault. */
export const priceCensusRow = (row: TableRow<CensusColumn>, options: CensusOptions): CensusPerson =>
  pricePerson(callBound, payGuide, row, options);

export { CensusMessage } from "./core/messages";
export { headerColumns, TableError, type TableColumn, type TableLine, type TableRow } from "./census/columns";
export { censusColumns, jobMapColumns, companyBandColumns, type CensusColumn } from "./census/fields";
export { type JobMap } from "./census/matching";
export { type CompanyBands, type CompanyBand, type BandComparison } from "./census/bands";
export {
  CensusIds,
  type CensusOptions,
  type CensusOptionsGiven,
  type CensusPerson,
  type CensusTarget,
} from "./census/person";
export { CensusSummary, censusGroups, type CensusSummaryLine } from "./census/summary";
export { marketGapColumns } from "./functions/marketgap";
