/**
 * Excel's side of Microsoft's custom-functions runtime, driving AIPAY's built functions.js
 * in a page (excel-page.ts). The wire, as custom-functions-runtime.js reads and writes it:
 *
 * - Excel invokes: a bridge message `{type: 3, message: {entries: [[1, 1000, 0, invocation, id]]}}`,
 *   each invocation `[invocationId, functionId, parameterValues, address, flags]`. The runtime
 *   calls the associated function at once, with the parameter values and an invocation
 *   context appended.
 * - The runtime answers later, in batches: it buffers each result and sends the buffer on a
 *   timer, 50 ms after the first result, and never sooner than 500 ms after its previous send
 *   completed. A send is a RichApi request `{id, type: 1, message: {url: "ProcessQuery", body}}`
 *   whose body's `SetInvocationArrayResults` action carries `[invocationId, true, value, timing]`
 *   for each result, or `[invocationId, false, message, errorCode, timing]` for a failure.
 * - Excel acknowledges each send: `{id, type: 2, message: {statusCode: 200, body: {Results: []}}}`.
 *
 * A CustomFunctions.Error inside a returned matrix travels as its toJSON(): an object of
 * `type: "Error"` with the code in `basicValue` and the `message`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { pageScript, type FromPage, type PageFiles, type ToPage } from "./excel-page";

/** The project folder: the first one up with a package.json (this file also runs compiled, from bench/tmp). */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  return dir;
}

const root = projectRoot();
export const runtimeFile = path.join(root, "node_modules/@microsoft/office-js/dist/custom-functions-runtime.js");
export const pageFiles: PageFiles = {
  runtime: runtimeFile,
  runtimeUrl: "https://aipay.invalid/office-js/custom-functions-runtime.js",
  functions: path.join(root, "dist/functions.js"),
};

interface Declared {
  id: string;
  parameters: { dimensionality?: "scalar" | "matrix" }[];
}
const declared = new Map(
  (
    JSON.parse(fs.readFileSync(path.join(root, "dist/functions.json"), "utf8")) as { functions: Declared[] }
  ).functions.map((f) => [f.id, f]),
);

/** An Excel error value as the host receives it: "#N/A" and so on, with the add-in's message. */
export interface ExcelError {
  error: string;
  message?: string;
}
export type Value = string | number | boolean | null | ExcelError | Value[][] | Record<string, unknown>;
export const isExcelError = (value: unknown): value is ExcelError =>
  typeof value === "object" && value !== null && "error" in value;

/** The runtime's error codes for failed results (CustomFunctionProxy._getCustomFunctionResultErrorCodeFromErrorCode). */
const failureCodes: Record<number, string> = { 1: "#N/A", 5: "#DIV/0!", 6: "#NUM!", 7: "#VALUE!", 8: "#NULL!" };

function decodeValue(value: unknown): Value {
  if (Array.isArray(value)) return value.map((row: unknown[]) => row.map(decodeValue)) as Value[][];
  if (typeof value === "object" && value !== null && (value as { type?: string }).type === "Error") {
    const { basicValue, message } = value as { basicValue: string; message?: string };
    return message === undefined ? { error: basicValue } : { error: basicValue, message };
  }
  return value as Value;
}

type WireResult = [id: number, ok: true, value: unknown, timing: number[]] | [number, false, string, number, number[]];

function decodeResult(result: WireResult): [number, Value] {
  if (result[1]) return [result[0], decodeValue(result[2])];
  const [id, , message, code] = result;
  return [id, { error: failureCodes[code] ?? `runtime failure ${code}`, message }];
}

/** A cell the formula reads: `ref("B2")`. */
export interface Ref {
  ref: string;
}
export const ref = (address: string): Ref => ({ ref: address });
/** A formula argument: a cell reference, a literal, or null where the argument is omitted. */
export type Arg = Ref | string | number | boolean | null;

/**
 * A cell: a typed value (null for an empty cell); an AIPAY function (`call`, the function's
 * id); or a formula of Excel's own (`excel`, e.g. `(cost, heads) => cost * heads`), which
 * Excel computes itself as soon as its arguments have values, with no round trip.
 */
export type Cell =
  | string
  | number
  | boolean
  | null
  | { call: string; args: readonly Arg[] }
  | { excel: (...values: Value[]) => Value; args: readonly Arg[] };
