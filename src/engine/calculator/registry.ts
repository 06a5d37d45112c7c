/**
 * The one entry point adapters call: a function name and Excel-shaped arguments in,
 * a rectangular block of results out. It lifts every function over ranges the way
 * Excel's own functions do, and turns every failure into an error cell, so nothing
 * throws past it and no NaN, Infinity or undefined comes out.
 */
import type { PayGuide } from "../model/guide";
import { DAYRATE } from "../functions/dayrate";
import { LEVELS, LOCATIONS, ROLES, SKILLS, SOURCE, STAGES } from "../functions/catalogue";
import { SALARYBAND, TOTALCOMP } from "../functions/salary";
import { LOCATIONFACTOR, SKILLPREMIUM } from "../functions/premiums";
import { CONTRACTCOST, GROWTH, LOADEDCOST, PRORATE } from "../functions/budget";
import { COMPARATIO, RANGEPOSITION } from "../functions/position";
import { PERMVSCONTRACT } from "../functions/permvscontract";
import { basisFunction } from "../functions/basis";
import { AGED, HEADCOUNT, MONTHLY } from "../functions/monthly";
import type { CallContext, FunctionSpec, ListArguments } from "../functions/spec";
import { isEmptyCell, maxTextLength, shortened } from "../core/cells";
import { basicValueOf, isCellValue } from "../core/cell-values";
import { Memo } from "./memo";
import { EngineError, invalidNumber, invalidValue, type Cell, type Matrix, type Scalar } from "../core/values";

/** The most arguments any figure function takes (PERMVSCONTRACT, TOTALCOMP): what BASIS passes on. */
const basisArity = 7;

export const FUNCTIONS: readonly FunctionSpec[] = [
  SALARYBAND,
  DAYRATE,
  ROLES,
  LEVELS,
  LOCATIONS,
  SOURCE,
  SKILLS,
  STAGES,
  // Premium rules
  SKILLPREMIUM,
  LOCATIONFACTOR,
  TOTALCOMP,
  // Headcount budgeting
  LOADEDCOST,
  PRORATE,
  GROWTH,
  CONTRACTCOST,
  PERMVSCONTRACT,
  COMPARATIO,
  RANGEPOSITION,
  // The budget by month
  MONTHLY,
  HEADCOUNT,
  AGED,
  basisFunction(() => FUNCTIONS, basisArity),
];
const byName = new Map(FUNCTIONS.map((spec) => [spec.name, spec]));

/** Error codes Excel may hand us as input that a custom function may also return. */
const passThroughCodes = new Set(["#N/A", "#VALUE!", "#NUM!", "#DIV/0!", "#NULL!"]);

/** Text longer than a cell can hold: refused before any look-up or message spends time on it. */
const tooLong = (text: string) =>
  invalidValue(
    `Text arguments are limited to ${maxTextLength.toLocaleString("en-GB")} characters, Excel's limit for a cell (got ${text.length.toLocaleString("en-GB")}).`,
  );

/** Reads whatever the host passed for one cell into a Scalar or an error. */
function readCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.length <= maxTextLength ? value : tooLong(value);
  if (typeof value === "boolean") return value;
  if (typeof value === "number")
    return Number.isFinite(value) ? value : invalidNumber(`The number ${value} is not finite.`);
  if (value instanceof EngineError) return value;
  if (isCellValue(value)) return readDataTypedCell(value);
  const code = (value as { code?: unknown }).code;
  if (typeof code === "string") {
    // An error cell from Excel (a CustomFunctions.Error) or another engine. Excel's own
    // error cells carry no message, and Excel shows one for #N/A and #VALUE!: say where it came from.
    const message = String((value as { message?: unknown }).message ?? "") || `An argument holds the error ${code}.`;
    if (passThroughCodes.has(code)) return new EngineError(code as EngineError["code"], message);
    return invalidValue(`An argument holds the error ${code}.`);
  }
  return invalidValue("An argument is neither text, a number, a boolean nor empty.");
}

