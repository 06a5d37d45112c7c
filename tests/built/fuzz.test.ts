/**
 * Property-based robustness of every public function, found through the engine's registry
 * and the generated functions.json, so functions added later are fuzzed without edits here:
 * whatever arrives, nothing throws, and every cell out is text, a finite number, a boolean
 * or an error Excel accepts (with a message where Excel shows one).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { evaluate, EngineError, FUNCTIONS } from "../support/engine";
import { ROLECARD } from "../../src/functions/rolecard";
import { distDir, loadFunctionsBundle, StandInError } from "../support/bundle";
import {
  allowedCodes,
  anyArgument,
  cellArbitrary,
  checkProperty,
  codesWithMessage,
  plainErrorValue,
  rangeArbitrary,
} from "../support/fuzz";

const declared = (
  JSON.parse(fs.readFileSync(path.join(distDir, "functions.json"), "utf8")) as {
    functions: { id: string; parameters: unknown[] }[];
  }
).functions;
const bundle = loadFunctionsBundle();

/** Why a result is not something Excel can show, or undefined when it is. */
function problemWith(result: unknown, isError: (cell: unknown) => cell is { code: string; message?: string }) {
  if (!Array.isArray(result) || result.length === 0) return "not a non-empty 2-D array";
  const width = (result[0] as unknown[]).length;
  for (const row of result) {
    if (!Array.isArray(row) || row.length === 0 || row.length !== width) return "not rectangular";
    for (const cell of row) {
      if (isError(cell)) {
        if (!allowedCodes.includes(cell.code)) return `error code ${cell.code}`;
        if (codesWithMessage.includes(cell.code) && !cell.message) return `${cell.code} without a message`;
      } else if (typeof cell === "number") {
        if (!Number.isFinite(cell)) return `the number ${cell}`;
      } else if (typeof cell !== "string" && typeof cell !== "boolean" && cell !== null) {
        return `a cell of type ${typeof cell}`;
      }
    }
  }
  return undefined;
}

const engineError = (cell: unknown): cell is EngineError => cell instanceof EngineError;
const excelError = (cell: unknown): cell is StandInError => cell instanceof StandInError;

describe.each(FUNCTIONS.map((spec) => [spec.name, spec] as const))("%s", (name, spec) => {
  test("through evaluate(): any arguments, never a throw, only values Excel can show", () => {
    const args = fc.array(anyArgument(cellArbitrary(plainErrorValue)), { maxLength: spec.params.length + 1 });
    checkProperty(
      fc.property(args, (a) => {
        const problem = problemWith(evaluate(name, a), engineError);
        if (problem) throw new Error(problem);
      }),
      300,
    );
  });

  test("through the built bundle: Excel-shaped arguments, only CustomFunctions values back", () => {
    const fn = bundle.get(name)!;
    const excelErrorValue = fc
      .record({ code: fc.constantFrom(...allowedCodes), message: fc.string({ maxLength: 10 }) })
      .map(({ code, message }) => new StandInError(code, message));
    const cell = cellArbitrary(fc.oneof(excelErrorValue, plainErrorValue)).filter((c) => c !== undefined);
    // Excel passes every declared parameter: a range (a single cell is 1×1) or null when omitted.
    const parameter = fc.option(rangeArbitrary(cell), { nil: null, freq: 4 });
    const args = fc.tuple(...spec.params.map(() => parameter));
    checkProperty(
      fc.property(args, (a) => {
        const result = fn(...a);
        const problem = problemWith(result, excelError);
        if (problem) throw new Error(problem);
        if ((result as unknown[][]).some((row) => row.includes(null))) throw new Error("a null cell reached Excel");
      }),
      300,
    );
  });
});

test("the bundle declares and associates exactly the registry's functions and ROLECARD, so all are fuzzed", () => {
  // ROLECARD is composed by the Excel adapter and fuzzed in tests/built/rolecard.test.ts.
  const names = [...FUNCTIONS.map((f) => f.name), ROLECARD.name].sort();
  expect(declared.map((f) => f.id).sort()).toEqual(names);
  expect([...bundle.keys()].sort()).toEqual(names);
});
