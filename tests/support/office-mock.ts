/** What the unit tests' hand-made workbooks share on top of office-addin-mock. */
import type { OfficeMockObject } from "office-addin-mock";

/**
 * Gives the mock Excel's sync: after the mock's own, `settle` is told the batch ended and
 * answers the command that failed in it, if one did; then, as in Excel, the sync rejects.
 */
export function syncFailingAs(mock: OfficeMockObject, settle: () => string | undefined): void {
  const sync = mock.sync.bind(mock);
  (mock as unknown as { sync: () => Promise<void> }).sync = async () => {
    await sync();
    const failed = settle();
    if (failed) throw new Error(`InvalidArgument: ${failed} failed`);
  };
}

type Grid = unknown[][];

/** A sheet of a hand-made workbook: its name, visibility, and what has been written to it. */
export interface LoggedSheet {
  name: string;
  visibility: string;
  cells: Grid;
  formats?: Grid;
}

/**
 * A sheet's Excel API for writing, as the hand-made workbooks give it: each command goes
 * through `run` as "<sheet>:<what>" (run skips it after a command of its batch failed), a
 * range's values and formats land in the sheet's grids, and `more` adds the test's own members.
 */
export function sheetWrites(sheet: LoggedSheet, run: (op: string, action?: () => void) => void, more: object = {}) {
  const write = (grid: Grid, row: number, column: number, written: Grid) =>
    written.forEach((line, r) => line.forEach((cell, c) => ((grid[row + r] ??= [])[column + c] = cell)));
  const api = {
    set visibility(visibility: string) {
      run(`${sheet.name}:visibility ${visibility}`, () => (sheet.visibility = visibility));
    },
    getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => ({
      set values(grid: Grid) {
        expect([grid.length, grid[0].length]).toEqual([rows, columns]);
        run(`${sheet.name}:values`, () => write(sheet.cells, row, column, grid));
      },
      set numberFormat(grid: Grid) {
        expect([grid.length, grid[0].length]).toEqual([rows, columns]);
        run(`${sheet.name}:numberFormat`, () => write((sheet.formats ??= []), row, column, grid));
      },
      format: { autofitColumns: () => run(`${sheet.name}:autofit`) },
    }),
    activate: () => run(`${sheet.name}:activate`),
  };
  // Copied as descriptors, so the test's own setters (a sheet's name) stay setters.
  return Object.defineProperties(api, Object.getOwnPropertyDescriptors(more));
}

/**
 * A hand-made workbook's commands and batches: `run` logs a command as "<sheet>:<what>" and
 * does it, unless a command before it in its batch failed; `failAt` names the one that fails
 * (as in Excel, those before it stay done, the rest of its batch is not run and the sync
 * rejects). `attach` gives the mock that sync.
 */
export function commandLog(failAt?: string) {
  const log: string[] = [];
  let syncs = 0;
  let failing: string | undefined;
  const run = (op: string, action: () => void = () => undefined) => {
    if (failing) return;
    log.push(op);
    if (op === failAt) failing = op;
    else action();
  };
  const attach = (mock: OfficeMockObject) =>
    syncFailingAs(mock, () => {
      syncs++;
      const failed = failing;
      failing = undefined;
      return failed;
    });
  return { log, run, attach, syncs: () => syncs };
}

/**
 * Office and Excel as the functions' page finds them inside Excel, answering every
 * requirement: each Excel.run is given `context`. removeStandInHost takes them away again.
 */
export function standInHost(context: object): void {
  Object.assign(globalThis, {
    Office: {
      HostType: { Excel: "Excel" },
      onReady: async () => ({ host: "Excel" }),
      context: { requirements: { isSetSupported: () => true } },
    },
    Excel: { run: (batch: (c: object) => Promise<unknown>) => batch(context) },
  });
}

export function removeStandInHost(): void {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
}
