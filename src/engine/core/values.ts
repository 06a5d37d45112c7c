/**
 * The values the engine reads and writes. They mirror what Excel hands a custom
 * function (numbers, text, booleans, empty cells as null, 2-D ranges) so that
 * every adapter — Excel, CLI, HyperFormula — only translates errors at its edge.
 */

/**
 * The Excel error codes the engine returns: its own #N/A, #VALUE! and #NUM!, plus
 * #DIV/0! and #NULL! when an input cell already held one.
 */
export type ErrorCode = "#N/A" | "#VALUE!" | "#NUM!" | "#DIV/0!" | "#NULL!";

/** An Excel-style error with a message that says what was wrong and what is valid. */
export class EngineError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

export type Scalar = number | string | boolean | null;
/** A level as the user gave it: a name, or a number of years of experience. */
export type LevelInput = string | number;
export type Cell = Scalar | EngineError;
/** A rectangular block of cells, row-major, as Excel passes ranges. */
export type Matrix = readonly (readonly Cell[])[];

export const notAvailable = (message: string) => new EngineError("#N/A", message);
export const invalidValue = (message: string) => new EngineError("#VALUE!", message);
export const invalidNumber = (message: string) => new EngineError("#NUM!", message);
