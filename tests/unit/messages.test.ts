/**
 * Every message the engine gives comes from its catalogue (src/engine/core/messages): no
 * error is built elsewhere in the engine with its text written inline, and the catalogue
 * holds no message nothing gives. Planted sources show each check can fail.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as catalogue from "../../src/engine/core/messages";

const root = path.resolve(__dirname, "../..");
const engine = path.join(root, "src/engine");
const catalogueFolder = path.join(engine, "core/messages");

/**
 * An error constructor called with a string or template literal for its message: the
 * helpers' only argument, EngineError's second (after the code), DatasetError's only one.
 */
const inlineMessage =
  /\b(?:(?:invalidValue|notAvailable|invalidNumber|new\s+DatasetError)\(|new\s+EngineError\([^,()]*,)\s*["'`]/g;

/** "file:line" for each error in the source built with an inline message. */
function inlineMessages(source: string, file: string): string[] {
  return [...source.matchAll(inlineMessage)].map((match) => {
    const line = source.slice(0, match.index).split("\n").length;
    return `${file}:${line}`;
  });
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith(".ts") ? [file] : [];
  });
}

const engineFiles = sourceFiles(engine).filter((file) => !file.startsWith(catalogueFolder + path.sep));
const relative = (file: string) => path.relative(root, file).split(path.sep).join("/");

test("no engine module outside the catalogue writes an error message inline", () => {
  // The scan reaches every layer, the places that give most messages among them.
  expect(engineFiles.map(relative)).toEqual(
    expect.arrayContaining([
      "src/engine/calendar/dates.ts",
      "src/engine/model/guide.ts",
      "src/engine/model/lookups.ts",
      "src/engine/calculator/registry.ts",
      "src/engine/data/dataset.ts",
    ]),
  );
  const found = engineFiles.flatMap((file) => inlineMessages(fs.readFileSync(file, "utf8"), relative(file)));
  expect(found).toEqual([]);
});

test("the scan finds a planted inline message, on its line, and passes catalogue calls", () => {
  const planted = [
    "const fine = invalidValue(LookupMessage.unknownPoint(given));",
    "throw notAvailable(",
    "  `Unknown role '${given}'.`,",
    ");",
    'throw new EngineError("#DIV/0!", "The band is a single figure.");',
    "return new EngineError(code as EngineError['code'], message);",
    "throw invalidNumber('Too large.');",
    "throw new DatasetError(`The dataset is invalid: ${problems}`);",
    "return invalidValue(CellMessage.notRectangular());",
    'throw new EngineError(code as EngineError["code"], `An argument holds ${code}.`);',
  ].join("\n");
  expect(inlineMessages(planted, "src/engine/model/planted.ts")).toEqual([
    "src/engine/model/planted.ts:2",
    "src/engine/model/planted.ts:5",
    "src/engine/model/planted.ts:7",
    "src/engine/model/planted.ts:8",
    "src/engine/model/planted.ts:10",
  ]);
});

/** Each catalogue entry as "Group.entry", e.g. "LookupMessage.unknownPoint". */
const entries = (groups: Record<string, Record<string, unknown>>) =>
  Object.entries(groups).flatMap(([group, messages]) => Object.keys(messages).map((name) => `${group}.${name}`));

/** The entries no source calls. */
const unused = (names: readonly string[], sources: readonly string[]) =>
  names.filter((name) => !sources.some((source) => source.includes(`${name}(`)));

test("every message in the catalogue is given somewhere in src/", () => {
  const names = entries(catalogue);
  expect(names.length).toBeGreaterThan(50);
  const sources = sourceFiles(path.join(root, "src")).map((file) => fs.readFileSync(file, "utf8"));
  expect(unused(names, sources)).toEqual([]);
  // A planted entry that no source calls is reported.
  expect(unused([...names, "LookupMessage.neverGiven"], sources)).toEqual(["LookupMessage.neverGiven"]);
});
