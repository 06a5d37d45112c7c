/**
 * The one entry point adapters call: a function name and Excel-shaped arguments in,
 * a rectangular block of results out. It lifts every function over ranges the way
 * Excel's own functions do, and turns every failure into an error cell, so nothing
 * throws past it and no NaN, Infinity or undefined comes out.
 */
import type { PayGuide } from "./guide";
import { DAYRATE } from "./functions/dayrate";
import { LEVELS, LOCATIONS, ROLES, SOURCE } from "./functions/catalogue";
import { SALARYBAND, TOTALCOMP } from "./functions/salary";
import { LOCATIONFACTOR, SKILLPREMIUM } from "./functions/premiums";
import { CONTRACTCOST, GROWTH, LOADEDCOST, PRORATE } from "./functions/budget";
import { COMPARATIO, RANGEPOSITION } from "./functions/position";
import { PERMVSCONTRACT } from "./functions/permvscontract";
import type { CallContext, FunctionSpec, ListArguments } from "./functions/spec";
import { isBlank } from "./args";
import { EngineError, invalidNumber, invalidValue, type Cell, type Matrix, type Scalar } from "./values";

export const FUNCTIONS: readonly FunctionSpec[] = [
  SALARYBAND,
  DAYRATE,
  ROLES,
  LEVELS,
  LOCATIONS,
  SOURCE,
  // Premium rules (issue 3)
  SKILLPREMIUM,
  LOCATIONFACTOR,
  TOTALCOMP,
  // Headcount budgeting (issue 4)
  LOADEDCOST,
  PRORATE,
  GROWTH,
  CONTRACTCOST,
  PERMVSCONTRACT,
  COMPARATIO,
  RANGEPOSITION,
];
const byName = new Map(FUNCTIONS.map((spec) => [spec.name, spec]));
const noLists: ListArguments = {};

/** Error codes Excel may hand us as input that a custom function may also return. */
const passThroughCodes = new Set(["#N/A", "#VALUE!", "#NUM!", "#DIV/0!", "#NULL!"]);

/** Reads whatever the host passed for one cell into a Scalar or an error. */
function readCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number")
    return Number.isFinite(value) ? value : invalidNumber(`The number ${value} is not finite.`);
  if (value instanceof EngineError) return value;
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

/** An omitted argument is one empty cell; a scalar is a 1×1 block; a ragged block is refused. */
function readArgument(value: unknown): Cell[][] | EngineError {
  if (!Array.isArray(value)) return [[readCell(value)]];
  const rows = value.map((row) => (Array.isArray(row) ? row.map(readCell) : [readCell(row)]));
  if (rows.length === 0 || rows[0].length === 0) return [[null]];
  if (rows.some((row) => row.length !== rows[0].length)) return invalidValue("A range argument is not rectangular.");
  return rows;
}

/** Excel's broadcasting: each dimension is 1 (broadcast) or the one shared size. */
function broadcastSize(sizes: number[]): number | undefined {
  const wide = sizes.filter((size) => size !== 1);
  if (wide.some((size) => size !== wide[0])) return undefined;
  return wide[0] ?? 1;
}

function evaluateOne(guide: PayGuide, spec: FunctionSpec, args: Cell[], context: CallContext): Matrix {
  const inputError = args.find((a): a is EngineError => a instanceof EngineError);
  if (inputError) return [[inputError]];
  try {
    return toMatrix(spec.evaluate(guide, args as Scalar[], context));
  } catch (error) {
    if (error instanceof EngineError) return [[error]];
    return [
      [invalidValue(`AIPAY could not compute ${spec.name}: ${error instanceof Error ? error.message : String(error)}`)],
    ];
  }
}

/** A finite result stays; an overflow (e.g. a salary of 1e308 × 1.15) becomes #NUM!, never Infinity. */
const finite = (cell: Cell): Cell =>
  typeof cell === "number" && !Number.isFinite(cell)
    ? invalidNumber("The result is too large to be a number: check the inputs' size.")
    : cell;

function toMatrix(result: Cell | Matrix): Matrix {
  if (!Array.isArray(result)) return [[finite(result)]];
  return result.map((row) => row.map(finite));
}

/**
 * Calls a function by name (case-insensitive, with or without the AIPAY. prefix). Today's
 * date is read once, here at the edge, so the engine stays pure and a whole range agrees.
 */
