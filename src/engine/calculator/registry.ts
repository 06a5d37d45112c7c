/**
 * The one entry point adapters call: a function name and Excel-shaped arguments in,
 * a rectangular block of results out. It lifts every function over ranges the way
 * Excel's own functions do, and turns every failure into an error cell, so nothing
 * throws past it and no NaN, Infinity or undefined comes out.
 */
import type { PayGuide } from "../model/guide";
import { EditionLibrary } from "../model/editions";
import type { CallContext, FunctionSpec } from "../functions/spec";
import { CallMessage } from "../core/messages";
import { Memo } from "./memo";
import { EngineError, invalidNumber, invalidValue, type Cell, type Matrix, type Scalar } from "../core/values";
import { isEmptyCell } from "../core/cells";
import { FUNCTIONS } from "./functions";
import { readArgument, readCell, unwrapSingleCells } from "./cells";
import { broadcastSize, padRows, takeLists } from "./lifting";
import { readCards } from "./cards";
import type { DateSystem } from "../calendar/dates";
import { datesIn1900System } from "../functions/workbook-dates";

export { FUNCTIONS } from "./functions";

/**
 * A finite result stays; an overflow (e.g. a salary of 1e308 × 1.15) becomes #NUM!, never
 * Infinity; −0 (a tiny negative amount rounded to the penny) becomes 0, which Excel shows.
 */
