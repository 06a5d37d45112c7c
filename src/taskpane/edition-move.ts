/**
 * The workbook's edition, as the pane shows and moves it: the pin read, the editions newer
 * than the one in force, the plan's totals under both before a move (the engine's
 * editionTotals over the plan read back from its sheet), and the move itself, which rewrites
 * the pin's edition and tells the page's functions to calculate again. Nothing moves until
 * the user asks.
 */
import {
  planOnSheet,
  type AipayEngine,
  type EditionInfo,
  type EditionTotal,
  type Scalar,
  type WorkbookPin,
  editionTotals,
} from "../engine";
import { aipay } from "./workbook-engine";
import { announcePin, queuePinRead, queuePinWrite } from "./pin";

export interface EditionStatus {
  /** The pin as the workbook holds it ({} for none). */
  readonly pin: Partial<WorkbookPin>;
  /** The edition and tax year its formulas use. */
  readonly inForce: WorkbookPin;
  /** Editions AIPAY holds that are newer than the one in force, oldest first. */
  readonly newer: readonly EditionInfo[];
  /** Whether reading the pin changed the edition or tax year the pane's figures are in. */
  readonly changed: boolean;
}

/** Reads the workbook's pin; the pane's engine follows it. */
export function editionStatus(engine: AipayEngine = aipay): Promise<EditionStatus> {
  return Excel.run(async (context) => {
    const pinRead = queuePinRead(context);
    await context.sync();
    const pin = pinRead();
    const changed = engine.pinWorkbook(pin);
    const inForce = engine.inForce();
    const current = engine.editions.edition(inForce.edition);
    const newer = engine.editions.editions.filter((e) => e.effectiveDate > current.effectiveDate);
    return { pin, inForce, newer, changed };
  });
}

export interface MovePreview {
  /** The sheet whose plan was priced. */
  readonly sheet: string;
  /** Its year under the edition in force, then under the one proposed. */
  readonly totals: readonly EditionTotal[];
}

/**
 * The active sheet's plan priced under the edition in force and under `to`; undefined when
 * the active sheet is not a plan sheet.
 */
export function previewMove(to: string, engine: AipayEngine = aipay): Promise<MovePreview | undefined> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    const used = sheet.getUsedRange();
    used.load("values,rowIndex,columnIndex");
    await context.sync();
    if (used.rowIndex !== 0 || used.columnIndex !== 0) return undefined;
    const plan = planOnSheet(used.values as Scalar[][]);
    if (!plan) return undefined;
    const rows = plan.rows.map((row) => row.values);
    return {
      sheet: sheet.name,
      totals: editionTotals(engine, { inputs: plan.inputs, rows }, [engine.inForce().edition, to]),
    };
  });
}

/**
 * Pins the workbook to edition `to`, keeping its tax year (the one in force when it had none);
 * the page's functions then calculate every formula again in the new edition.
 */
export function moveWorkbook(to: string, engine: AipayEngine = aipay): Promise<WorkbookPin> {
  return Excel.run(async (context) => {
    const pinRead = queuePinRead(context);
    await context.sync();
    const held = pinRead();
    const pin: WorkbookPin = {
      edition: engine.editions.edition(to).id,
      taxYear: held.taxYear ?? engine.inForce().taxYear,
    };
    queuePinWrite(context, held, pin);
    await context.sync();
    announcePin(engine, pin);
    return pin;
  });
}
