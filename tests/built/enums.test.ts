/**
 * Option words as custom enums: the generated dist/functions.json declares one enum per kind
 * of option word, every option parameter names its enum, the enums follow Microsoft's JSON
 * schema for them, their members are the engine's own canonical words (each parameter's
 * `words`, from the data), and the engine still reads every alias the vocabulary lists.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv from "ajv";
import { evaluate, EngineError, FUNCTIONS, payGuide, planRowParameters, ROLECARD } from "../support/engine";
import vocabulary from "../../src/data/vocabulary.json";

interface Parameter {
  name: string;
  type?: string;
  customEnumId?: string;
}
interface EnumMetadata {
  id: string;
  type: string;
  values: { name: string; stringValue?: string; tooltip?: string }[];
}
const metadata = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../dist/functions.json"), "utf8")) as {
  functions: { id: string; parameters: Parameter[] }[];
  enums?: EnumMetadata[];
};
const enums = new Map((metadata.enums ?? []).map((e) => [e.id, e]));
const members = (id: string) => enums.get(id)?.values.map((v) => v.stringValue) ?? [];

/** Every option parameter of the functions Excel declares, as the engine declares it: with its canonical words. */
const engineOptions = [...FUNCTIONS, ROLECARD].flatMap((f) =>
  f.parameters.flatMap((p) => (p.words ? [{ fn: f.name, name: p.name, words: p.words(payGuide) }] : [])),
);
/** Each option parameter, by name, and the engine's canonical words for it. */
const optionWords: Record<string, readonly string[]> = Object.fromEntries(engineOptions.map((p) => [p.name, p.words]));
const optionParameters = metadata.functions.flatMap((f) =>
  f.parameters.filter((p) => p.name in optionWords).map((p) => ({ fn: f.id, ...p })),
);

// Microsoft's schema for these objects, from the unified manifest's JSON schema (its enums and
// function parameters are the same objects as in functions.json). Its draft-04 keywords here
// are a subset of what Ajv's default draft reads.
const schemaDir = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
const teamsSchema = JSON.parse(
  fs.readFileSync(path.join(schemaDir, "build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json"), "utf8"),
) as { definitions: Record<string, object> };
const ajv = new Ajv({ strict: false, allErrors: true });

test("a parameter name means one set of option words, whichever function takes it", () => {
  for (const { fn, name, words } of engineOptions) expect([fn, name, words]).toEqual([fn, name, optionWords[name]]);
});

test("every option parameter of every function names a custom enum", () => {
  // The metadata's option parameters are exactly the engine's, function by function.
  expect(optionParameters.map((p) => `${p.fn}.${p.name}`).sort()).toEqual(
    engineOptions.map((p) => `${p.fn}.${p.name}`).sort(),
  );
  expect(optionParameters.length).toBeGreaterThan(0);
  for (const p of optionParameters) {
    expect(p.customEnumId && enums.has(p.customEnumId)).toBe(true);
    expect(p.type).toBe(enums.get(p.customEnumId!)!.type);
  }
  // Parameters that are not option words (roles, levels, numbers …) get no enum.
  const others = metadata.functions.flatMap((f) => f.parameters.filter((p) => !(p.name in optionWords)));
  expect(others.filter((p) => p.customEnumId)).toEqual([]);
});

test.each(Object.keys(optionWords))("the %s enum's members are the engine's canonical words, in order", (name) => {
  const ids = new Set(optionParameters.filter((p) => p.name === name).map((p) => p.customEnumId));
  expect(ids.size).toBe(1);
  expect(members([...ids][0]!)).toEqual(optionWords[name]);
});

test("the enums and the parameters that use them pass Microsoft's schema", () => {
  const validEnum = ajv.compile(teamsSchema.definitions.enum);
  const validParameter = ajv.compile(teamsSchema.definitions.extensionFunctionParameter);
  expect(enums.size).toBe(Object.keys(optionWords).length);
  for (const e of enums.values()) expect([e.id, validEnum(e), validEnum.errors]).toEqual([e.id, true, null]);
  const parameters = metadata.functions.flatMap((f) => f.parameters).filter((p) => p.customEnumId);
  for (const p of parameters) expect(validParameter(p)).toBe(true);
  // The schema's id rule refuses what the plugin would otherwise emit for a bad enum name.
  expect(validEnum({ id: "1x", type: "string", values: [] })).toBe(false);
});