export type Sheet = Readonly<Record<string, Cell>>;

export interface Settled {
  /** Every cell's value; an AIPAY call's is the matrix the runtime sent (1×1 for one value). */
  values: Record<string, Value>;
  /** Result messages the runtime sent until every cell had its value. */
  flushes: number;
  /** When each of those arrived, in ms from the first invocation. */
  flushTimes: number[];
  elapsedMs: number;
  /** Each invocation as it went on the wire. */
  invocations: Invocation[];
}

/** An invocation: the cell, the function's id and its parameter values. */
export interface Invocation {
  address: string;
  call: string;
  parameterValues: unknown[];
}

const isRef = (arg: Arg): arg is Ref => typeof arg === "object" && arg !== null;
const isFormula = (cell: Cell): cell is Extract<Cell, { args: readonly Arg[] }> =>
  typeof cell === "object" && cell !== null;
const topLeft = (value: Value): Value => (Array.isArray(value) ? topLeft(value[0][0]) : value);
const firstError = (values: Value[]): ExcelError | undefined =>
  values.map(topLeft).find(isExcelError) as ExcelError | undefined;

/**
 * A call's parameter values as Excel passes them: every declared parameter, null where the
 * formula gives no argument (or leaves it empty). To a matrix parameter (every AIPAY parameter
 * is one) a single value goes as a 1×1 matrix, whether typed in the formula or read from a
 * cell (an empty cell as [[null]]), and a function's result matrix as it is; to a scalar
 * parameter, the value itself.
 */
function parameterValues(call: string, args: readonly Arg[], read: (arg: Arg) => Value): unknown[] {
  const fn = declared.get(call);
  if (!fn) throw new Error(`functions.json declares no ${call}`);
  return fn.parameters.map(({ dimensionality }, i) => {
    const arg = args[i] ?? null;
    if (arg === null) return null;
    const value = read(arg);
    if (dimensionality === "matrix") return Array.isArray(value) ? value : [[value]];
    return topLeft(value);
  });
}

/**
 * One step of Excel's calculation: gives a value to every cell that can have one without the
 * runtime (typed values, Excel's own formulas, calls with an error among their arguments),
 * until none is left, and returns the AIPAY calls whose arguments all have values.
 */
function calculate(cells: [string, Cell][], values: Record<string, Value>, started: Set<string>): Invocation[] {
  const read = (arg: Arg) => (isRef(arg) ? values[arg.ref] : arg);
  const ready = (args: readonly Arg[]) => args.every((arg) => !isRef(arg) || arg.ref in values);
  const calls: Invocation[] = [];
  for (let changed = true; changed;) {
    changed = false;
    for (const [address, cell] of cells) {
      if (started.has(address) || (isFormula(cell) && !ready(cell.args))) continue;
      started.add(address);
      if (!isFormula(cell)) values[address] = cell;
      else {
        const args = cell.args.map(read);
        const error = firstError(args.filter((arg) => arg !== null));
        if (error) values[address] = error;
        else if ("excel" in cell) values[address] = cell.excel(...args.map(topLeft));
        else calls.push({ address, call: cell.call, parameterValues: parameterValues(cell.call, cell.args, read) });
      }
      changed = changed || address in values;
    }
  }
  return calls;
}

export class ExcelPage {
  private readonly worker: Worker;
  private nextInvocation = 1;
  private nextEvaluation = 1;
  private readonly evaluations = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private onResults: ((results: [number, Value][]) => void) | null = null;
  /** Uncaught exceptions on the page, as a browser would report them. */
  readonly errors: string[] = [];
  /** How long the page took over each message Excel sent it (the runtime calls the functions then). */
  readonly handledMs: number[] = [];
  loaded!: Extract<FromPage, { loaded: unknown }>["loaded"];

  private constructor(files: PageFiles) {
    this.worker = new Worker(pageScript, { eval: true, workerData: files });
  }

