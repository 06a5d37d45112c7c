/**
 * The AIPAY engine: pure TypeScript, no Office imports. Adapters import from here only, and
 * each makes its own engine for the dataset it was given (bundledEngine for the shipped data):
 * nothing here is built when the module loads.
 */
import { loadBundledDataset } from "./data/bundled-dataset";
import { AipayEngine } from "./workbook/engine";

/**
 * An engine for the bundled dataset, validated: in full when loaded in Node, at build for the
 * web bundles (data/bundled-dataset.web.ts). Refuses to load a bad dataset.
 */
export const bundledEngine = (): AipayEngine => new AipayEngine(loadBundledDataset());

export { AipayEngine, FUNCTIONS, type WorkbookPin, type EditionFunctions } from "./workbook/engine";
export {
  resolvePlanInputs,
  pricePlanRow,
  planSheetFor,
  editionSources,
  planAssumptions,
  sourcesSheet,
  editionTotals,
  type EditionTotal,
} from "./workbook/plans";
export {
  readJobMap,
  readCompanyBands,
  resolveCensusOptions,
  priceCensusRow,
  censusAssumptions,
} from "./workbook/census";
export { EditionLibrary, type EditionInfo } from "./model/editions";
export { editionColumns, changeColumns } from "./functions/editions";
export type { Dataset } from "./data/dataset-schema";
export type { SharedSheet, SourceItem, SourcesSheet } from "./plan/sources";
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
export { pinNames, pinFormula, pinValue, pinFromNames, pinChangedEvent } from "./workbook/pin-names";
export { planOnSheet, type PlanOnSheet } from "./plan/sheet-reading";

export { CensusMessage } from "./core/messages";
export {
  CellError,
  headerColumns,
  TableError,
  whereIs,
  type TableColumn,
  type TableLine,
  type TableRow,
} from "./census/columns";
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
export { bandColumns, personColumns, summaryColumns, type ReportCell, type ReportColumn } from "./census/report";
export { censusReportSheet, type CensusReport, type CensusReportSheet, type ReportPerson } from "./census/report-sheet";
