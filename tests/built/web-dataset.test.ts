/**
 * The web bundles load the dataset the build validated (DatasetValidationPlugin embeds it)
 * instead of checking it again, so zod, the schemas and their start-up time stay out of them.
 * The CLI keeps the full check at load (tests/built/data-build.test.ts shows it refusing bad data).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { bundledRawDataset, FUNCTIONS, validateDataset } from "../../src/engine";
import { distDir, loadFunctionsBundle } from "../support/bundle";

// zod's parsers keep their state in a `_zod` property, which minifying leaves as it is.
const holdsZod = (file: string) => fs.readFileSync(path.join(distDir, file), "utf8").includes("._zod");

test("functions.js and taskpane.js carry no zod; the CLI, which checks its data at load, does", () => {
  expect(holdsZod("functions.js")).toBe(false);
  expect(holdsZod("taskpane.js")).toBe(false);
  expect(holdsZod(path.join("cli", "aipay.js"))).toBe(true);
});

test("functions.js starts from exactly the dataset the full check returns", () => {
  const parsed: unknown[] = [];
  const recordingJson = {
    parse: (text: string) => (parsed.push(JSON.parse(text)), parsed.at(-1)),
    stringify: JSON.stringify,
  };
  const associated = loadFunctionsBundle({ JSON: recordingJson });
  expect(associated.size).toBeGreaterThan(0);
  expect(parsed).toEqual([validateDataset(bundledRawDataset)]);
});

test("functions.js leaves out the parameters' reference prose, which only the docs read; the CLI keeps it", () => {
  const bundle = (file: string) => fs.readFileSync(path.join(distDir, file), "utf8");
  const loadedCost = FUNCTIONS.find((f) => f.name === "LOADEDCOST")!;
  const { about } = loadedCost.parameters.find((p) => p.name === "salary")!;
  expect(about.length).toBeGreaterThan(10);
  expect(bundle("functions.js")).not.toContain(about);
  expect(bundle(path.join("cli", "aipay.js"))).toContain(about);
  // The functions still work without it: every parameter is read by its kind's reader.
  const associated = loadFunctionsBundle();
  expect(associated.size).toBe(FUNCTIONS.length + 1); // and ROLECARD
});
