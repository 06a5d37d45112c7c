/**
 * The plan's operations on an engine: inputs resolved, rows priced, the plan sheet laid out,
 * the sources a shared sheet states, and a plan's year under other editions. Free functions
 * of the engine rather than its methods, so that a bundle that prices no plan (Excel's
 * functions.js) leaves them out.
 */
import { sumInPence } from "../core/money";
import { resolveInputs, type PlanInputsGiven, type PlanInputValues } from "../plan/inputs";
import type { PlanRowValues } from "../plan/fields";
import { priceHire, type PricedHire } from "../plan/price";
import { planSheet, type PlanSheet } from "../plan/sheet";
import { PlanSums } from "../plan/summary";
import {
  editionItems,
  planAssumptions as assumptionsOf,
  sourcesSheet as sourcesSheetOf,
  type SharedSheet,
  type SourceItem,
  type SourcesSheet,
} from "../plan/sources";
import type { AipayEngine } from "./engine";

/**
 * A plan's inputs with their defaults applied and checked, in `edition` (the workbook's by
 * default); throws an EngineError naming the first problem.
 */
export const resolvePlanInputs = (engine: AipayEngine, given: PlanInputsGiven, edition?: string): PlanInputValues =>
  resolveInputs(engine.edition(edition).guide, given);

/**
 * One plan row priced through the engine's functions, in `edition` (the workbook's by
 * default); throws an EngineError naming the first problem.
 */
export function pricePlanRow(
  engine: AipayEngine,
  row: PlanRowValues,
  inputs: PlanInputValues,
  edition?: string,
): PricedHire {
  const { guide, call } = engine.edition(edition);
  return priceHire(call, guide, row, inputs);
}

/** The plan sheet's cells for these rows and inputs, its formulas in `namespace` (AIPAY, or the development build's). */
export const planSheetFor = (
  engine: AipayEngine,
  rows: readonly PlanRowValues[],
  inputs: PlanInputValues,
  namespace: string,
): PlanSheet => planSheet(engine.guide(), rows, inputs, namespace);

/** The edition of the guide in force, as a report's assumptions name it: citation, edition, data date and effective date. */
export const editionSources = (engine: AipayEngine): SourceItem[] => editionItems(engine.guide());

/** Everything a plan's figures rest on: each input as priced, and the guide's edition, in the workbook's edition. */
export const planAssumptions = (engine: AipayEngine, inputs: PlanInputValues): SourceItem[] =>
  assumptionsOf(engine.guide(), inputs);

/** The Sources sheet for a sheet shared without AIPAY: the edition, the rates' year, the inputs and each row's provenance. */
export function sourcesSheet(engine: AipayEngine, shared: SharedSheet): SourcesSheet {
  const { guide, call } = engine.edition();
  return sourcesSheetOf(call, guide, shared);
}

/** A plan's cost for the budget year under one edition of the guide (what the pane previews before a move). */
export interface EditionTotal {
  readonly edition: string;
  readonly employees: number;
  readonly contractors: number;
  readonly oneOffs: number;
  readonly total: number;
}

/**
 * The plan's year under each of `editions`, every row priced as the plan sheet prices it,
 * for a preview before the workbook moves edition; throws an EngineError naming the first
 * row or input that does not price.
 */
export function editionTotals(
  engine: AipayEngine,
  plan: { inputs: PlanInputsGiven; rows: readonly PlanRowValues[] },
  editions: readonly string[],
): EditionTotal[] {
  return editions.map((edition) => {
    const inputs = resolvePlanInputs(engine, plan.inputs, edition);
    const sums = new PlanSums();
    for (const row of plan.rows) sums.add(pricePlanRow(engine, row, inputs, edition));
    const year = (measure: "employees" | "contractors" | "oneOffs" | "total") => sumInPence(sums.months(measure));
    return {
      edition: engine.inForce(edition).edition,
      employees: year("employees"),
      contractors: year("contractors"),
      oneOffs: year("oneOffs"),
      total: year("total"),
    };
  });
}
