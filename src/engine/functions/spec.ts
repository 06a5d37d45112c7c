import type { PayGuide } from "../guide";
import type { Cell, Matrix, Scalar } from "../values";

/**
 * One spreadsheet function as the engine sees it: its parameters and how it computes
 * one result from one value per parameter. Lifting over ranges and error handling are
 * done once, by the registry, for every function.
 */
export interface FunctionSpec {
  /** The name after the AIPAY. namespace, upper-case. */
  name: string;
  /** Parameter names in order, matching the JSDoc declaration in src/functions/functions.ts. */
  params: readonly string[];
  /** How many leading parameters must be given. */
  required: number;
  /**
   * Computes one result; may throw an EngineError. A row or column result spills. Must be
   * pure (same guide and arguments, same result): the registry remembers results.
   */
  evaluate(guide: PayGuide, args: readonly Scalar[]): Cell | Matrix;
}
