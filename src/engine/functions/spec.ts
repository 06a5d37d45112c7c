import type { PayGuide } from "../model/guide";
import type { Cell, Matrix, Scalar } from "../core/values";

/** The values of a function's list parameters by name: every non-blank cell given, in row order. */
export type ListArguments = Readonly<Record<string, readonly Scalar[]>>;

/** What a function reads besides its lifted arguments. */
export interface CallContext {
  /** The list parameters' values (see FunctionSpec.lists). */
  lists: ListArguments;
}

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
   * Parameters that take a whole list (one value, a comma-separated list or a range) instead
   * of being lifted over: evaluate gets them in `context.lists`, and null in their place in `args`.
   */
  lists?: readonly string[];
  /**
   * The width of the row every call returns (12 for the monthly functions), for hosts that
   * must size a spill before computing it (HyperFormula); unset for single values.
   */
  spillWidth?: number;
  /**
   * False for a function cheaper to compute than to remember: a plan's rows seldom repeat
   * its arguments (start dates), so remembering each answer costs more than it saves.
   */
  remember?: boolean;
  /** Computes one result; may throw an EngineError. A row or column result spills. */
  evaluate(guide: PayGuide, args: readonly Scalar[], context: CallContext): Cell | Matrix;
  /**
   * For a figure function: in words, whether the figure for these arguments is published or
   * derived, and by which rules (AIPAY.BASIS). Called only after evaluate succeeded.
   */
  basis?(guide: PayGuide, args: readonly Scalar[], context: CallContext): string;
}