export function callFunction(
  guide: PayGuide,
  name: string,
  rawArgs: readonly unknown[],
  today: Date = new Date(),
): Matrix {
  const spec = byName.get(name) ?? byName.get(name.toUpperCase().replace(/^AIPAY\./, ""));
  if (!spec)
    return [[invalidValue(`Unknown function '${name}'. AIPAY functions: ${FUNCTIONS.map((f) => f.name).join(", ")}.`)]];
  if (rawArgs.length > spec.params.length) {
    return [
      [
        invalidValue(
          `${spec.name} takes at most ${spec.params.length} arguments (${spec.params.join(", ")}); got ${rawArgs.length}.`,
        ),
      ],
    ];
  }
  // The common call with single values and no list parameter skips the range machinery below.
  if (!spec.lists && !rawArgs.some(Array.isArray)) {
    const cells = spec.params.map((_, i) => readCell(rawArgs[i]));
    return evaluateOne(guide, spec, cells, { today, lists: noLists });
  }
  const args = spec.params.map((_, i) => readArgument(rawArgs[i]));
  const badArgument = args.find((a): a is EngineError => a instanceof EngineError);
  if (badArgument) return [[badArgument]];
  const blocks = args as Cell[][][];
  const context: CallContext = { today, lists: takeLists(spec, blocks) };

  const rows = broadcastSize(blocks.map((b) => b.length));
  const columns = broadcastSize(blocks.map((b) => b[0].length));
  if (rows === undefined || columns === undefined) {
    const lifted = blocks.filter((_, i) => !spec.lists?.includes(spec.params[i]));
    const shapes = lifted.map((b) => `${b.length}×${b[0].length}`).join(", ");
    return [
      [
        invalidValue(
          `The ranges given to ${spec.name} have shapes that do not fit together (${shapes}): use ranges of one size, or single cells, rows or columns.`,
        ),
      ],
    ];
  }
  const argsAt = (r: number, c: number) => blocks.map((b) => b[b.length === 1 ? 0 : r][b[0].length === 1 ? 0 : c]);
  if (rows === 1 && columns === 1) return evaluateOne(guide, spec, argsAt(0, 0), context);

  // Lifted: one result per position. A row result (e.g. point "range") may spill
  // across only when the inputs form a single column.
  const out: Matrix = [];
  for (let r = 0; r < rows; r++) {
    const line: Cell[] = [];
    for (let c = 0; c < columns; c++) {
      const result = evaluateOne(guide, spec, argsAt(r, c), context);
      if (result.length === 1 && result[0].length === 1) line.push(result[0][0]);
      else if (columns === 1 && result.length === 1) line.push(...result[0]);
      else line.push(invalidValue(severalValuesMessage(spec, result)));
    }
    out.push(line);
  }
  return padRows(out);
}

/** A lifted element that would spill a row needs a single column of inputs; a table needs single values. */
function severalValuesMessage(spec: FunctionSpec, result: Matrix): string {
  return result.length === 1
    ? `${spec.name} returns several values here; give a single column of inputs to spill them.`
    : `${spec.name} returns a ${result.length}×${result[0].length} table for one set of inputs; give single values, not ranges.`;
}

/**
 * Takes the spec's list parameters out of the blocks as their non-blank cells, leaving one
 * cell in their place so they do not take part in lifting: a blank, or the list's first
 * error cell, which then stands in every result as any single-cell error argument does.
 */
function takeLists(spec: FunctionSpec, blocks: Cell[][][]): ListArguments {
  const lists: Record<string, Scalar[]> = {};
  for (const name of spec.lists ?? []) {
    const i = spec.params.indexOf(name);
    const cells = blocks[i].flat();
    const error = cells.find((cell): cell is EngineError => cell instanceof EngineError);
    lists[name] = error ? [] : (cells as Scalar[]).filter((cell) => !isBlank(cell));
    blocks[i] = [[error ?? null]];
  }
  return lists;
}

/** Rows of a lifted result can differ in width (an error next to a 1×2 range): pad with empty text. */
function padRows(matrix: Matrix): Matrix {
  const width = Math.max(...matrix.map((row) => row.length));
  return matrix.map((row) => (row.length === width ? row : [...row, ...Array<Cell>(width - row.length).fill("")]));
}
