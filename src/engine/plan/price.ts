/**
 * The chain's evaluating reader: a plan row priced step by step through the engine's own
 * functions, as PLANROW and `aipay plan` price it. A step that fails stops the row with
 * that step's error. After the chain, the row's position scales an open position's costs
 * by the vacancy factor and adds any agency fee, a one-off cost, in the start month.
 */
import { isBlank } from "../core/cells";
import { toPence } from "../core/money";
import { EngineError, invalidValue, type Cell, type Matrix, type Scalar } from "../core/values";
import { PlanMessage } from "../core/messages";
import { isoOf, parseIsoDate, partsOf, type Day } from "../calendar/dates";
import type { PayGuide, PositionStatus, PositionType } from "../model/guide";
import { contractorChain, employeeChain, type Argument, type ChainStep, type StepName } from "./chain";
import { pricedFields, type FieldName, type PlanRowValues } from "./fields";
import type { InputName, PlanInputValues } from "./inputs";
import { positionOf, type Position } from "./position";

/** An AIPAY function called by name: the calculator's, so answers asked before are remembered. */
export type PlanCall = (name: string, args: readonly unknown[]) => Matrix;

export type HireKind = "employee" | "contractor";

export interface PricedHire {
  readonly kind: HireKind;
  readonly type: PositionType;
  /** Open, offer or hired for a new position or backfill; null for an existing employee or leaver. */
  readonly status: PositionStatus | null;
  /** The market salary (employee) or day rate (contractor) at the target, as of the guide's date. */
  readonly rate: number;
  /** That market figure aged to the start (or, for someone in post, to the budget year's start). */
  readonly aged: number;
  /** The pay priced: the row's own salary when given, else the aged market figure. */
  readonly pay: number;
  /** The pay ÷ the aged market figure, to four decimals: 1 at the market. */
  readonly compaRatio: number;
  /** The row's cost a year at its start, all heads: loaded salary, or the client's contract cost. */
  readonly annual: number;
  /** The budget year's twelve months of pay cost, after any vacancy factor. */
  readonly months: readonly number[];
  /** One-off costs (an agency fee) by month, apart from pay. */
  readonly oneOffs: readonly number[];
  /** Heads in post at each month's end. */
  readonly heads: readonly number[];
}

const monthsInYear = 12;
const noOneOffs: readonly number[] = Array<number>(monthsInYear).fill(0);

/** Fields that only a salary reads, refused on a contractor's row rather than dropped. */
const employeeOnly: readonly FieldName[] = ["skills", "stage"];

/**
 * Each field's reads remembered by the value given, for the guide they were read against: a
 * plan's rows repeat a few roles, levels, locations, dates and words, and reading one
 * (folding a name, matching an alias, checking a date) costs more than looking it up. A
 * value the reader refuses is not remembered, so it is refused with its message each time.
 * Bounded as the calculator's memory is: a field's reads start afresh once it holds enough.
 */
const seenReads = pricedFields.map(() => new Map<Scalar, Scalar>());
const seenReadsLimit = 10_000;
let seenReadsGuide: PayGuide | undefined;

/** Text a read is remembered by: a cell's value, not a whole pasted document. */
const rememberedLength = 256;

/** One field's value read and checked, as the chain passes it on: dates as ISO text. */
function readField(guide: PayGuide, index: number, value: Scalar): Scalar {
  const seen = seenReads[index];
  const known = seen.get(value);
  if (known !== undefined) return known;
  const field = pricedFields[index];
  const read = field.parameter.read(value, guide);
  const passed =
    typeof read === "number" && (field.name === "start" || field.name === "end")
      ? isoOf(read)
      : ((read as Scalar) ?? null);
  if (typeof value !== "string" || value.length <= rememberedLength) {
    if (seen.size >= seenReadsLimit) seen.clear();
    seen.set(value, passed);
  }
  return passed;
}