  /** A fresh page with the runtime and functions.js loaded. */
  static open(files: PageFiles = pageFiles): Promise<ExcelPage> {
    const page = new ExcelPage(files);
    return new Promise((resolve, reject) => {
      page.worker.on("error", reject);
      page.worker.on("message", (message: FromPage) => {
        if ("loaded" in message) {
          page.loaded = message.loaded;
          resolve(page);
        } else if ("pageError" in message && !page.loaded) {
          reject(new Error(`The page failed to load: ${message.pageError}`));
        } else page.receive(message);
      });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }

  /** Runs `source` as a function body in the page, with `data` as its argument; its return value comes back. */
  evaluate<T>(source: string, data?: unknown): Promise<T> {
    const id = this.nextEvaluation++;
    return new Promise<T>((resolve, reject) => {
      this.evaluations.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.post({ evaluate: id, source, data });
    });
  }

  /**
   * Calculates `sheet` as Excel does: each AIPAY call is invoked once every cell it refers to
   * has a value, those ready together going in one message; Excel's own formulas are worked
   * out at once. An argument that is an error makes the cell that error, with no invocation.
   * The runtime's pause between sends outlasts a settle: on a page that sent results less than
   * 500 ms before, the first results wait for it, so a measurement takes a fresh page.
   */
  settle(sheet: Sheet, timeoutMs = 30_000): Promise<Settled> {
    const values: Record<string, Value> = {};
    const started = new Set<string>();
    const byInvocation = new Map<number, string>();
    const invocations: Settled["invocations"] = [];
    const flushTimes: number[] = [];
    const start = performance.now();
    const cells = Object.entries(sheet);

    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.onResults = null;
        const pending = cells.filter(([address]) => !(address in values)).map(([address]) => address);
        reject(new Error(`Cells ${pending.join(", ")} had no value after ${timeoutMs} ms`));
      }, timeoutMs);

      const advance = () => {
        const calls = calculate(cells, values, started);
        if (calls.length > 0) {
          this.invoke(calls).forEach((id, i) => byInvocation.set(id, calls[i].address));
          invocations.push(...calls);
        }
        if (cells.every(([address]) => address in values)) {
          clearTimeout(timer);
          this.onResults = null;
          const elapsedMs = performance.now() - start;
          resolve({ values, flushes: flushTimes.length, flushTimes, elapsedMs, invocations });
        }
      };

      this.onResults = (results) => {
        const ours = results.filter(([id]) => byInvocation.has(id));
        if (ours.length === 0) return;
        flushTimes.push(performance.now() - start);
        for (const [id, value] of ours) values[byInvocation.get(id)!] = value;
        advance();
      };
      advance();
    });
  }

  /** Sends one message of invocations, as Excel does for the calls one calculation step makes ready. */
  private invoke(calls: Invocation[]): number[] {
    const ids = calls.map(() => this.nextInvocation++);
    const entries = calls.map(({ address, call, parameterValues }, i) => [
      1, // the message category of custom functions
      1000, // an invocation
      0,
      [ids[i], call, parameterValues, address, 0], // flags 0: neither streamed nor cancelable
      ids[i],
    ]);
    this.post({ bridge: JSON.stringify({ type: 3, message: { entries } }) });
    return ids;
  }

  private receive(message: FromPage): void {
    if ("handled" in message) this.handledMs.push(message.handled);
    else if ("pageError" in message) this.errors.push(message.pageError);
    else if ("evaluated" in message) {
      const evaluation = this.evaluations.get(message.evaluated)!;
      this.evaluations.delete(message.evaluated);
      if (message.error !== undefined) evaluation.reject(new Error(message.error));
      else evaluation.resolve(message.value);
    } else if ("bridge" in message) this.answer(JSON.parse(message.bridge));
  }

  /** Acknowledges a request from the runtime at once, then takes any results it carried. */
  private answer(request: {
    id: number;
    message: { body: { Actions: { Name?: string; ArgumentInfo?: { Arguments: unknown[] } }[] } };
  }) {
    this.post({
      bridge: JSON.stringify({
        id: request.id,
        type: 2,
        message: { statusCode: 200, headers: {}, body: { Results: [] } },
      }),
    });
    const sent = request.message.body.Actions.find((action) => action.Name === "SetInvocationArrayResults");
    if (sent) this.onResults?.((sent.ArgumentInfo!.Arguments[0] as WireResult[]).map(decodeResult));
  }

  private post(message: ToPage): void {
    this.worker.postMessage(message);
  }
}
