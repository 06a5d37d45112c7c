/**
 * HyperFormula standing in for Excel in tests: every AIPAY function registered as a
 * HyperFormula function that calls the engine one cell at a time, so a sheet's AIPAY
 * formulas can be calculated and checked against hand-computed figures.
 */
import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  SimpleRangeValue,
} from "hyperformula";
import { bundled, EngineError, FUNCTIONS, type AipayEngine, type Cell } from "./engine";

/** The engine HyperFormula's AIPAY functions call: the bundled one, unless a test says otherwise. */
let engineInUse: AipayEngine = bundled;
/** Calculates AIPAY formulas with `engine` from now on (the bundled engine when none). */
export const calculateWith = (engine: AipayEngine = bundled) => void (engineInUse = engine);

const errorTypes: Record<string, ErrorType> = {
  "#N/A": ErrorType.NA,
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
};
const toHyperFormula = (cell: Cell) =>
  cell instanceof EngineError ? new CellError(errorTypes[cell.code] ?? ErrorType.VALUE, cell.message) : (cell ?? "");

/** What a function argument holding an error looks like in Excel (a CustomFunctions.Error with a code). */
const excelCodes = Object.fromEntries(Object.entries(errorTypes).map(([code, type]) => [type, code]));
const fromHyperFormula = (argument: unknown) => {
  if (argument instanceof CellError)
    return { code: excelCodes[argument.type] ?? "#VALUE!", message: argument.message ?? "" };
  return typeof argument === "symbol" || argument === undefined ? null : argument;
};

class AipayPlugin extends FunctionPlugin {}
const implemented: ImplementedFunctions = {};
for (const spec of FUNCTIONS) {
  const id = `AIPAY.${spec.name}`;
  const method = `aipay${spec.name}`;
  // A function that returns a row of fixed width (MONTHLY's twelve months) spills it, as in Excel.
  const sizeMethod = spec.spillWidth === undefined ? undefined : `${method}Size`;
  implemented[id] = {
    method,
    ...(sizeMethod && { sizeOfResultArrayMethod: sizeMethod }),
    parameters: spec.params.map((_, i) => ({
      argumentType: FunctionArgumentType.SCALAR,
      optionalArg: i >= spec.required,
    })),
  };
  Object.defineProperty(AipayPlugin.prototype, method, {
    value(this: AipayPlugin, ast: { args: never[] }, state: never) {
      return this.runFunction(ast.args, state, this.metadata(id), (...args: unknown[]) => {
        const result = engineInUse.evaluate(spec.name, args.map(fromHyperFormula));
        if (sizeMethod === undefined || result[0].length === 1) return toHyperFormula(result[0][0]);
        return SimpleRangeValue.onlyValues([result[0].map(toHyperFormula)] as never);
      });
    },
  });
  if (sizeMethod)
    Object.defineProperty(AipayPlugin.prototype, sizeMethod, { value: () => new ArraySize(spec.spillWidth!, 1) });
}
(AipayPlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions = implemented;
HyperFormula.registerFunctionPlugin(AipayPlugin, {
  enGB: Object.fromEntries(Object.keys(implemented).map((id) => [id, id])),
});

/**
 * A one-sheet HyperFormula workbook from rows of values and "=…" formulas, AIPAY included,
 * with the defined names given (a plan sheet's inputs), each for a cell of that sheet.
 */
export const sheetWithAipay = (
  name: string,
  grid: unknown[][],
  names: readonly { name: string; address: string }[] = [],
) =>
  HyperFormula.buildFromSheets(
    { [name]: grid as never },
    { licenseKey: "gpl-v3" },
    names.map((defined) => ({ name: defined.name, expression: `='${name}'!${defined.address}` })),
  );

const msPerDay = 86_400_000;
/** A date as Excel's serial day number (25569 = 1970-01-01). */
export const excelSerial = (date: Date) => 25569 + date.getTime() / msPerDay;