const finite = (cell: Cell): Cell => {
  if (typeof cell !== "number") return cell;
  if (!Number.isFinite(cell)) return invalidNumber(CallMessage.resultTooLarge());
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

/** How many leading arguments matter: trailing omitted ones do not, so they are left out of memo keys. */
function keyLength(args: ArrayLike<unknown>, length: number): number {
  while (length > 0 && (args[length - 1] === null || args[length - 1] === undefined)) length--;
  return length;
}

/** Answers remembered per function: enough for every combination a large plan uses. */
const memoLimit = 5_000;

/** What a calculator is told of the workbook it calculates for. */
export interface CalculatorSettings {
  functions?: readonly FunctionSpec[];
  dateSystem?: DateSystem;
  /** The editions the guide is one of: by default, those of the dataset the guide was built from. */
  editions?: EditionLibrary;
}

/** One function, resolved once: what an adapter calls, with the function's own memory of answers. */
export type BoundFunction = (args: readonly unknown[]) => Matrix;

/**
 * Evaluates AIPAY functions against one guide. Answers that depend only on their
 * arguments are remembered, so a plan that asks the same question on many rows pays for
 * it once. Results are shared: read them, never change them.
 */
export class Calculator {
  /** Every memory of answers this calculator keeps: the functions' own and those of bindSpec. */
  private readonly allMemos: Memo<Matrix>[] = [];
  private readonly memos: Map<FunctionSpec, Memo<Matrix>>;
  private readonly byName: ReadonlyMap<string, FunctionSpec>;
  /** The worksheet functions it answers. */
  readonly functions: readonly FunctionSpec[];
  private dateSystem: DateSystem;
  private readonly editions: EditionLibrary;
  /**
   * Lets a function built from others (PLANROW) call them through this calculator, memory
   * included. Its arguments are the outer function's, already read in the 1900 system (dates
   * as ISO text), so nothing is moved twice.
   */
  private readonly callOther = (name: string, args: readonly unknown[]) => this.call(name, args);

  /**
   * `settings.functions`: the worksheet functions it answers (the engine's own unless given);
   * `settings.dateSystem`: the workbook's date system, which its date serials count in (1900 unless given).
   */
  constructor(
    readonly guide: PayGuide,
    settings: CalculatorSettings = {},
  ) {
    this.functions = settings.functions ?? FUNCTIONS;
    this.memos = new Map(this.functions.map((spec) => [spec, this.newMemo()]));
    this.byName = new Map(this.functions.map((spec) => [spec.name, spec]));
    this.dateSystem = settings.dateSystem ?? 1900;
    this.editions = settings.editions ?? new EditionLibrary(guide.data);
  }

  /**
   * Reads date serials in `system` from now on, forgetting the answers given in the other.
   * True when that is a change.
   */
  useDateSystem(system: DateSystem): boolean {
    if (system === this.dateSystem) return false;
    this.dateSystem = system;
    for (const memo of this.allMemos) memo.clear();
    return true;
  }

  /** Calls a function by name (case-insensitive, with or without the AIPAY. prefix). */
  call(name: string, rawArgs: readonly unknown[]): Matrix {
    const { byName } = this;
    const spec = byName.get(name) ?? byName.get(name.toUpperCase().replace(/^AIPAY\./, ""));
    if (!spec) {
      const names = this.functions.map((f) => f.name);
      return [[invalidValue(CallMessage.unknownFunction(name, names))]];
    }
    return this.callSpec(spec, this.memos.get(spec)!, rawArgs);
  }

  /** A function resolved once by name, for callers that call it often (the Excel adapter, benchmarks). */
  bind(name: string): BoundFunction {
    const spec = this.byName.get(name);
    if (!spec) return (args) => this.call(name, args);
    const memo = this.memos.get(spec)!;
    return (args) => this.callSpec(spec, memo, args);
  }

  /** A function that is not a worksheet function (a building block of an adapter), with its own memory. */
  bindSpec(spec: FunctionSpec): BoundFunction {
    const memo = this.newMemo();
    return (args) => this.callSpec(spec, memo, args);
  }

  private callSpec(spec: FunctionSpec, memo: Memo<Matrix>, given: readonly unknown[]): Matrix {
    if (given.length > spec.params.length)
      return [[invalidValue(CallMessage.tooManyArguments(spec.name, spec.params, given.length))]];
    const rawArgs = unwrapSingleCells(given);
    // Fast path: a single-value call asked before.
    const known = memo.get(rawArgs, keyLength(rawArgs, rawArgs.length));
    if (known) return known;
    const read = readCards(spec, rawArgs);
    // A role card's fields, asked as any other call is (and remembered by them).
    if (read !== rawArgs) return this.callSpec(spec, memo, read);
    return rawArgs.some(Array.isArray) ? this.lifted(spec, memo, rawArgs) : this.single(spec, memo, rawArgs);
  }

  /** A call with one value per argument, remembered by those values. */
  private single(spec: FunctionSpec, memo: Memo<Matrix>, rawArgs: readonly unknown[]): Matrix {
    const blocks = spec.params.map((_, i) => [[readCell(rawArgs[i])]]);
    const context: CallContext = {
      lists: takeLists(spec, blocks, 1).at(0),
      call: this.callOther,
      dateSystem: this.dateSystem,
      editions: this.editions,
    };
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
    return this.liftedColumns(spec, memo, rawArgs) ?? this.liftedBlocks(spec, memo, rawArgs);
  }

  /**
   * The common plan shape, in one walk over the rows: every argument one value or a column
   * of one height, and every list parameter (skills) left empty. Each row is checked as it
   * is read, so a 100,000-row plan is walked once, not once to check and again to compute.
   * Undefined for any other shape, or on meeting a row that is not a one-cell row:
   * liftedBlocks then answers, with the message it gives. (Answers remembered before that
   * are right all the same.)
   */
  private liftedColumns(spec: FunctionSpec, memo: Memo<Matrix>, rawArgs: readonly unknown[]): Matrix | undefined {
    const lists: Record<string, readonly Scalar[]> = {};
    for (const name of spec.lists) {
      const given = rawArgs[spec.params.indexOf(name)];
      if (Array.isArray(given)) return undefined;
      const cell = readCell(given);
      if (cell instanceof EngineError || !isEmptyCell(cell)) return undefined;
      lists[name] = [];
    }
    const count = spec.params.length;
    let rows = 1;
    for (let i = 0; i < count; i++) {
      const arg = rawArgs[i];
      if (!Array.isArray(arg)) continue;
      if (!Array.isArray(arg[0]) || arg[0].length !== 1) return undefined;
      if (arg.length === 1) continue;
      if (rows !== 1 && arg.length !== rows) return undefined;
      rows = arg.length;
    }
    if (rows === 1) return undefined;
    // Per argument: its column, or its one cell read once for every row (a list's is empty).
    const columns = Array.from({ length: count }, (_, i) => {
      const arg = rawArgs[i];
      return Array.isArray(arg) && arg.length === rows ? (arg as unknown[]) : undefined;
    });
    const cells: Cell[] = spec.params.map((name, i) => {
      const arg = rawArgs[i];
      if (columns[i] || spec.lists.includes(name)) return null;
      return readCell(Array.isArray(arg) ? arg[0][0] : arg);
    });
    const context: CallContext = { lists, call: this.callOther, dateSystem: this.dateSystem, editions: this.editions };
    const remember = spec.remember !== false;
    const out: (readonly Cell[])[] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      for (let i = 0; i < count; i++) {
        const column = columns[i];
        if (column === undefined) continue;
        const row = column[r];
        if (!Array.isArray(row) || row.length !== 1) return undefined;
        cells[i] = readCell(row[0]);
      }
      // compute keeps none of the cells it reads, so the reused array needs no copy.
      const result = remember ? this.remembered(spec, memo, cells, context) : this.compute(spec, cells, context);
      out[r] =
        result.length === 1
          ? result[0]
          : [invalidValue(CallMessage.severalValues(spec.name, result.length, result[0].length))];
    }
    return padRows(out);
  }

  /**
   * The answer for one position's cells, remembered by `key` (the cells, and any lists),
   * computed only if not remembered, from a copy: callers reuse `cells` for the next position.
   */
  private remembered(
    spec: FunctionSpec,
    memo: Memo<Matrix>,
    cells: Cell[],
    context: CallContext,
    key: readonly unknown[] = cells,
  ): Matrix {
    const length = keyLength(key, key.length);
    const known = memo.get(key, length);
    if (known) return known;
    const result = this.compute(spec, cells.slice(), context);
    if (key.every(Memo.canKey)) memo.set(key, length, result);
    return result;
  }

  /** Any shape of ranges: their shapes broadcast together, list parameters taken out first. */
  private liftedBlocks(spec: FunctionSpec, memo: Memo<Matrix>, rawArgs: readonly unknown[]): Matrix {
    const args = spec.params.map((_, i) => readArgument(rawArgs[i]));
    const badArgument = args.find((a): a is EngineError => a instanceof EngineError);
    if (badArgument) return [[badArgument]];
    const blocks = args as unknown[][][];
    // List parameters (skills) are not lifted over: the other arguments set the shape.
    const lifted = blocks.filter((_, i) => !spec.lists.includes(spec.params[i]));
    const rows = broadcastSize(lifted.map((b) => b.length));
    const columns = broadcastSize(lifted.map((b) => b[0].length));
    if (rows === undefined || columns === undefined) {
      const shapes = lifted.map((b) => ({ rows: b.length, columns: b[0].length }));
      return [[invalidValue(CallMessage.shapesDoNotFit(spec.name, shapes))]];
    }
    const lists = takeLists(spec, blocks, rows);
    const context: CallContext = { lists: lists.at(0), call: this.callOther, dateSystem: this.dateSystem, editions: this.editions };

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
      return this.remembered(spec, answers, args, context, key);
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
        else line.push(invalidValue(CallMessage.severalValues(spec.name, result.length, result[0].length)));
      }
      out.push(line);
    }
    return padRows(out);
  }

  private newMemo(): Memo<Matrix> {
    const memo = new Memo<Matrix>(memoLimit);
    this.allMemos.push(memo);
    return memo;
  }

  /** One result from one value per argument; every failure becomes an error cell. */
  private compute(spec: FunctionSpec, args: Cell[], context: CallContext): Matrix {
    const inputError = args.find((a): a is EngineError => a instanceof EngineError);
    if (inputError) return asMatrix(inputError);
    try {
      const read = datesIn1900System(spec.parameters, args, this.dateSystem) as Scalar[];
      return asMatrix(spec.evaluate(this.guide, read, context));
    } catch (error) {
      if (error instanceof EngineError) return asMatrix(error);
      const reason = error instanceof Error ? error.message : String(error);
      return asMatrix(invalidValue(CallMessage.couldNotCompute(spec.name, reason)));
    }
  }
}
