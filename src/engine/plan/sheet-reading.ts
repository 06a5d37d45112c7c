/**
 * A plan sheet read back: the cells planSheet laid out, as Excel gives their values, turned
 * into the plan's inputs as given and its rows. What a sheet shared as values states its
 * sources from. A sheet whose input labels or table header are not the plan sheet's is no plan.
 */
import { isBlank } from "../core/cells";
import type { Scalar } from "../core/values";
import { planFields, type PlanRowValues } from "./fields";
import { planInputs, type PlanInputsGiven } from "./inputs";
import { planHeaderRow } from "./sheet";

export interface PlanOnSheet {
  readonly inputs: PlanInputsGiven;
  /** Each row of the table down to its first empty one, with its row number on the sheet (1-based, as Excel shows it). */
  readonly rows: readonly { sheetRow: number; values: PlanRowValues }[];
}

/** The plan on a sheet whose values start at A1 (`values[0][0]`); undefined when the sheet is not a plan sheet. */
export function planOnSheet(values: readonly (readonly Scalar[])[]): PlanOnSheet | undefined {
  const cell = (row: number, column: number): Scalar => values[row]?.[column] ?? null;
  const isPlan =
    planInputs.every((input, i) => cell(i, 0) === input.label) &&
    planFields.every((field, c) => cell(planHeaderRow, c) === field.header);
  if (!isPlan) return undefined;
  const inputs = Object.fromEntries(planInputs.map((input, i) => [input.name, cell(i, 1)]));
  const rows: { sheetRow: number; values: PlanRowValues }[] = [];
  for (let row = planHeaderRow + 1; planFields.some((_, c) => !isBlank(cell(row, c))); row++)
    rows.push({ sheetRow: row + 1, values: Object.fromEntries(planFields.map((f, c) => [f.name, cell(row, c)])) });
  return { inputs, rows };
}
