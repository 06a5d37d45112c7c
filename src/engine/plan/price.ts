/**
 * The chain's evaluating reader: a plan row priced step by step through the engine's own
 * functions, as PLANROW and `aipay plan` price it. A step that fails stops the row with
 * that step's error.
 */
import { isBlank } from "../core/cells";
import { toPence } from "../core/money";
import { EngineError, invalidValue, type Cell, type Matrix, type Scalar } from "../core/values";
import { PlanMessage } from "../core/messages";
import { isoOf } from "../calendar/dates";
import type { PayGuide } from "../model/guide";
import { contractorChain, employeeChain, type Argument, type ChainStep, type StepName } from "./chain";
import { pricedFields, type FieldName, type PlanRowValues } from "./fields";
import type { InputName, PlanInputValues } from "./inputs";

/** An AIPAY function called by name: the calculator's, so answers asked before are remembered. */
export type PlanCall = (name: string, args: readonly unknown[]) => Matrix;

export type HireKind = "employee" | "contractor";

export interface PricedHire {
  readonly kind: HireKind;
  /** The salary (employee) or day rate (contractor) at the target, as of the guide's date. */
  readonly rate: number;
  /** That figure aged to the start. */
  readonly aged: number;
  /** The row's cost a year at its start, all heads: loaded salary, or the client's contract cost. */
  readonly annual: number;
  /** The budget year's twelve months of cost. */
  readonly months: readonly number[];
  /** Heads in post at each month's end. */
  readonly heads: readonly number[];
}

/** Fields that only a salary reads, refused on a contractor's row rather than dropped. */
const employeeOnly: readonly FieldName[] = ["skills", "stage"];

/** The row's fields read and checked, as the chain passes them on. */
function readFields(guide: PayGuide, row: PlanRowValues, inputs: PlanInputValues): Record<string, Scalar> {
  const read: Record<string, Scalar> = {};
  for (const field of pricedFields) {
    const value = field.parameter.read(row[field.name] ?? null, guide);
    read[field.name] =
      typeof value === "number" && (field.name === "start" || field.name === "end")
        ? isoOf(value)
        : ((value as Scalar) ?? null);
  }
  read.headcount ??= 1;
  if (read.ir35 !== null) {
    read.feePayer ??= inputs.defaultFeePayer;
    const given = employeeOnly.find((name) => !isBlank(read[name]));
    if (given) throw invalidValue(PlanMessage.employeesOnly(given));
  }
  return read;
}

/** The inputs as the chain passes them on: no review rise or qualifying period without a review month. */
function chainInputs(inputs: PlanInputValues): Record<InputName, Scalar> {
  const reviewed = inputs.reviewMonth !== null;
  return {
    ...inputs,
    reviewRate: reviewed ? inputs.reviewRate : null,
    qualifyingMonths: reviewed ? inputs.qualifyingMonths : null,
  };
}

/** A step's block, or its first error thrown. */
function cellsOf(block: Matrix): readonly Cell[] {
  const cells = block[0];
  for (let i = 0; i < cells.length; i++) if (cells[i] instanceof EngineError) throw cells[i];
  return cells;
}

/** Whole heads, and the fraction of one more (a part-timer). */
function splitHeads(headcount: number): { whole: number; part: number } {
  const whole = Math.floor(headcount);
  return { whole, part: headcount - whole };
}

function runStep(call: PlanCall, step: ChainStep, args: Scalar[], headcount: number): readonly Cell[] {
  if (!step.perHead) return cellsOf(call(step.call, args));
  const [first, ...rest] = args;
  const { whole, part } = splitHeads(headcount);
  const full = cellsOf(call(step.call, args))[0] as number;
  const partTime = part === 0 ? 0 : (cellsOf(call(step.call, [(first as number) * part, ...rest]))[0] as number);
  return [toPence(full * whole + partTime) + 0];
}

/** One plan row priced; throws the first step's error as an EngineError. */
export function priceHire(call: PlanCall, guide: PayGuide, row: PlanRowValues, inputs: PlanInputValues): PricedHire {
  const fields = readFields(guide, row, inputs);
  const given = chainInputs(inputs);
  const kind: HireKind = fields.ir35 === null ? "employee" : "contractor";
  const results = new Map<StepName, readonly Cell[]>();
  const valueOf = (argument: Argument): Scalar => {
    if ("field" in argument) return fields[argument.field] ?? null;
    if ("input" in argument) return given[argument.input];
    if ("step" in argument) return results.get(argument.step)![0] as Scalar;
    return argument.word;
  };
  for (const step of kind === "employee" ? employeeChain : contractorChain)
    results.set(step.step, runStep(call, step, step.args.map(valueOf), fields.headcount as number));
  const single = (name: StepName) => results.get(name)![0] as number;
  return {
    kind,
    rate: single("rate"),
    aged: single("aged"),
    annual: single("annual"),
    months: results.get("months") as number[],
    heads: results.get("heads") as number[],
  };
}
