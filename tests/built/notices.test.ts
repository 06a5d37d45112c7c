/**
 * Licences and install policy: dist/ carries notices for exactly the packages it bundles
 * (`npm test` builds first), install scripts run only where package.json allows them, and
 * peer dependencies are checked rather than ignored.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const pkg = JSON.parse(read("package.json"));
type Licence = { name: string; version: string; license: string; licenseText: string | null };

describe.each([
  ["dist", ["@fluentui/tokens"]], // the page: the pane's theme tokens (the engine loads its data validated at build, without zod)
  ["dist/cli", ["csv-parse", "zod"]], // the CLI: the engine and `aipay plan`'s CSV reader
])("%s/THIRD-PARTY-NOTICES.txt", (dir, bundled) => {
  const licences: Licence[] = JSON.parse(read(`${dir}/third-party-licenses.json`));
  const notices = read(`${dir}/THIRD-PARTY-NOTICES.txt`);

  test("names the packages the bundle holds, at their installed versions", () => {
    const installed = (name: string) => JSON.parse(read(`node_modules/${name}/package.json`)).version;
    expect(licences.map((l) => `${l.name} ${l.version}`).sort()).toEqual(
      bundled.map((name) => `${name} ${installed(name)}`).sort(),
    );
  });

  test("carries each package's licence text from its own LICENSE file", () => {
    for (const licence of licences) {
      expect(notices).toContain(`${licence.name} ${licence.version} (${licence.license})`);
      expect(licence.licenseText).toMatch(/Permission is hereby granted/);
      expect(notices).toContain(licence.licenseText!.trim().split("\n").at(-1));
    }
  });
});

/** Every installed package's package.json, found by walking node_modules (nested ones too). */
function installedPackages(dir = path.join(root, "node_modules")): { name: string; scripts?: object }[] {
  const found: { name: string; scripts?: object }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith("@")) {
      found.push(...installedPackages(full));
      continue;
    }
    const manifest = path.join(full, "package.json");
    if (fs.existsSync(manifest)) found.push(JSON.parse(fs.readFileSync(manifest, "utf8")));
    if (fs.existsSync(path.join(full, "node_modules")))
      found.push(...installedPackages(path.join(full, "node_modules")));
  }
  return found;
}

test("every installed package with an install script is allowed or denied in package.json allowScripts", () => {
  const withScripts = installedPackages()
    .filter((p) => ["preinstall", "install", "postinstall"].some((s) => s in (p.scripts ?? {})))
    .map((p) => p.name);
  expect(withScripts.length).toBeGreaterThan(0); // core-js-pure's postinstall, at least
  expect(withScripts.filter((name) => !(name in pkg.allowScripts))).toEqual([]);
});

test(".npmrc checks peer dependencies instead of ignoring them", () => {
  const npmrc = read(".npmrc");
  expect(npmrc).not.toMatch(/^\s*legacy-peer-deps\s*=\s*true/m);
  expect(npmrc).toMatch(/^omit=peer$/m);
});

test("a pre-release dependency is pinned to one exact version", () => {
  const all = { ...pkg.dependencies, ...pkg.devDependencies } as Record<string, string>;
  const preReleases = Object.entries(all).filter(([, range]) => /-[a-z]/i.test(range));
  expect(preReleases.length).toBeGreaterThan(0); // @fluentui/tokens has no stable release
  for (const [, range] of preReleases) expect(range).toMatch(/^\d+\.\d+\.\d+-[\w.]+$/);
});
