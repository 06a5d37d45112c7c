/**
 * The engine as the tests use it: everything src/engine exports, and one engine for the
 * bundled dataset with no workbook pin (the dataset's default edition), with its functions
 * under the names the tests call them by.
 */
import { bundledEngine, type PlanInputsGiven, type PlanInputValues, type PlanRowValues } from "../../src/engine";
import type { DateSystem } from "../../src/engine";

export * from "../../src/engine";

export const bundled = bundledEngine();
export const payGuide = bundled.guide();
export const defaultTaxYear = bundled.inForce().taxYear;
export const evaluate = (name: string, args: readonly unknown[]) => bundled.evaluate(name, args);
export const bindFunction = (name: string) => bundled.bind(name);
export const useDateSystem = (system: DateSystem) => bundled.useDateSystem(system);
export const roleCardFacts = (args: readonly unknown[]) => bundled.roleCardFacts(args);
export const resolvePlanInputs = (given: PlanInputsGiven) => bundled.resolvePlanInputs(given);
export const pricePlanRow = (row: PlanRowValues, inputs: PlanInputValues) => bundled.pricePlanRow(row, inputs);
export const planSheetFor = (rows: readonly PlanRowValues[], inputs: PlanInputValues, namespace: string) =>
  bundled.planSheetFor(rows, inputs, namespace);
export const readJobMap = (...args: Parameters<typeof bundled.readJobMap>) => bundled.readJobMap(...args);
export const readCompanyBands = (...args: Parameters<typeof bundled.readCompanyBands>) =>
  bundled.readCompanyBands(...args);
export const resolveCensusOptions = (...args: Parameters<typeof bundled.resolveCensusOptions>) =>
  bundled.resolveCensusOptions(...args);
export const priceCensusRow = (...args: Parameters<typeof bundled.priceCensusRow>) => bundled.priceCensusRow(...args);
