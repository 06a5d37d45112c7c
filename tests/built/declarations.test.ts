/**
 * The Excel declarations (the JSDoc in src/functions/declarations, as the metadata plugin
 * turned it into dist/functions.json) say what the engine's parameters say: the same names
 * in the same order, the same optional ones, the same list parameters, and for each option
 * parameter an enum whose members are the parameter's own words.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { FUNCTIONS, payGuide, ROLECARD } from "../support/engine";
import { distDir } from "../support/bundle";

interface Declared {
  name: string;
  optional?: boolean;
  description?: string;
  customEnumId?: string;
}
const metadata = JSON.parse(fs.readFileSync(path.join(distDir, "functions.json"), "utf8")) as {
  functions: { id: string; parameters: Declared[] }[];
  enums?: { id: string; values: { stringValue?: string }[] }[];
};
const enums = new Map((metadata.enums ?? []).map((e) => [e.id, e.values.map((v) => v.stringValue)]));
const specs = new Map([...FUNCTIONS, ROLECARD].map((spec) => [spec.name, spec]));

/** How a declaration says a parameter takes a whole list, as SALARYBAND's skills does. */
const listWording = "a comma-separated list or a range";

const pairs = metadata.functions.map((f) => ({ id: f.id, declared: f.parameters, spec: specs.get(f.id)! }));

test("every declared function is an engine function, and every engine function is declared once", () => {
  expect(metadata.functions.map((f) => f.id).sort()).toEqual([...specs.keys()].sort());
});

describe.each(pairs.map((pair) => [pair.id, pair] as const))("%s", (_id, { declared, spec }) => {
  test("declares the engine's parameters by name, in order", () => {
    expect(declared.map((p) => p.name)).toEqual(spec.parameters.map((p) => p.name));
  });

  test("makes optional exactly the parameters the engine gives a default", () => {
    expect(declared.map((p) => p.optional === true)).toEqual(spec.parameters.map((p) => p.optional));
  });

  test("describes as a list exactly the engine's list parameters", () => {
    const saysList = declared.filter((p) => p.description?.includes(listWording)).map((p) => p.name);
    expect(saysList).toEqual(spec.lists);
  });

  test("types by an enum exactly the option parameters, with the engine's words as members", () => {
    const enumTyped = declared.filter((p) => p.customEnumId).map((p) => [p.name, enums.get(p.customEnumId!)]);
    const withWords = spec.parameters.filter((p) => p.words).map((p) => [p.name, p.words!(payGuide)]);
    expect(enumTyped).toEqual(withWords);
  });
});

test("the declarations hold option parameters, lists and optional ones, so the checks above compare something", () => {
  const all = pairs.flatMap((pair) => pair.spec.parameters);
  // point ×5, stage ×4, ir35 ×4, table ×2, feePayer ×3, key ×1, phasing ×2, type ×1, status ×1
  // (as tests/built/enums.test.ts counts them).
  expect(all.filter((p) => p.words).length).toBe(23);
  // skills in SALARYBAND, TOTALCOMP and ROLECARD.
  expect(all.filter((p) => p.list).length).toBe(3);
  expect(all.some((p) => p.optional) && all.some((p) => !p.optional)).toBe(true);
});
