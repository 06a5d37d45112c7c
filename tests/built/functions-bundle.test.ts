/**
 * Loads the built dist/functions.js the way Excel's shared runtime does — in a fresh
 * context whose only host API is a stand-in CustomFunctions — and checks that every
 * function the generated dist/functions.json declares is associated and answers as
 * the engine does.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { evaluate, EngineError, FUNCTIONS, payGuide } from "../support/engine";
import { ROLECARD } from "../../src/functions/rolecard";
import { distDir, loadFunctionsBundle, StandInError } from "../support/bundle";
import { samples } from "../support/samples";

/** Functions the adapter composes from the engine's; tests/built/rolecard.test.ts checks them against it. */
const declaredFunctions = [...FUNCTIONS, ROLECARD];

const dist = distDir;
const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")) as {
  functions: {
    id: string;
    parameters: { name: string; optional?: boolean; dimensionality?: string }[];
    helpUrl?: string;
    result: { dimensionality?: string };
  }[];
};

const associated = loadFunctionsBundle({ console });

/** Excel hands every matrix parameter a 2-D array, and null for an omitted one. */
const asExcel = (args: unknown[]) => args.map((a) => (a === null ? null : [[a]]));
const asEngineShape = (result: unknown) =>
  (result as unknown[][]).map((row) =>
    row.map((cell) => (cell instanceof StandInError ? { code: cell.code, message: cell.message } : cell)),
  );
const engineShape = (name: string, args: unknown[]) =>
  evaluate(name, args).map((row) =>
    row.map((cell) =>
      cell instanceof EngineError
        ? { code: cell.code, message: ["#N/A", "#VALUE!"].includes(cell.code) ? cell.message : undefined }
        : cell,
    ),
  );

test("the generated metadata declares exactly the engine's functions and ROLECARD, parameters in order", () => {
  const declared = Object.fromEntries(metadata.functions.map((f) => [f.id, f.parameters.map((p) => p.name)]));
  const engine = Object.fromEntries(declaredFunctions.map((f) => [f.name, [...f.params]]));
  expect(declared).toEqual(engine);
});

