/**
 * The web bundles load the dataset the build validated (DatasetValidationPlugin embeds it)
 * instead of checking it again, so zod, the schemas and their start-up time stay out of them.
 * The CLI keeps the full check at load (tests/built/data-build.test.ts shows it refusing bad data).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { bundledRawDataset, FUNCTIONS, planFields, planInputs, validateDataset } from "../support/engine";
import type { Dataset } from "../../src/engine/data/dataset-schema";
import { distDir, loadFunctionsBundle } from "../support/bundle";

const { functionsDataset } = require("../../scripts/functions-dataset") as {
  functionsDataset: (dataset: Dataset) => Dataset;
};

// zod's parsers keep their state in a `_zod` property, which minifying leaves as it is.
const holdsZod = (file: string) => fs.readFileSync(path.join(distDir, file), "utf8").includes("._zod");

test("functions.js and taskpane.js carry no zod; the CLI, which checks its data at load, does", () => {
  expect(holdsZod("functions.js")).toBe(false);
  expect(holdsZod("taskpane.js")).toBe(false);
  expect(holdsZod(path.join("cli", "aipay.js"))).toBe(true);
});

test("functions.js starts from exactly the dataset the full check returns, less the task pane's parts", () => {
  const parsed: unknown[] = [];
  const recordingJson = {
    parse: (text: string) => (parsed.push(JSON.parse(text)), parsed.at(-1)),
    stringify: JSON.stringify,
  };
  const associated = loadFunctionsBundle({ JSON: recordingJson });
  expect(associated.size).toBeGreaterThan(0);
  expect(parsed).toEqual([functionsDataset(validateDataset(bundledRawDataset))]);
});

/** The JSON texts a minified bundle parses from string literals, `JSON.parse('…')`, parsed. */
function embeddedJson(file: string): unknown[] {
  const text = fs.readFileSync(path.join(distDir, file), "utf8");
  const literals = [...text.matchAll(/JSON\.parse\(('(?:[^'\\]|\\.)*')\)/g)].map(([, literal]) => literal);
  return literals.map((literal) => JSON.parse(vm.runInNewContext(literal) as string));
}

test("taskpane.js carries the whole dataset the full check returns, which its market and sources tabs read", () => {
  const validated = validateDataset(bundledRawDataset);
  expect(embeddedJson("taskpane.js")).toContainEqual(validated);
  // The same reading of functions.js finds its smaller copy, so the reading itself works.
  expect(embeddedJson("functions.js")).toEqual([functionsDataset(validated)]);
});

type Parameter = (typeof FUNCTIONS)[number]["parameters"][number];

/** Every parameter's prose, as the engine's source declares it: the functions' parameters and the plan's fields and inputs. */
function referenceProse(): string[] {
  const parameters: Parameter[] = [
    ...FUNCTIONS.flatMap((f) => f.parameters),
    ...planFields.flatMap((f) => (f.parameter ? [f.parameter] : [])),
    ...planInputs.map((i) => i.parameter),
  ];
  const prose = parameters.flatMap((p) => [p.about, p.note, p.listedBy, p.unit, p.default]);
  // Short words ("none", "£", "1") appear in the bundle for other reasons; a sentence does not.
  return [...new Set(prose)].filter((text): text is string => text !== undefined && text.length >= 24);
}

test("functions.js leaves out the parameters' reference prose, which only the docs read; the CLI keeps it", () => {
  const bundle = (file: string) => fs.readFileSync(path.join(distDir, file), "utf8");
  const prose = referenceProse();
  // Text from each kind: an about, a note, a default's words and a plan input's about.
  expect(prose).toEqual(
    expect.arrayContaining([
      "an annual salary, 0 or more",
      "`mid` is the arithmetic midpoint; `range` gives low and high side by side (a 1×2 spill)",
      "31 December of the start date's year; a year after `periodStart` if only that is given",
      "the first day of the budget year, the first of a month",
    ]),
  );
  // Minified, a text may be written with its quotes escaped.
  const spellings = (text: string) => [text, JSON.stringify(text).slice(1, -1), text.replace(/'/g, "\\'")];
  const holds = (file: string) => (text: string) => spellings(text).some((s) => bundle(file).includes(s));
  expect(prose.filter(holds("functions.js"))).toEqual([]);
  expect(prose.filter((text) => !holds(path.join("cli", "aipay.js"))(text))).toEqual([]);
  // The functions still work without it: every parameter is read by its kind's reader, and a
  // parameter with a default is still optional.
  const associated = loadFunctionsBundle();
  expect(associated.size).toBe(FUNCTIONS.length + 1); // and ROLECARD
});
