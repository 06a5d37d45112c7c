/**
 * Where the pane runs: inside Excel (formulas can be inserted, plans created) or in
 * a plain browser, including one where office.js could not load at all (offline).
 */
import { followOrPin, queuePinRead } from "./pin";

export type Host = { excel: true } | { excel: false; reason: string };

export function detectHost(): Promise<Host> {
  if (typeof Office === "undefined")
    return Promise.resolve({ excel: false, reason: "Office.js is not loaded (offline or outside Office)." });
  return Office.onReady().then((info) =>
    info.host === Office.HostType.Excel
      ? { excel: true }
      : { excel: false, reason: info.host ? `Running in ${info.host}, not Excel.` : "Running outside Office." },
  );
}

/** The Office theme's background, when the host gives one. */
export function officeBackground(): string | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.officeTheme?.bodyBackgroundColor;
}

/**
 * Writes a formula into the active cell, only if the cell holds neither a value nor a
 * formula: Insert adds to the workbook and never replaces what the user has there.
 */
export function insertIntoActiveCell(formula: string): Promise<void> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load("address,formulas");
    const pinRead = queuePinRead(context);
    await context.sync();
    if (cell.formulas[0][0] !== "")
      throw new Error(`${cell.address} is not empty. Select an empty cell and Insert again.`);
    // A formula put into a workbook with no pin pins it, in the same batch.
    const pinned = followOrPin(context, pinRead());
    cell.formulas = [[formula]];
    await context.sync();
    pinned();
  });
}
