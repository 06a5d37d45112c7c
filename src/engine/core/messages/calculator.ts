/**
 * The calculator's messages: for a host value no argument can hold, and for a call it cannot
 * make (an unknown function, too many arguments, ranges that do not fit together).
 */
import { maxTextLength, shortened } from "../cells";

const count = (n: number) => n.toLocaleString("en-GB");

export const CellMessage = {
  textTooLong: (length: number) =>
    `Text arguments are limited to ${count(maxTextLength)} characters, Excel's limit for a cell (got ${count(length)}).`,
  notFinite: (value: number) => `The number ${value} is not finite.`,
  /** An error cell given as an argument, when it carries no message of its own. */
  holdsError: (code: string) => `An argument holds the error ${code}.`,
  unreadable: () => "An argument is neither text, a number, a boolean nor empty.",
  /** A data-typed cell (an entity, a web image…) with no plain value in it. */
  dataType: (what: string) => `An argument holds ${what}, which AIPAY cannot read: give text, a number or a date.`,
  notRectangular: () => "A range argument is not rectangular.",
};

export const CallMessage = {
  unknownFunction: (given: string, functions: readonly string[]) =>
    `Unknown function '${shortened(given)}'. AIPAY functions: ${functions.join(", ")}.`,
  tooManyArguments: (name: string, params: readonly string[], given: number) =>
    `${name} takes at most ${params.length} arguments (${params.join(", ")}); got ${given}.`,
  shapesDoNotFit: (name: string, shapes: readonly { rows: number; columns: number }[]) =>
    `The ranges given to ${name} have shapes that do not fit together (${shapes.map((s) => `${s.rows}×${s.columns}`).join(", ")}): use ranges of one size, or single cells, rows or columns.`,
  /** A lifted element that would spill a row needs a single column of inputs; a table needs single values. */
  severalValues: (name: string, rows: number, columns: number) =>
    rows === 1
      ? `${name} returns several values here; give a single column of inputs to spill them.`
      : `${name} returns a ${rows}×${columns} table for one set of inputs; give single values, not ranges.`,
  /** An answer larger than Excel on the web takes from a function, with how to split its inputs. */
  answerTooLarge: (rows: number, columns: number, size: number, rowsThatFit: number) =>
    `The answer is ${count(rows)} rows by ${count(columns)} columns, about ${(size / 1_000_000).toFixed(1)} MB: more than the 5 MB Excel on the web accepts from a function. Split the inputs into ranges of at most ${count(rowsThatFit)} rows, a formula each.`,
  resultTooLarge: () => "The result is too large to be a number: check the inputs' size.",
  /** A failure that is not an engine error (a bug): the function and what went wrong. */
  couldNotCompute: (name: string, reason: string) => `AIPAY could not compute ${name}: ${reason}`,
};