/** A cell holding an Excel data type, read as the plain value a formula sees in it. */
function readDataTypedCell(value: Parameters<typeof basicValueOf>[0]): Cell {
  const basic = basicValueOf(value);
  if (basic.kind === "value") return readCell(basic.value);
  if (basic.kind === "error") return readCell({ code: basic.code });
  return invalidValue(`An argument holds ${basic.what}, which AIPAY cannot read: give text, a number or a date.`);
}

/**
 * An argument as a block of raw cells, read (readCell) only when used: an omitted argument
 * is one empty cell, a scalar a 1×1 block; a ragged block is refused. Excel's own 2-D
 * arrays are used as they are, so a 100,000-row range is not copied.
 */
function readArgument(value: unknown): unknown[][] | EngineError {
  if (!Array.isArray(value)) return [[value]];
  const rows = value.every(Array.isArray)
    ? (value as unknown[][])
    : value.map((row) => (Array.isArray(row) ? row : [row]));
  if (rows.length === 0 || rows[0].length === 0) return [[null]];
  const width = rows[0].length;
  for (const row of rows) if (row.length !== width) return invalidValue("A range argument is not rectangular.");
  return rows;
}

/** How many leading arguments matter: trailing omitted ones do not, so they are left out of memo keys. */
function keyLength(args: ArrayLike<unknown>, length: number): number {
  while (length > 0 && (args[length - 1] === null || args[length - 1] === undefined)) length--;
  return length;
}

/** Excel's broadcasting: each dimension is 1 (broadcast) or the one shared size. */
function broadcastSize(sizes: number[]): number | undefined {
  const wide = sizes.filter((size) => size !== 1);
  if (wide.some((size) => size !== wide[0])) return undefined;
  return wide[0] ?? 1;
}

/**
 * A finite result stays; an overflow (e.g. a salary of 1e308 × 1.15) becomes #NUM!, never
 * Infinity; −0 (a tiny negative amount rounded to the penny) becomes 0, which Excel shows.
 */
const finite = (cell: Cell): Cell => {
  if (typeof cell !== "number") return cell;
  if (!Number.isFinite(cell)) return invalidNumber("The result is too large to be a number: check the inputs' size.");
  return cell === 0 ? 0 : cell;
};

/**
 * One function result as a block of finite cells. Results are shared by every caller that
 * asks the same question; Matrix's read-only type keeps callers from changing them. (They
 * are not frozen: V8 reads frozen arrays of numbers several times slower.)
 */
function asMatrix(result: Cell | Matrix): Matrix {
  if (!isMatrix(result)) return [[finite(result)]];
  // Copied only when a cell must change: a plan's monthly rows are many, and nearly always finite.
  // Object.is, not ===: −0 === 0, and −0 must be replaced.
  return result.every((row) => row.every((cell) => Object.is(finite(cell), cell)))
    ? result
    : result.map((row) => row.map(finite));
}

// Array.isArray does not narrow read-only arrays.
const isMatrix = (result: Cell | Matrix): result is Matrix => Array.isArray(result);

/** Answers remembered per function: enough for every combination a large plan uses. */
const memoLimit = 5_000;

/** One function, resolved once: what an adapter calls, with the function's own memory of answers. */
export type BoundFunction = (args: readonly unknown[]) => Matrix;

/**
 * Evaluates AIPAY functions against one guide. Answers that depend only on their
 * arguments are remembered, so a plan that asks the same question on many rows pays for
 * it once. Results are shared: read them, never change them.
 */
export class Calculator {
  private readonly memos = new Map(FUNCTIONS.map((spec) => [spec, new Memo<Matrix>(memoLimit)]));

  constructor(private readonly guide: PayGuide) {}

  /** Calls a function by name (case-insensitive, with or without the AIPAY. prefix). */
  call(name: string, rawArgs: readonly unknown[]): Matrix {
    const spec = byName.get(name) ?? byName.get(name.toUpperCase().replace(/^AIPAY\./, ""));
    if (!spec)
      return [
        [
          invalidValue(
            `Unknown function '${shortened(name)}'. AIPAY functions: ${FUNCTIONS.map((f) => f.name).join(", ")}.`,
          ),
        ],
      ];
    return this.callSpec(spec, this.memos.get(spec)!, rawArgs);
  }

