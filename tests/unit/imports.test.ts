/**
 * The code imports only downward: no module under src/ reaches, through any chain of
 * imports (type imports included), back to itself. Checked with madge, which resolves
 * TypeScript imports through tsconfig.json; a planted cycle shows the check can fail.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import madge from "madge";

const root = path.resolve(__dirname, "../..");

async function cyclesIn(dir: string): Promise<string[][]> {
  const graph = await madge(dir, {
    fileExtensions: ["ts"],
    tsConfig: path.join(root, "tsconfig.json"),
    detectiveOptions: { ts: { skipTypeImports: false } },
  });
  return graph.circular();
}

test("src/ has no import cycle", async () => {
  expect(await cyclesIn(path.join(root, "src"))).toEqual([]);
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
