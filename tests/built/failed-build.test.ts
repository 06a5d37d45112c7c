/**
 * A failed build leaves the previous dist/ as it was (scripts/staged-output.js): both parts
 * build into a folder beside it, which replaces it only when both succeeded. Here the web part
 * fails while the CLI compiles cleanly, the case in which the CLI used to be replaced alone.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "aipay-failed-build-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Every file under `dir` with its content, so two states of a folder compare as values. */
function contents(dir: string): Record<string, string> {
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(
    files.map((e) => {
      const file = path.join(e.parentPath, e.name);
      return [path.relative(dir, file), fs.readFileSync(file, "utf8")];
    }),
  );
}

test("a build whose web part fails writes nothing: the previous output, CLI included, stays", () => {
  const out = path.join(scratch, "dist");
  fs.mkdirSync(path.join(out, "cli"), { recursive: true });
  fs.writeFileSync(path.join(out, "functions.js"), "// the previous build\n");
  fs.writeFileSync(path.join(out, "cli", "aipay.js"), "#!/usr/bin/env node\n// the previous build\n");
  const before = contents(out);

  const build = spawnSync(process.execPath, [path.join(root, "tests", "support", "build-all.js"), out, "--fail-web"], {
    cwd: root,
    encoding: "utf8",
  });
  expect(build.status).toBe(1);
  expect(contents(out)).toEqual(before);
  expect(fs.readdirSync(scratch)).toEqual(["dist"]); // no half-built folder left beside it
}, 180_000);

test("npm test's own build replaced dist/ whole: nothing half-built or left over beside it", () => {
  expect(fs.existsSync(path.join(root, "dist", "functions.js"))).toBe(true);
  expect(fs.existsSync(path.join(root, "dist", "cli", "aipay.js"))).toBe(true);
  expect(fs.existsSync(path.join(root, "dist.partial"))).toBe(false);
  expect(fs.existsSync(path.join(root, "dist.previous"))).toBe(false);
});
