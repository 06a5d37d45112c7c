import type { PayGuide } from "../model/guide";
import type { EditionLibrary } from "../model/editions";
import type { Cell, Matrix, Scalar } from "../core/values";
import type { DateSystem } from "../calendar/dates";
import type { Parameter } from "./parameters";

/** The values of a function's list parameters by name: every non-blank cell given, in row order. */
export type ListArguments = Readonly<Record<string, readonly Scalar[]>>;

/** What a function reads besides its lifted arguments. */
export interface CallContext {
  /** The list parameters' values (see Signature.lists). */
  lists: ListArguments;
  /** Another worksheet function of the same calculator, by name, as a block of cells. */
  call(name: string, args: readonly unknown[]): Matrix;
  /**
   * The workbook's date system, when it is 1904. The calculator has moved this function's
   * own date arguments into the 1900 system already; a function that passes arguments on
   * (BASIS) moves those.
   */
  dateSystem?: DateSystem;
  /** Every edition of the guide AIPAY holds (EDITIONS, CHANGES). */
  editions: EditionLibrary;
}

/** A function's name and parameters, and what follows from the parameters. */
export interface Signature {
  /** The name after the AIPAY. namespace, upper-case. */
  name: string;
  /** The parameters in order, as the Excel JSDoc in src/functions/declarations declares them. */
  parameters: readonly Parameter[];
  /** Their names, in order. */
  params: readonly string[];
  /** How many leading parameters must be given: the ones not optional. */
  required: number;
  /**
   * Parameters that take a whole list (one value, a comma-separated list or a range) instead
   * of being lifted over: evaluate gets them in `context.lists`, and null in their place in `args`.
   */
  lists: readonly string[];
}

/**
 * One spreadsheet function as the engine sees it: its parameters and how it computes
 * one result from one value per parameter. Lifting over ranges and error handling are
 * done once, by the registry, for every function.
 */
export interface FunctionSpec extends Signature {
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

/** The signature of `parameters`; optional parameters must follow the required ones, as in Excel. */
export function signature(name: string, parameters: readonly Parameter[]): Signature {
  const required = parameters.filter((p) => !p.optional).length;
  if (parameters.slice(0, required).some((p) => p.optional))
    throw new Error(`${name}: an optional parameter comes before a required one.`);
  return {
    name,
    parameters,
    params: parameters.map((p) => p.name),
    required,
    lists: parameters.filter((p) => p.list).map((p) => p.name),
  };
}

/** A function spec from its name, parameters and evaluation; the rest of its signature is derived. */
export const defineFunction = (
  definition: Omit<FunctionSpec, Exclude<keyof Signature, "name" | "parameters">>,
): FunctionSpec => ({ ...definition, ...signature(definition.name, definition.parameters) });
