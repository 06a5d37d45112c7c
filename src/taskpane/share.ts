/**
 * Share as values: a copy of a chosen sheet (Worksheet.copy, so its layout, formats, table
 * and chart come along) in which every formula is replaced by the value Excel calculated in
 * the original, and a Sources sheet beside it laid out by the engine (its sourcesSheet):
 * the guide's edition, the employer-rate year, a plan's every input and each plan row's
 * provenance. The copy holds no formula, so it opens in an Excel without AIPAY with no
 * #NAME?. The original is only read. One batch reads, one writes; both new sheets stay
 * hidden until complete, and if the batch fails every hidden sheet it added is deleted.
 */
import {
  columnLetter,
  EngineError,
  planOnSheet,
  type Scalar,
  type SharedSheet,
  resolvePlanInputs,
  sourcesSheet,
} from "../engine";
import { aipay } from "./workbook-engine";
import { functionNamespace } from "./namespace";
import { uniqueName } from "./plan";
import { hostSupports, requirements } from "./requirements";

export interface ShareResult {
  /** The copy holding values. */
  copy: string;
  /** The Sources sheet beside it. */
  sources: string;
  /** How many cells held a formula (or a formula's spill) and now hold its value. */
  replaced: number;
}

/** Excel's longest sheet name. */
const maxSheetName = 31;

/** "<name> (values)", the name shortened so that it and a " 2" fit Excel's 31 characters. */
export function valuesSheetName(original: string, taken: readonly string[]): string {
  const suffix = " (values)";
  return uniqueName(`${original.slice(0, maxSheetName - suffix.length - 3)}${suffix}`, taken);
}

/** A run of cells on one row whose values replace what the copy holds there. */
export interface ValueRun {
  row: number;
  column: number;
  values: Scalar[];
}

/**
 * The cells to replace, as runs along each row: every formula, and every cell a formula
 * spills into (Excel gives it a value that is not its formula, and it empties once the
 * formula is gone). Text that Excel would take for a formula is written with a leading
 * apostrophe, so it stays text.
 */
export function valueRuns(
  values: readonly (readonly Scalar[])[],
  formulas: readonly (readonly Scalar[])[],
): ValueRun[] {
  const runs: ValueRun[] = [];
  values.forEach((row, r) => {
    let run: ValueRun | undefined;
    row.forEach((value, c) => {
      const formula = formulas[r][c];
      const replace = (typeof formula === "string" && formula.startsWith("=")) || formula !== value;
      if (!replace) {
        run = undefined;
        return;
      }
      const written = typeof value === "string" && value.startsWith("=") ? `'${value}` : value;
      if (run) run.values.push(written);
      else runs.push((run = { row: r, column: c, values: [written] }));
    });
  });
  return runs;
}

/** What a cell shows while a custom function is still working: not a value to share. */
const stillCalculating = new Set(["#BUSY!", "#GETTING_DATA"]);

/** The Sources sheet's account of the sheet: its plan when it is a plan sheet, else its AIPAY formulas. */
function sharedSheet(
  names: { copy: string; original: string },
  at: { rowIndex: number; columnIndex: number },
  values: Scalar[][],
  formulas: Scalar[][],
): SharedSheet {
  // A plan sheet starts at A1: its inputs block.
  const plan = at.rowIndex === 0 && at.columnIndex === 0 ? planOnSheet(values) : undefined;
  if (plan) {
    let inputs;
    try {
      inputs = resolvePlanInputs(aipay, plan.inputs);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      throw new Error(`The plan's inputs have a problem: ${error.message} Correct it on the sheet, then share again.`);
    }
    return { ...names, defaultTaxYear: aipay.inForce().taxYear, plan: { inputs, rows: plan.rows } };
  }
  const call = `${functionNamespace.toUpperCase()}.`;
  const aipayFormulas = formulas.flatMap((row, r) =>
    row.flatMap((formula, c) =>
      typeof formula === "string" && formula.startsWith("=") && formula.toUpperCase().includes(call)
        ? [{ cell: `${columnLetter(at.columnIndex + c)}${at.rowIndex + r + 1}`, formula }]
        : [],
    ),
  );
  return { ...names, defaultTaxYear: aipay.inForce().taxYear, formulas: aipayFormulas };
}

/** Copies `sheetName` as values, with its Sources sheet, in the workbook behind `context`. */
export async function shareAsValues(context: Excel.RequestContext, sheetName: string): Promise<ShareResult> {
  const { worksheets } = context.workbook;
  worksheets.load("items/name");
  const original = worksheets.getItem(sheetName);
  const used = original.getUsedRange();
  used.load("rowIndex,columnIndex,values,formulas");
  await context.sync();

  const before = worksheets.items.map((sheet) => sheet.name);
  const values = used.values as Scalar[][];
  const runs = valueRuns(values, used.formulas as Scalar[][]);
  if (runs.some((run) => run.values.some((value) => stillCalculating.has(String(value)))))
    throw new Error(
      `Some formulas on '${sheetName}' are still calculating. Wait until they show values, then share again.`,
    );
  const copyName = valuesSheetName(sheetName, before);
  const sourcesName = uniqueName("Sources", [...before, copyName]);
  const shared = sharedSheet({ copy: copyName, original: sheetName }, used, values, used.formulas as Scalar[][]);
  const { cells, formats } = sourcesSheet(aipay, shared);

  try {
    // The copy's formulas would otherwise calculate as they land, only to be overwritten.
    if (hostSupports(requirements.suspendCalculation)) context.application.suspendApiCalculationUntilNextSync();
    const copy = original.copy("End");
    copy.visibility = "Hidden"; // until it is complete
    copy.name = copyName;
    for (const { row, column, values: run } of runs)
      copy.getRangeByIndexes(used.rowIndex + row, used.columnIndex + column, 1, run.length).values = [run];
    const sources = worksheets.add(sourcesName);
    sources.visibility = "Hidden";
    const grid = sources.getRangeByIndexes(0, 0, cells.length, cells[0].length);
    grid.numberFormat = formats; // first, so a tax year "2026/27" stays text
    grid.values = cells.map((row) => row.map((cell) => cell ?? ""));
    grid.format.autofitColumns();
    copy.visibility = "Visible";
    sources.visibility = "Visible";
    copy.activate();
    await context.sync();
  } catch (error) {
    await removeAddedSheets(context, before);
    throw error;
  }
  return { copy: copyName, sources: sourcesName, replaced: runs.reduce((n, run) => n + run.values.length, 0) };
}

/**
 * Deletes the sheets a failed batch added: those not there before that are still hidden.
 * A sheet the user added meanwhile is visible, and never touched.
 */
async function removeAddedSheets(context: Excel.RequestContext, before: readonly string[]): Promise<void> {
  const { worksheets } = context.workbook;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  const added = worksheets.items.filter((sheet) => !before.includes(sheet.name) && sheet.visibility === "Hidden");
  if (added.length === 0) return;
  for (const sheet of added) sheet.delete();
  await context.sync();
}

/** The workbook's sheets, in order, and the active one's name. */
export function workbookSheets(): Promise<{ sheets: string[]; active: string }> {
  return Excel.run(async (context) => {
    const { worksheets } = context.workbook;
    worksheets.load("items/name");
    const active = worksheets.getActiveWorksheet();
    active.load("name");
    await context.sync();
    return { sheets: worksheets.items.map((sheet) => sheet.name), active: active.name };
  });
}

/** Shares the sheet as values in the open workbook. */
export function shareSheet(sheetName: string): Promise<ShareResult> {
  return Excel.run((context) => shareAsValues(context, sheetName));
}
