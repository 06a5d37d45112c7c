/**
 * aipay: the engine on the command line.
 *   aipay 'SALARYBAND("MLOps Engineer","Senior","London","low")'   → 85000
 *   aipay --json < formulas.txt                                     → one JSON value per line
 */
// First, so that it is in place before the engine loads and validates its dataset.
import "./fatal";
import { createInterface } from "node:readline";
import { evaluate, EngineError, FUNCTIONS, type Cell, type Matrix } from "../engine";
import { FormulaSyntaxError, parseFormula } from "./formula";

type JsonCell = string | number | boolean | { error: string; message: string };
type JsonValue = JsonCell | JsonCell[][] | null;

const usage = `Usage:
  aipay 'SALARYBAND("LLM Engineer","Senior","London")'   evaluate one formula
  aipay --json                                           one formula per line on stdin, one JSON value per line out
Functions (the AIPAY. prefix is optional): ${FUNCTIONS.map((f) => `${f.name}(${f.params.join(", ")})`).join(", ")}`;

/** Evaluates formula text; a syntax error comes back as a #VALUE! cell, as Excel would refuse it. */
function run(formula: string): Matrix {
  try {
    const call = parseFormula(formula);
    return evaluate(call.name, call.args);
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return [[new EngineError("#VALUE!", `Formula syntax: ${error.message}`)]];
    throw error;
  }
}

const toJsonCell = (cell: Cell): JsonCell =>
  cell instanceof EngineError ? { error: cell.code, message: cell.message } : (cell ?? "");

/** A single cell prints as itself; a spill prints as a 2-D array. */
function toJson(result: Matrix): JsonValue {
  return result.length === 1 && result[0].length === 1
    ? toJsonCell(result[0][0])
    : result.map((row) => row.map(toJsonCell));
}

const toText = (cell: Cell): string => (cell instanceof EngineError ? cell.code : String(cell ?? ""));

async function runJsonLines(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    // A blank line answers null so that output line N still matches input line N.
    process.stdout.write(`${JSON.stringify(line.trim() === "" ? null : toJson(run(line)))}\n`);
  }
}

function runOne(formula: string): number {
  const result = run(formula);
  const only = result.length === 1 && result[0].length === 1 ? result[0][0] : undefined;
  if (only instanceof EngineError) {
    process.stderr.write(`${only.code}: ${only.message}\n`);
    return 1;
  }
  process.stdout.write(`${result.map((row) => row.map(toText).join("\t")).join("\n")}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--json")) {
    await runJsonLines();
    return 0;
  }
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${usage}\n`);
    return argv.length === 0 ? 1 : 0;
  }
  return runOne(argv.join(" "));
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`aipay: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