/** The row's fields read and checked, as the chain passes them on. */
function readFields(guide: PayGuide, row: PlanRowValues, inputs: PlanInputValues): Record<string, Scalar> {
  if (guide !== seenReadsGuide) {
    for (const seen of seenReads) seen.clear();
    seenReadsGuide = guide;
  }
  const read: Record<string, Scalar> = {};
  for (let i = 0; i < pricedFields.length; i++) {
    const { name } = pricedFields[i];
    read[name] = readField(guide, i, row[name] ?? null);
  }
  read.headcount ??= 1;
  if (read.ir35 !== null) {
    read.feePayer ??= inputs.defaultFeePayer;
    const given = employeeOnly.find((name) => !isBlank(read[name]));
    if (given) throw invalidValue(PlanMessage.employeesOnly(given));
  }
  return read;
}

/** The inputs as the chain passes them on: no review rise without a review month. */
function chainInputs(inputs: PlanInputValues): Record<InputName, Scalar> {
  return { ...inputs, reviewRate: inputs.reviewMonth === null ? null : inputs.reviewRate };
}

/** The inputs last priced with, read once for all the rows that share them (a plan's). */
let lastInputs: { inputs: PlanInputValues; given: Record<InputName, Scalar>; yearStart: Day } | undefined;
function inputsRead(inputs: PlanInputValues) {
  if (lastInputs?.inputs !== inputs)
    lastInputs = { inputs, given: chainInputs(inputs), yearStart: parseIsoDate(inputs.yearStart, "yearStart")! };
  return lastInputs;
}

/** The position's values as the chain reads them: dates as ISO text, no qualifying period without a review. */
function positionValues(position: Position, inputs: PlanInputValues): Record<string, Scalar> {
  return {
    startsOn: isoOf(position.startsOn),
    payFrom: isoOf(position.payFrom),
    marketDate: isoOf(position.marketDate),
    qualifyingMonths: inputs.reviewMonth === null ? null : position.qualifyingMonths,
  };
}

/** A step's block, or its first error thrown. */
function cellsOf(block: Matrix): readonly Cell[] {
  const cells = block[0];
  for (let i = 0; i < cells.length; i++) if (cells[i] instanceof EngineError) throw cells[i];
  return cells;
}

/**
 * A chain made ready to walk: each argument says where its value is found, and a step's
 * result is found by its place in the chain. Made once per chain, not once a row.
 */
interface ReadyChain {
  readonly steps: readonly ReadyStep[];
  /** Each step's place in the chain, where a walk keeps its result. */
  readonly at: Readonly<Record<StepName, number>>;
}
interface ReadyStep {
  readonly step: ChainStep;
  readonly args: readonly ReadyArgument[];
}
type ReadyArgument =
  | { readonly from: "field" | "position" | "input" | "word"; readonly name: string }
  | { readonly from: "step" | "salaryOr"; readonly at: number };

function ready(chain: readonly ChainStep[]): ReadyChain {
  const at = Object.fromEntries(chain.map((step, i) => [step.step, i])) as Record<StepName, number>;
  const argument = (a: Argument): ReadyArgument => {
    if ("field" in a) return { from: "field", name: a.field };
    if ("position" in a) return { from: "position", name: a.position };
    if ("input" in a) return { from: "input", name: a.input };
    if ("step" in a) return { from: "step", at: at[a.step] };
    if ("salaryOr" in a) return { from: "salaryOr", at: at[a.salaryOr] };
    return { from: "word", name: a.word };
  };
  return { steps: chain.map((step) => ({ step, args: step.args.map(argument) })), at };
}

const readyChains: Record<HireKind, ReadyChain> = {
  employee: ready(employeeChain),
  contractor: ready(contractorChain),
};

/** What a row's walk of its chain reads its arguments from. */
interface Walk {
  readonly fields: Record<string, Scalar>;
  readonly position: Record<string, Scalar>;
  readonly inputs: Record<string, Scalar>;
  readonly results: (readonly Cell[])[];
}

function argumentValue(argument: ReadyArgument, walk: Walk): Scalar {
  switch (argument.from) {
    case "field":
      return walk.fields[argument.name] ?? null;
    case "position":
      return walk.position[argument.name];
    case "input":
      return walk.inputs[argument.name];
    case "step":
      return walk.results[argument.at][0] as Scalar;
    case "salaryOr":
      return walk.fields.salary ?? (walk.results[argument.at][0] as Scalar);
    default:
      return argument.name;
  }
}

