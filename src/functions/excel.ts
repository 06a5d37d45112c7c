/**
 * The Excel edge: engine results become values Excel understands. Engine errors become
 * CustomFunctions.Error (with a message where Excel shows one), and nothing throws.
 */
import { evaluate, EngineError, type Cell, type ErrorCode } from "../engine";

/** Excel shows a custom message only for #VALUE! and #N/A. */
const withMessage = new Set<ErrorCode>(["#VALUE!", "#N/A"]);

function toExcel(cell: Cell): string | number | boolean | CustomFunctions.Error {
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

/** Runs one AIPAY function for Excel: arguments as Excel passed them, a 2-D result back. */
export function invoke(name: string, args: unknown[]): (string | number | boolean | CustomFunctions.Error)[][] {
  try {
    return evaluate(name, args).map((row) => row.map(toExcel));
  } catch (error) {
    // evaluate() already contains its errors; this guards the conversion itself.
    return [[new CustomFunctions.Error("#VALUE!" as CustomFunctions.ErrorCode, `AIPAY failed: ${String(error)}`)]];
  }
}