  /** A function resolved once by name, for callers that call it often (the Excel adapter, benchmarks). */
  bind(name: string): BoundFunction {
    const spec = byName.get(name);
    if (!spec) return (args) => this.call(name, args);
    const memo = this.memos.get(spec)!;
    return (args) => this.callSpec(spec, memo, args);
  }

  /** A function that is not a worksheet function (a building block of an adapter), with its own memory. */
  bindSpec(spec: FunctionSpec): BoundFunction {
    const memo = new Memo<Matrix>(memoLimit);
    return (args) => this.callSpec(spec, memo, args);
  }

  private callSpec(spec: FunctionSpec, memo: Memo<Matrix>, rawArgs: readonly unknown[]): Matrix {
    if (rawArgs.length > spec.params.length) {
      return [
        [
          invalidValue(
            `${spec.name} takes at most ${spec.params.length} arguments (${spec.params.join(", ")}); got ${rawArgs.length}.`,
          ),
        ],
      ];
    }
    // Fast path: a single-value call asked before.
    const known = memo.get(rawArgs, keyLength(rawArgs, rawArgs.length));
    if (known) return known;
    return rawArgs.some(Array.isArray) ? this.lifted(spec, memo, rawArgs) : this.single(spec, memo, rawArgs);
  }

  /** A call with one value per argument, remembered by those values. */
  private single(spec: FunctionSpec, memo: Memo<Matrix>, rawArgs: readonly unknown[]): Matrix {
    const blocks = spec.params.map((_, i) => [[readCell(rawArgs[i])]]);
    const context: CallContext = { lists: takeLists(spec, blocks, 1).at(0) };
    const result = this.compute(
      spec,
      blocks.map((b) => b[0][0]),
      context,
    );
    if (rawArgs.every(Memo.canKey)) memo.set(rawArgs, keyLength(rawArgs, rawArgs.length), result);
    return result;
  }

  /** A call with ranges: lifted over them the way Excel's own functions are. */
  private lifted(spec: FunctionSpec, memo: Memo<Matrix>, rawArgs: readonly unknown[]): Matrix {
    const args = spec.params.map((_, i) => readArgument(rawArgs[i]));
    const badArgument = args.find((a): a is EngineError => a instanceof EngineError);
    if (badArgument) return [[badArgument]];
    const blocks = args as unknown[][][];
    // List parameters (skills) are not lifted over: the other arguments set the shape.
    const lifted = blocks.filter((_, i) => !spec.lists?.includes(spec.params[i]));
    const rows = broadcastSize(lifted.map((b) => b.length));
    const columns = broadcastSize(lifted.map((b) => b[0].length));
    if (rows === undefined || columns === undefined) {
      const shapes = lifted.map((b) => `${b.length}×${b[0].length}`).join(", ");
      return [
        [
          invalidValue(
            `The ranges given to ${spec.name} have shapes that do not fit together (${shapes}): use ranges of one size, or single cells, rows or columns.`,
          ),
        ],
      ];
    }
    const lists = takeLists(spec, blocks, rows);
    const context: CallContext = { lists: lists.at(0) };

    // With a non-empty list (skills) the answers hold for this call only, keyed by the list
    // too: remember them here.
    const answers = lists.given ? new Memo<Matrix>(memoLimit) : memo;
    const cells: Cell[] = new Array(blocks.length);
    const at = (r: number, c: number) => {
      for (let i = 0; i < blocks.length; i++) {
        const block = blocks[i];
        cells[i] = readCell(block[block.length === 1 ? 0 : r][block[0].length === 1 ? 0 : c]);
      }
      return cells;
    };
    const one = (r: number, c: number): Matrix => {
      context.lists = lists.at(r);
      const args = at(r, c);
      // compute reads the cells and keeps none of them, so the reused array needs no copy.
      if (spec.remember === false) return this.compute(spec, args, context);
      const key = lists.given ? [...args, ...Object.values(context.lists).flatMap((list) => [...list, null])] : args;
      const length = keyLength(key, key.length);
      const known = answers.get(key, length);
      if (known) return known;
      const result = this.compute(spec, args.slice(), context);
      if (key.every(Memo.canKey)) answers.set(key, length, result);
      return result;
    };
    if (rows === 1 && columns === 1) return one(0, 0);

    // One result per position. A row result (e.g. point "range") may spill across only
    // when the inputs form a single column.
    const out: (readonly Cell[])[] = [];
    for (let r = 0; r < rows; r++) {
      // A single column's row result is the output row as it is (results are read-only), so a
      // 100,000-hire monthly grid is not copied cell by cell.
      const single = columns === 1 ? one(r, 0) : undefined;
      if (single?.length === 1) {
        out.push(single[0]);
        continue;
      }
      const line: Cell[] = [];
      for (let c = 0; c < columns; c++) {
        const result = single ?? one(r, c);
        if (result.length === 1 && result[0].length === 1) line.push(result[0][0]);
        else line.push(invalidValue(severalValuesMessage(spec, result)));
      }
      out.push(line);
    }
    return padRows(out);
  }

