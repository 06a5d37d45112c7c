/**
 * The built dist/functions.js loaded the way Excel's shared runtime loads it: in a fresh
 * context whose only host API is a stand-in CustomFunctions, and with no network API at all
 * (no fetch, XMLHttpRequest, WebSocket or require), so a bundle that reached for one fails.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

export const distDir = path.resolve(__dirname, "../../dist");

/** What Excel's CustomFunctions.Error looks like to the add-in. */
export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export type ExcelFunction = (...args: unknown[]) => unknown;

/**
 * Runs the bundle and returns the functions it associated, by id. `globals` adds to the
 * context, e.g. stand-ins for the browser's network APIs that record any call.
 */
export function loadFunctionsBundle(globals: Readonly<Record<string, unknown>> = {}): Map<string, ExcelFunction> {
  const associated = new Map<string, ExcelFunction>();
  const context = vm.createContext({
    ...globals,
    CustomFunctions: {
      associate: (id: string, fn: ExcelFunction) => associated.set(id, fn),
      Error: StandInError,
      ErrorCode: {
        notAvailable: "#N/A",
        invalidValue: "#VALUE!",
        invalidNumber: "#NUM!",
        divisionByZero: "#DIV/0!",
        nullReference: "#NULL!",
      },
    },
  });
  vm.runInContext(fs.readFileSync(path.join(distDir, "functions.js"), "utf8"), context, {
    filename: "functions.js",
  });
  return associated;
}
