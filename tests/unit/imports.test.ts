/**
 * The code imports only downward: no module under src/ reaches, through any chain of
 * imports (type imports included), back to itself, and no engine layer imports from a layer
 * above it. Checked with madge, which resolves TypeScript imports through tsconfig.json; a
 * planted cycle and a planted upward import show the checks can fail.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import madge from "madge";

const root = path.resolve(__dirname, "../..");

const importGraph = (dir: string) =>
  madge(dir, {
    fileExtensions: ["ts"],
    tsConfig: path.join(root, "tsconfig.json"),
    detectiveOptions: { ts: { skipTypeImports: false } },
  });

async function cyclesIn(dir: string): Promise<string[][]> {
  return (await importGraph(dir)).circular();
}

/** The engine's layers, lowest first: each folder may import from its own layer and those before it. */
const engineLayers = ["core", "calendar", "data", "args", "model", "functions", "calculator", "plan", "census", "workbook"];

/** Every import under `dir` from a layer folder to a later one, as "from -> to". */
async function upwardImports(dir: string): Promise<string[]> {
  const rank = (file: string) => engineLayers.indexOf(file.split("/")[0]);
  const graph = (await importGraph(dir)).obj();
  return Object.entries(graph).flatMap(([from, targets]) =>
    targets.filter((to) => rank(from) >= 0 && rank(to) > rank(from)).map((to) => `${from} -> ${to}`),
  );
}

test("src/ has no import cycle", async () => {
  expect(await cyclesIn(path.join(root, "src"))).toEqual([]);
}, 60_000);

test("src/engine is in layer folders, and none imports from a layer above it", async () => {
  const engine = path.join(root, "src/engine");
  const folders = fs
    .readdirSync(engine, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  expect(folders.sort()).toEqual([...engineLayers].sort());
  // Only the adapters' entry point sits outside the layers.
  expect(fs.readdirSync(engine).filter((name) => name.endsWith(".ts"))).toEqual(["index.ts"]);
  expect(await upwardImports(engine)).toEqual([]);
}, 60_000);

test("a planted upward import is found", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aipay-layers-"));
  try {
    fs.mkdirSync(path.join(dir, "core"));
    fs.mkdirSync(path.join(dir, "model"));
    fs.writeFileSync(path.join(dir, "model/guide.ts"), "export const guide = 1;\n");
    fs.writeFileSync(
      path.join(dir, "core/values.ts"),
      'import { guide } from "../model/guide";\nexport const v = guide;\n',
    );
    expect(await upwardImports(dir)).toEqual(["core/values.ts -> model/guide.ts"]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test("a planted cycle, through a type import only, is found", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aipay-cycle-"));
  try {
    fs.writeFileSync(path.join(dir, "a.ts"), 'import type { B } from "./b";\nexport type A = { b?: B };\n');
    fs.writeFileSync(path.join(dir, "b.ts"), 'import { a } from "./c";\nexport type B = typeof a;\n');
    fs.writeFileSync(path.join(dir, "c.ts"), 'import type { A } from "./a";\nexport const a: A = {};\n');
    expect(await cyclesIn(dir)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

const adapters = ["functions", "taskpane", "cli"];

/** Every import under `dir` that breaks the adapters' rule, as "from -> to": one adapter into another, or into the engine past its index. */
async function adapterBreaches(dir: string): Promise<string[]> {
  const graph = (await importGraph(dir)).obj();
  const adapterOf = (file: string) => adapters.find((a) => file.startsWith(`${a}/`));
  return Object.entries(graph).flatMap(([from, targets]) => {
    const own = adapterOf(from);
    if (!own) return [];
    return targets
      .filter((to) => {
        const other = adapterOf(to);
        if (other && other !== own) return true;
        return to.startsWith("engine/") && to !== "engine/index.ts";
      })
      .map((to) => `${from} -> ${to}`);
  });
}

test("no adapter imports another adapter, and adapters reach the engine only through its index", async () => {
  expect(await adapterBreaches(path.join(root, "src"))).toEqual([]);
}, 60_000);

test("a planted adapter-to-adapter import and a planted import past the engine's index are found", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aipay-adapters-"));
  try {
    for (const folder of ["cli", "taskpane", "engine/model"]) fs.mkdirSync(path.join(dir, folder), { recursive: true });
    fs.writeFileSync(path.join(dir, "engine/model/guide.ts"), "export const guide = 1;\n");
    fs.writeFileSync(path.join(dir, "engine/index.ts"), 'export { guide } from "./model/guide";\n');
    fs.writeFileSync(
      path.join(dir, "taskpane/year.ts"),
      'import { guide } from "../engine";\nexport const year = guide;\n',
    );
    fs.writeFileSync(
      path.join(dir, "cli/plan.ts"),
      'import { year } from "../taskpane/year";\nimport { guide } from "../engine/model/guide";\nexport const p = year + guide;\n',
    );
    expect((await adapterBreaches(dir)).sort()).toEqual([
      "cli/plan.ts -> engine/model/guide.ts",
      "cli/plan.ts -> taskpane/year.ts",
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
