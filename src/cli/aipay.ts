/**
 * aipay: the engine on the command line.
 *   aipay 'SALARYBAND("MLOps Engineer","Senior","London","low")'   → 85000
 *   aipay --json < formulas.txt                                     → one JSON value per line
 *   aipay plan hires.csv --year-start 2027-04-01 --tax-year 2026/27 → a monthly budget as CSV, streamed
 *   aipay diff 2026 2027                                            → the figures two editions differ in
 *   aipay census people.csv --bands bands.csv --map titles.csv       → a market check of a census, streamed
 */
// First, so that it is in place before the engine loads and validates its dataset.
import "./fatal";
import { createInterface } from "node:readline";
import { EngineError, FUNCTIONS, type Cell, type Matrix } from "../engine";
import { aipay } from "./engine";
import { FormulaSyntaxError, parseFormula } from "./formula";
import { planUsage, runPlan } from "./plan";
import { diffUsage, runDiff } from "./diff";
import { censusUsage, runCensus } from "./census";
import { exitCodes, writeOut } from "./output";

type JsonCell = string | number | boolean | { error: string; message: string };
type JsonValue = JsonCell | JsonCell[][] | null;

const synopsis = `Usage:
  aipay 'SALARYBAND("LLM Engineer","Senior","London")'   evaluate one formula
  aipay --json [--strict]                                one formula per line on stdin, one JSON value per line out
  ${planUsage}
  ${diffUsage}
  ${censusUsage}`;
const usage = `${synopsis}
Exit codes: 0 done; 1 the formula's result is an error (with --json --strict: some line's is; for plan: the
plan is refused, by its options, its file or a row); 2 a usage error, a dataset that cannot be loaded, or output
that cannot be written.
Functions (the AIPAY. prefix is optional): ${FUNCTIONS.map((f) => `${f.name}(${f.params.join(", ")})`).join(", ")}`;

/** Evaluates formula text; a syntax error comes back as a #VALUE! cell, as Excel would refuse it. */
function run(formula: string): Matrix {
  try {
    const call = parseFormula(formula);
    return aipay.evaluate(call.name, call.args);
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

const holdsError = (result: Matrix) => result.some((row) => row.some((cell) => cell instanceof EngineError));

/** Answers each stdin line; returns whether any answer holds an error. */
async function runJsonLines(): Promise<boolean> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let anyError = false;
  for await (const line of lines) {
    // A blank line answers null so that output line N still matches input line N.
    const result = line.trim() === "" ? null : run(line);
    anyError ||= result !== null && holdsError(result);
    await writeOut(`${JSON.stringify(result && toJson(result))}\n`);
  }
  return anyError;
}

async function runOne(formula: string): Promise<number> {
  const result = run(formula);
  const only = result.length === 1 && result[0].length === 1 ? result[0][0] : undefined;
  if (only instanceof EngineError) {
    process.stderr.write(`${only.code}: ${only.message}\n`);
    return exitCodes.resultError;
  }
  await writeOut(`${result.map((row) => row.map(toText).join("\t")).join("\n")}\n`);
  return exitCodes.ok;
}

const flags = new Set(["--json", "--strict", "--help", "-h"]);

function usageError(problem: string): number {
  process.stderr.write(`aipay: ${problem}\n${synopsis}\n`);
  return exitCodes.failure;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "plan") return runPlan(argv.slice(1));
  if (argv[0] === "diff") return runDiff(aipay, argv.slice(1));
  if (argv[0] === "census") return runCensus(argv.slice(1));
  if (argv.includes("--help") || argv.includes("-h")) {
    await writeOut(`${usage}\n`);
    return exitCodes.ok;
  }
  const unknown = argv.find((arg) => arg.startsWith("--") && !flags.has(arg));
  if (unknown) return usageError(`unknown option ${unknown}.`);
  const formula = argv.filter((arg) => !flags.has(arg)).join(" ");
  if (argv.includes("--json")) {
    if (formula) return usageError("--json reads formulas from stdin: give no formula argument beside it.");
    return (await runJsonLines()) && argv.includes("--strict") ? exitCodes.resultError : exitCodes.ok;
  }
  if (argv.includes("--strict")) return usageError("--strict applies to --json.");
  if (!formula) return usageError("give a formula, or --json to read them from stdin.");
  return runOne(formula);
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
