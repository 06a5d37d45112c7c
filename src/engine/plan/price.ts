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

/** The inputs as the chain passes them on: no review rise without a review month. */
function chainInputs(inputs: PlanInputValues): Record<InputName, Scalar> {
  return { ...inputs, reviewRate: inputs.reviewMonth === null ? null : inputs.reviewRate };
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

/** Months since the year 0, for telling which budget month a day falls in. */
const monthNumber = (day: Day): number => {
  const { year, month } = partsOf(day);
  return year * monthsInYear + month;
};

/** The agency fee in the month the position starts, when that month is in the budget year. */
function oneOffsOf(fee: number, startsOn: Day, yearStart: Day): readonly number[] {
  const month = monthNumber(startsOn) - monthNumber(yearStart);
  if (fee === 0 || month < 0 || month >= monthsInYear) return noOneOffs;
  const oneOffs = [...noOneOffs];
  oneOffs[month] = fee;
  return oneOffs;
}

/** One plan row priced; throws the first step's error as an EngineError. */
export function priceHire(call: PlanCall, guide: PayGuide, row: PlanRowValues, inputs: PlanInputValues): PricedHire {
  const fields = readFields(guide, row, inputs);
  const kind: HireKind = fields.ir35 === null ? "employee" : "contractor";
  const yearStart = parseIsoDate(inputs.yearStart, "yearStart")!;
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
  const given = chainInputs(inputs);
  const resolved = positionValues(position, inputs);
  const results = new Map<StepName, readonly Cell[]>();
  const single = (name: StepName) => results.get(name)![0] as number;
  const valueOf = (argument: Argument): Scalar => {
    if ("field" in argument) return fields[argument.field] ?? null;
    if ("position" in argument) return resolved[argument.position];
    if ("input" in argument) return given[argument.input];
    if ("step" in argument) return results.get(argument.step)![0] as Scalar;
    if ("salaryOr" in argument) return fields.salary ?? single(argument.salaryOr);
    return argument.word;
  };
  const headcount = fields.headcount as number;
  for (const step of kind === "employee" ? employeeChain : contractorChain)
    results.set(step.step, runStep(call, step, step.args.map(valueOf), headcount));

  const aged = single("aged");
  const pay = (fields.salary as number | null) ?? aged;
  const share = position.costShare;
  const months = results.get("months") as number[];
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
    heads: results.get("heads") as number[],
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
