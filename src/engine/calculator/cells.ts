/**
 * Whatever a host passes for an argument, read into engine cells: text, numbers, booleans,
 * empty, error cells and data-typed cells, one cell or a rectangular block of them.
 */
import { maxTextLength } from "../core/cells";
import { basicValueOf, isCellValue } from "../core/cell-values";
import { CellMessage } from "../core/messages";
import { EngineError, invalidNumber, invalidValue, type Cell } from "../core/values";

/** Error codes Excel may hand us as input that a custom function may also return. */
const passThroughCodes = new Set(["#N/A", "#VALUE!", "#NUM!", "#DIV/0!", "#NULL!"]);

/** Text longer than a cell can hold: refused before any look-up or message spends time on it. */
const tooLong = (text: string) => invalidValue(CellMessage.textTooLong(text.length));

/** Reads whatever the host passed for one cell into a Scalar or an error. */
export function readCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.length <= maxTextLength ? value : tooLong(value);
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : invalidNumber(CellMessage.notFinite(value));
  if (value instanceof EngineError) return value;
  if (isCellValue(value)) return readDataTypedCell(value);
  const code = (value as { code?: unknown }).code;
  if (typeof code === "string") {
    // An error cell from Excel (a CustomFunctions.Error) or another engine. Excel's own
    // error cells carry no message, and Excel shows one for #N/A and #VALUE!: say where it came from.
    const message = String((value as { message?: unknown }).message ?? "") || CellMessage.holdsError(code);
    if (passThroughCodes.has(code)) return new EngineError(code as EngineError["code"], message);
    return invalidValue(CellMessage.holdsError(code));
  }
  return invalidValue(CellMessage.unreadable());
}

/** A cell holding an Excel data type, read as the plain value a formula sees in it. */
function readDataTypedCell(value: Parameters<typeof basicValueOf>[0]): Cell {
  const basic = basicValueOf(value);
  if (basic.kind === "value") return readCell(basic.value);
  if (basic.kind === "error") return readCell({ code: basic.code });
  return invalidValue(CellMessage.dataType(basic.what));
}

/**
 * An argument as a block of raw cells, read (readCell) only when used: an omitted argument
 * is one empty cell, a scalar a 1×1 block; a ragged block is refused. Excel's own 2-D
 * arrays are used as they are, so a 100,000-row range is not copied.
 */
export function readArgument(value: unknown): unknown[][] | EngineError {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0 || (Array.isArray(value[0]) && value[0].length === 0)) return [[null]];
  // One walk over the rows, checking both that each is a row and that all are one width:
  // arguments are often 100,000-row columns.
  const width = Array.isArray(value[0]) ? value[0].length : 1;
  for (const row of value) {
    // A flat list of values (a host's 1-D array) is read as a column.
    if (!Array.isArray(row)) return readArgument(value.map((cell) => (Array.isArray(cell) ? cell : [cell])));
    if (row.length !== width) return invalidValue(CellMessage.notRectangular());
  }
  return value as unknown[][];
}

/** A 1×1 block: how Excel passes every argument that is one cell. */
const isOneCell = (value: unknown): value is readonly [readonly [unknown]] =>
  Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1;

/**
 * The arguments with each 1×1 block replaced by its one value, which lifts the same way (a
 * single cell broadcasts as a single value does). Excel passes every cell argument as a
 * 1×1 block; unwrapped, such a call keys the remembered answers as a plain call does. The
 * arguments themselves when none is a 1×1 block.
 */
export function unwrapSingleCells(args: readonly unknown[]): readonly unknown[] {
  let unwrapped: unknown[] | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (isOneCell(arg)) (unwrapped ??= args.slice())[i] = arg[0][0];
  }
  return unwrapped ?? args;
}