  /** One result from one value per argument; every failure becomes an error cell. */
  private compute(spec: FunctionSpec, args: Cell[], context: CallContext): Matrix {
    const inputError = args.find((a): a is EngineError => a instanceof EngineError);
    if (inputError) return asMatrix(inputError);
    try {
      return asMatrix(spec.evaluate(this.guide, args as Scalar[], context));
    } catch (error) {
      if (error instanceof EngineError) return asMatrix(error);
      const reason = error instanceof Error ? error.message : String(error);
      return asMatrix(invalidValue(`AIPAY could not compute ${spec.name}: ${reason}`));
    }
  }
}

/** A lifted element that would spill a row needs a single column of inputs; a table needs single values. */
function severalValuesMessage(spec: FunctionSpec, result: Matrix): string {
  return result.length === 1
    ? `${spec.name} returns several values here; give a single column of inputs to spill them.`
    : `${spec.name} returns a ${result.length}×${result[0].length} table for one set of inputs; give single values, not ranges.`;
}

const noLists: ListArguments = Object.freeze({});

/**
 * Takes the spec's list parameters (skills) out of the blocks as their non-blank cells,
 * leaving in their place what lifts: a blank, or the list's first error cell, which then
 * stands in that result as any error argument does. A list range as tall as the lifted
 * rows (a skills column beside a roles column) gives each row its own list, as Excel pairs
 * ranges; any other list is one list for every result. Returns each row's lists, and
 * whether any list holds a value.
 */
function takeLists(
  spec: FunctionSpec,
  blocks: unknown[][][],
  rows: number,
): { at(row: number): ListArguments; given: boolean } {
  const names = spec.lists ?? [];
  if (names.length === 0) return { at: () => noLists, given: false };
  const byName = names.map((name) => {
    const i = spec.params.indexOf(name);
    const block = blocks[i];
    const lines = rows > 1 && block.length === rows ? block : [block.flat()];
    const read = lines.map((line) => {
      const cells = line.map(readCell);
      const error = cells.find((cell): cell is EngineError => cell instanceof EngineError);
      return { error, list: error ? [] : (cells as Scalar[]).filter((cell) => !isEmptyCell(cell)) };
    });
    blocks[i] = read.map(({ error }) => [error ?? null]);
    return { name, read };
  });
  const height = Math.max(...byName.map(({ read }) => read.length));
  const byRow = Array.from({ length: height }, (_, r) =>
    Object.fromEntries(byName.map(({ name, read }) => [name, read[read.length === 1 ? 0 : r].list])),
  );
  return {
    at: (row) => byRow[byRow.length === 1 ? 0 : row],
    given: byName.some(({ read }) => read.some(({ list }) => list.length > 0)),
  };
}

/** Rows of a lifted result can differ in width (an error next to a 1×2 range): pad with empty text. */
function padRows(matrix: Matrix): Matrix {
  let width = 0;
  for (const row of matrix) width = Math.max(width, row.length);
  if (matrix.every((row) => row.length === width)) return matrix;
  return matrix.map((row) => (row.length === width ? row : [...row, ...Array<Cell>(width - row.length).fill("")]));
}