test("every parameter and result is a matrix, so whole ranges arrive in one call", () => {
  for (const f of metadata.functions) {
    expect(f.result.dimensionality).toBe("matrix");
    for (const p of f.parameters) expect(p.dimensionality).toBe("matrix");
    expect(f.helpUrl).toMatch(/^https:\/\//);
  }
});

test("the engine's required parameters are the metadata's non-optional ones", () => {
  for (const f of metadata.functions) {
    const spec = declaredFunctions.find((s) => s.name === f.id)!;
    expect(f.parameters.filter((p) => !p.optional).length).toBe(spec.required);
  }
});

test("every declared id is associated by the built bundle", () => {
  expect([...associated.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
});

test("where the page has no CustomFunctions (a plain browser), the bundle loads, associates nothing, and throws nothing", () => {
  const page = vm.createContext({});
  expect(() =>
    vm.runInContext(fs.readFileSync(path.join(distDir, "functions.js"), "utf8"), page, { filename: "functions.js" }),
  ).not.toThrow();
  // The stand-in it put in place: Excel's own CustomFunctions is never replaced (the test above).
  expect(Object.keys(vm.runInContext("CustomFunctions", page))).toEqual(["associate"]);
});

describe.each(Object.entries(samples))("%s in the built bundle answers as the engine", (id, cases) => {
  test.each(cases)("%j", (...args) => {
    const fn = associated.get(id)!;
    expect(asEngineShape(fn(...asExcel(args)))).toEqual(engineShape(id, args));
  });
});

test("ROLECARD in a host without data types (this stand-in has no Office) gives SALARYBAND's mid", () => {
  // LLM Engineer Senior (4+ years), London: £110,000–£150,000 → (110,000 + 150,000) / 2
  expect(associated.get("ROLECARD")!([["LLM Engineer"]], [["Senior"]], [["London"]], null, null)).toEqual([[130000]]);
});

test("a real figure through the bundle: LLM Senior London mid is £130,000", () => {
  // LLM Engineer Senior (4+ years), London: £110,000–£150,000 → (110,000 + 150,000) / 2
  expect(associated.get("SALARYBAND")!([["LLM Engineer"]], [["Senior"]], [["London"]], null)).toEqual([[130000]]);
});

test("an error comes back as a CustomFunctions.Error with Excel's code and message", () => {
  const [[cell]] = associated.get("SALARYBAND")!([["ML Engineer"]], [["Senior"]], null, null) as unknown[][];
  expect(cell).toBeInstanceOf(StandInError);
  expect(cell).toMatchObject({ code: "#N/A", message: expect.stringContaining("no permanent salary for ML Engineer") });
  const [[num]] = associated.get("SALARYBAND")!([["AI Engineer"]], [[-1]], null, null) as unknown[][];
  expect(num).toEqual(new StandInError("#NUM!", undefined)); // Excel shows no message on #NUM!
});

test("the metadata lets Excel pass data-typed cells, and the bundle reads them as their plain values", () => {
  expect((metadata as { allowCustomDataForDataTypeAny?: boolean }).allowCustomDataForDataTypeAny).toBe(true);
  const role: Excel.EntityCellValue = { type: "Entity", text: "MLOps Engineer", basicValue: "#VALUE!" };
  const years: Excel.DoubleCellValue = { type: "Double", basicValue: 5 };
  // MLOps Engineer, 5 years = Senior (4–7 years), UK National: £75,000–£95,000 → midpoint 85,000.
  expect(associated.get("SALARYBAND")!([[role]], [[years]], null, null)).toEqual([[85000]]);
});

test("descriptions say how to use a function, not figures or lists from the data, which would go stale", () => {
  // A figure from the guide or the employer rates (£ amounts, percentages, a default number of
  // days) belongs in the data; a list of roles or locations is what ROLES() and LOCATIONS() give.
  // Formats ("0.05 = 5%") and rules of the function's own ("Default 1") are behaviour, and stay.
  const roles = evaluate("ROLES", []).map((row) => String(row[0]));
  const locations = evaluate("LOCATIONS", []).map((row) => String(row[0]));
  const texts = metadata.functions.flatMap((f) => [
    [f.id, (f as { description?: string }).description ?? ""],
    ...f.parameters.map((p) => [`${f.id}.${p.name}`, (p as { description?: string }).description ?? ""]),
  ]);
  const named = (text: string, names: string[]) => names.filter((name) => text.includes(`"${name}"`)).length;
  const stale = texts.filter(
    ([, text]) =>
      /£\d|(?<!= )\d+(\.\d+)?%|Default:? \d{2,}(?=[.,(]| \(|$)/.test(text) ||
      named(text, roles) > 1 ||
      named(text, locations) > 2,
  );
  expect(stale).toEqual([]);
});

test("a parameter description names no location, level or company stage of the data, except one as its example", () => {
  // The default location and the lists of locations, levels and stages are the data's, and
  // change with it; LOCATIONS(), LEVELS() and STAGES() give them. An example ('e.g. "London"')
  // only illustrates.
  const { guide } = payGuide.data;
  const levels = [...guide.salaryTables.flatMap((t) => t.levels), ...guide.dayRates.levels].map((l) => l.level);
  const names = [...payGuide.locationNames, ...new Set(levels), ...payGuide.rules.stageNames];
  const namedBesidesExample = (text: string) => {
    const rest = text.replace(/e\.g\. "[^"]*"/g, "");
    return names.filter((name) => rest.includes(`"${name}"`));
  };
  const naming = metadata.functions.flatMap((f) =>
    f.parameters
      .map((p) => [`${f.id}.${p.name}`, namedBesidesExample((p as { description?: string }).description ?? "")])
      .filter(([, found]) => found.length > 0),
  );
  expect(naming).toEqual([]);
  // A default location stated as fixed is caught; the example beside it is not.
  const [example] = payGuide.locationNames.filter((name) => name !== payGuide.defaultLocation);
  expect(namedBesidesExample(`Location, e.g. "${example}"; default "${payGuide.defaultLocation}".`)).toEqual([
    payGuide.defaultLocation,
  ]);
});
