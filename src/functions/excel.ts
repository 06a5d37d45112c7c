/**
 * The Excel edge: engine results become values Excel understands. Engine errors become
 * CustomFunctions.Error (with a message where Excel shows one), and nothing throws.
 */
import { EngineError, fitForExcel, FUNCTIONS, type BoundFunction, type Cell, type ErrorCode } from "../engine";
import { aipay } from "./workbook-engine";

/** Excel shows a custom message only for #VALUE! and #N/A. */
const withMessage = new Set<ErrorCode>(["#VALUE!", "#N/A"]);

export function toExcel(cell: Cell): string | number | boolean | CustomFunctions.Error {
  if (cell instanceof EngineError) {
    // ErrorCode's values are the codes themselves ("#N/A" …); reading the enum at load
    // would fail on a page where Office has not loaded.
    return new CustomFunctions.Error(
      cell.code as CustomFunctions.ErrorCode,
      withMessage.has(cell.code) ? cell.message : undefined,
    );
  }
  return cell ?? "";
}

/**
 * Every engine function resolved once, by its AIPAY name (engine.SALARYBAND), so a call
 * from Excel costs no look-up by name.
 */
export const engine: Readonly<Record<string, BoundFunction>> = Object.fromEntries(
  FUNCTIONS.map((spec) => [spec.name, aipay.bind(spec.name)]),
);

/** Runs one AIPAY function for Excel: arguments as Excel passed them, a 2-D result back. */
export function invoke(fn: BoundFunction, args: unknown[]): (string | number | boolean | CustomFunctions.Error)[][] {
  try {
    return fitForExcel(fn(args)).map((row) => row.map(toExcel));
  } catch (error) {
    // The engine already contains its errors; this guards the conversion itself.
    return [[new CustomFunctions.Error("#VALUE!" as CustomFunctions.ErrorCode, `AIPAY failed: ${String(error)}`)]];
  }
}
