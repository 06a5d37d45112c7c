/**
 * The editions of the guide as Excel custom functions: EDITION, EDITIONS and CHANGES. The
 * JSDoc is the declaration custom-functions-metadata-plugin reads.
 */

import { engine, invoke } from "../excel";

/**
 * The edition of the guide this workbook calculates with: its pin, else AIPAY's default edition.
 * @customfunction EDITION
 * @helpurl https://localhost:3000/help.html#edition
 * @returns The edition, e.g. "2026".
 */
export function edition(): any[][] {
  return invoke(engine.EDITION, []);
}

/**
 * The editions of the guide AIPAY holds, oldest first: edition, effective date, citation and default tax year.
 * @customfunction EDITIONS
 * @helpurl https://localhost:3000/help.html#editions
 * @returns One edition per row.
 */
export function editions(): any[][] {
  return invoke(engine.EDITIONS, []);
}

/**
 * The published figures that differ between two editions: role, level, location, figure, old, new and change.
 * @customfunction CHANGES
 * @helpurl https://localhost:3000/help.html#changes
 * @param [fromEdition] Edition to compare from, e.g. "2026". Omit for the workbook's edition.
 * @param [toEdition] Edition to compare to. Omit for the newest edition AIPAY holds.
 * @param [role] Only this role's figures, e.g. "LLM Engineer". Omit for every figure.
 * @returns One changed figure per row.
 */
export function changes(fromEdition?: any[][], toEdition?: any[][], role?: any[][]): any[][] {
  return invoke(engine.CHANGES, [fromEdition, toEdition, role]);
}
