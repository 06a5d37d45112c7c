/**
 * Excel's rules for a function given ranges: which shapes fit together, how list
 * parameters pair with the lifted rows, and how rows of different widths line up.
 */
import type { FunctionSpec, ListArguments } from "../functions/spec";
import { isEmptyCell } from "../core/cells";
import { EngineError, type Cell, type Matrix, type Scalar } from "../core/values";
import { readCell } from "./cells";

/** Excel's broadcasting: each dimension is 1 (broadcast) or the one shared size. */
export function broadcastSize(sizes: number[]): number | undefined {
  const wide = sizes.filter((size) => size !== 1);
  if (wide.some((size) => size !== wide[0])) return undefined;
  return wide[0] ?? 1;
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
export function takeLists(
  spec: FunctionSpec,
  blocks: unknown[][][],
  rows: number,
): { at(row: number): ListArguments; given: boolean } {
  const names = spec.lists;
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
export function padRows(matrix: Matrix): Matrix {
  // One walk finds both whether any row differs from the first and the widest row.
  const first = matrix[0]?.length ?? 0;
  let width = first;
  let ragged = false;
  for (const row of matrix) {
    if (row.length === first) continue;
    ragged = true;
    width = Math.max(width, row.length);
  }
  if (!ragged) return matrix;
  return matrix.map((row) => (row.length === width ? row : [...row, ...Array<Cell>(width - row.length).fill("")]));
}