test("every enum member has a tooltip, so AutoComplete says what it means", () => {
  for (const e of enums.values()) for (const v of e.values) expect(v.tooltip).toMatch(/\w/);
});

/** A call that takes the option word as its last argument, for each kind. */
/** PLANROW's arguments for a senior AI Engineer's row from April 2027, with the fields given. */
const planRowCall = (fields: Record<string, unknown>) => {
  const given: Record<string, unknown> = { role: "AI Engineer", level: "Senior", start: "2027-04-01" };
  Object.assign(given, { yearStart: "2027-04-01", taxYear: "2026/27", end: "2027-12-31", ...fields });
  return planRowParameters.map((name) => given[name] ?? null);
};

const callWith: Record<string, (word: string) => [string, unknown[]]> = {
  point: (w) => ["SALARYBAND", ["MLOps Engineer", "Senior", null, w]],
  ir35: (w) => ["DAYRATE", ["AI Engineer", "Senior", w]],
  feePayer: (w) => ["CONTRACTCOST", [625, null, "inside", w, null]],
  stage: (w) => ["SALARYBAND", ["MLOps Engineer", "Senior", null, null, null, w]],
  table: (w) => ["ROLES", [w]],
  key: (w) => ["SOURCE", [w]],
  phasing: (w) => ["PRORATE", [100000, "2026-07-01", null, null, null, w]],
  type: (w) => ["PLANROW", planRowCall({ type: w, salary: 90000 })],
  status: (w) => ["PLANROW", planRowCall({ status: w, salary: 90000 })],
};
test("every kind of option word has a call here to try its words on", () => {
  expect(Object.keys(callWith).sort()).toEqual(Object.keys(optionWords).sort());
});

const isError = (name: string, args: unknown[]) =>
  evaluate(name, args)
    .flat()
    .some((c) => c instanceof EngineError);

test.each(Object.keys(optionWords))("every %s enum member is accepted by the engine", (name) => {
  for (const word of optionWords[name]) expect(isError(...callWith[name](word))).toBe(false);
});

test("every alias of the vocabulary still gives its canonical word's answer", () => {
  const aliased = [
    ...vocabulary.points.map((p) => ({ kind: "point", canonical: p.point, aliases: p.aliases })),
    ...vocabulary.ir35.map((s) => ({
      kind: "ir35",
      canonical: s.status,
      aliases: [...s.aliases, ...(s.answers ?? [])],
    })),
    ...vocabulary.feePayers.map((f) => ({ kind: "feePayer", canonical: f.feePayer, aliases: f.aliases })),
    ...vocabulary.roleTables.map((t) => ({ kind: "table", canonical: t.table, aliases: t.aliases })),
    ...vocabulary.phasings.map((p) => ({ kind: "phasing", canonical: p.phasing, aliases: p.aliases })),
    ...vocabulary.positionTypes.map((t) => ({ kind: "type", canonical: t.type, aliases: t.aliases })),
    ...vocabulary.positionStatuses.map((t) => ({ kind: "status", canonical: t.status, aliases: t.aliases })),
    ...payGuide.data.guide.companyStages.stages.map((s) => ({ kind: "stage", canonical: s.stage, aliases: s.aliases })),
  ];
  let checked = 0;
  for (const { kind, canonical, aliases } of aliased) {
    const expected = evaluate(...callWith[kind](canonical));
    for (const alias of aliases) {
      expect([alias, evaluate(...callWith[kind](alias))]).toEqual([alias, expected]);
      checked++;
    }
  }
  expect(checked).toBe(aliased.reduce((n, a) => n + a.aliases.length, 0));
});

test("values outside the enums still work as before: percentiles and TRUE/FALSE", () => {
  // MLOps Senior UK National is £75,000–£95,000: the 75th percentile is the published high.
  expect(evaluate("SALARYBAND", ["MLOps Engineer", "Senior", null, 0.75])).toEqual([[95000]]);
  expect(evaluate("DAYRATE", ["AI Engineer", "Senior", true])).toEqual(
    evaluate("DAYRATE", ["AI Engineer", "Senior", "inside"]),
  );
});