function runStep(call: PlanCall, { step, args: ready }: ReadyStep, walk: Walk, headcount: number): readonly Cell[] {
  const args: Scalar[] = new Array(ready.length);
  for (let i = 0; i < ready.length; i++) args[i] = argumentValue(ready[i], walk);
  if (!step.perHead) return cellsOf(call(step.call, args));
  // Whole heads at the full figure, and the fraction of one more as a part-timer.
  const whole = Math.floor(headcount);
  const part = headcount - whole;
  const full = cellsOf(call(step.call, args))[0] as number;
  let partTime = 0;
  if (part !== 0) {
    const partArgs = args.slice();
    partArgs[0] = (args[0] as number) * part;
    partTime = cellsOf(call(step.call, partArgs))[0] as number;
  }
  return [toPence(full * whole + partTime) + 0];
}

/** Months since the year 0, for telling which budget month a day falls in. */
const monthNumber = (day: Day): number => {
  const { year, month } = partsOf(day);
  return year * monthsInYear + month;
};

/** The agency fee in the month the position starts, when that month is in the budget year. */
function oneOffsOf(fee: number, startsOn: Day, yearStart: Day): readonly number[] {
  if (fee === 0) return noOneOffs;
  const month = monthNumber(startsOn) - monthNumber(yearStart);
  if (month < 0 || month >= monthsInYear) return noOneOffs;
  const oneOffs = [...noOneOffs];
  oneOffs[month] = fee;
  return oneOffs;
}

/** One plan row priced; throws the first step's error as an EngineError. */
export function priceHire(call: PlanCall, guide: PayGuide, row: PlanRowValues, inputs: PlanInputValues): PricedHire {
  const fields = readFields(guide, row, inputs);
  const kind: HireKind = fields.ir35 === null ? "employee" : "contractor";
  const { given, yearStart } = inputsRead(inputs);
  const position = positionOf(
    {
      type: fields.type as PositionType,
      status: fields.status as PositionStatus | null,
      start: parseIsoDate(fields.start as string, "start")!,
      end: fields.end === null ? undefined : parseIsoDate(fields.end as string, "end"),
      salary: fields.salary as number | null,
      agencyFee: fields.agencyFee as number | null,
      contractor: kind === "contractor",
    },
    inputs,
    yearStart,
  );
  const { steps, at } = readyChains[kind];
  const walk: Walk = { fields, position: positionValues(position, inputs), inputs: given, results: [] };
  const headcount = fields.headcount as number;
  for (let i = 0; i < steps.length; i++) walk.results.push(runStep(call, steps[i], walk, headcount));

  const single = (name: StepName) => walk.results[at[name]][0] as number;
  const aged = single("aged");
  const pay = (fields.salary as number | null) ?? aged;
  const share = position.costShare;
  const months = walk.results[at.months] as number[];
  const fee = toPence(position.feeRate * pay * headcount * share) + 0;
  return {
    kind,
    type: position.type,
    status: position.status,
    rate: single("rate"),
    aged,
    pay,
    compaRatio: aged === 0 ? 1 : Math.round((pay / aged) * 10_000) / 10_000,
    annual: single("annual"),
    months: share === 1 ? months : scaled(months, share),
    oneOffs: oneOffsOf(fee, position.startsOn, yearStart),
    heads: walk.results[at.heads] as number[],
  };
}

/** Months scaled by a share, each to the penny, the remainder in the last month with pay as MONTHLY puts it. */
function scaled(months: readonly number[], share: number): number[] {
  const total = toPence(months.reduce((sum, month) => sum + month, 0) * share);
  const out = months.map((month) => toPence(month * share) + 0);
  let last = -1;
  out.forEach((month, k) => (last = month === 0 ? last : k));
  if (last >= 0) out[last] = toPence(out[last] + total - out.reduce((sum, month) => sum + month, 0)) + 0;
  return out;
}
