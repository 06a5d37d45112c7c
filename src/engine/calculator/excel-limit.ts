/**
 * The largest answer Excel takes from a custom function. Excel on the web refuses a request
 * or response over 5 MB (Microsoft, "Resource limits and performance optimization for Office
 * Add-ins"), and an answer travels to Excel as one message: a MONTHLY spill of 53,000 hires
 * paid all year (80,000 hired mid-year) would be lost with no word why. Such an answer is
 * refused instead, with a message saying how to split it. Microsoft documents no way to send
 * one answer in parts (a streaming function's setResult sends the whole answer each time),
 * and the refusal holds on every platform, so a workbook gives the same answers wherever it
 * is opened.
 */
import { CallMessage } from "../core/messages";
import { maxTextLength } from "../core/cells";
import { EngineError, invalidValue, type Cell, type Matrix } from "../core/values";

/** Excel on the web's limit, in characters of the message's JSON (5 MB, counted as 5,000,000). */
export const maxAnswerSize = 5_000_000;

/** The most characters a number takes in JSON ("-1.2345678901234567e+308"). */
const longestNumber = 24;

/** A cell's size in JSON; a number's exactly, or at most `longestNumber` when `exact` is false. */
function cellSize(cell: Cell, exact: boolean): number {
  if (typeof cell === "number") return exact ? String(cell).length : longestNumber;
  if (cell instanceof EngineError) return JSON.stringify({ code: cell.code, message: cell.message }).length;
  return JSON.stringify(cell).length;
}

/** The answer's size as JSON (brackets and commas included), exactly, or an upper bound. */
function answerSize(answer: Matrix, exact: boolean): number {
  let size = 2 + Math.max(answer.length - 1, 0);
  for (const row of answer) {
    size += 2 + Math.max(row.length - 1, 0);
    for (const cell of row) size += cellSize(cell, exact);
  }
  return size;
}

/** The size of an answer written as JSON, the form Excel's messages carry it in. */
export const jsonSize = (answer: Matrix): number => answerSize(answer, true);

/** More characters than one cell takes in JSON: text within Excel's limit, quoted, or an error and its message. */
const largestCell = maxTextLength + 100;

/** The answer, or a one-cell refusal when it is too large for Excel to take. */
export function fitForExcel(answer: Matrix): Matrix {
  // Most answers are a few cells, which cannot reach the limit whatever they hold.
  if (answer.length * (answer[0]?.length ?? 0) * largestCell <= maxAnswerSize) return answer;
  // Numbers are counted exactly only when their longest form could pass the limit.
  if (answerSize(answer, false) <= maxAnswerSize) return answer;
  const size = jsonSize(answer);
  if (size <= maxAnswerSize) return answer;
  const rows = answer.length;
  const rowsThatFit = Math.max(Math.floor((rows * maxAnswerSize) / size), 1);
  return [[invalidValue(CallMessage.answerTooLarge(rows, answer[0]?.length ?? 0, size, rowsThatFit))]];
}
