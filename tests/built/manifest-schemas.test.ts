/**
 * Both manifests, checked offline against Microsoft's own schemas: the XML manifest (source and
 * built) with libxml2 against the XSDs vendored in vendor/office-schemas, the built unified manifest
 * with office-addin-manifest (its JSON schemas ship in the package). Office refuses at sideload
 * a manifest that fails these.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describeWithTool } from "../support/tools";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateUnifiedManifest, validateXmlManifest } = require("../../scripts/validate-manifests");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readXmlManifest } = require("../../scripts/addin-manifests");

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "aipay-manifest-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A copy of a file with one change, to show the check can fail. */
function variant(file: string, change: (text: string) => string): string {
  const text = fs.readFileSync(file, "utf8");
  const changed = change(text);
  expect(changed).not.toBe(text);
  const out = path.join(scratch, `${Math.random().toString(36).slice(2)}-${path.basename(file)}`);
  fs.writeFileSync(out, changed);
  return out;
}

describeWithTool("/usr/bin/xmllint", "libxml2-utils")("XML manifest against Microsoft's XSD", () => {
  test.each(["manifest.xml", "dist/manifest.xml"])("%s is valid", (file) => {
    const { valid, output } = validateXmlManifest(path.join(root, file));
    expect(output).toMatch(/validates$/);
    expect(valid).toBe(true);
  });

  test("an empty AppDomains is refused, as Office refuses it", () => {
    const withEmpty = variant(path.join(root, "manifest.xml"), (xml) =>
      xml.replace("<Hosts>", "<AppDomains />\n  <Hosts>"),
    );
    const { valid, output } = validateXmlManifest(withEmpty);
    expect(valid).toBe(false);
    expect(output).toMatch(/AppDomains.*Missing child element\(s\)/);
  });
});

describe("unified manifest (dist/manifest.json)", () => {
  const file = path.join(dist, "manifest.json");
  const unified = JSON.parse(fs.readFileSync(file, "utf8"));
  const facts = readXmlManifest(fs.readFileSync(path.join(dist, "manifest.xml"), "utf8"));
  const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"));
  const runtime = unified.extensions[0].runtimes[0];

  test("passes office-addin-manifest validate", () => {
    const { valid, output } = validateUnifiedManifest(file);
    expect(output).not.toMatch(/Error/);
    expect(valid).toBe(true);
  }, 30_000);

  test("a short description over the schema's 80 characters is refused", () => {
    const long = variant(file, (json) => {
      const manifest = JSON.parse(json);
      manifest.description.short = "x".repeat(81);
      return JSON.stringify(manifest);
    });
    const { valid, output } = validateUnifiedManifest(long);
    expect(valid).toBe(false);
    expect(output).toMatch(/\/description\/short must NOT have more than 80 characters/);
  }, 30_000);

  test("carries the XML manifest's facts: version, URLs, namespace, requirement sets", () => {
    expect(`${unified.version}.0`).toBe(facts.version);
    expect(unified.description.full).toBe(facts.description);
    expect(runtime.code).toEqual({ page: facts.page, script: facts.script });
    expect(runtime.customFunctions.metadataUrl).toBe(facts.metadataUrl);
    expect(runtime.customFunctions.namespace).toEqual({ id: "AIPAY", name: "AIPAY" });
    expect(unified.extensions[0].requirements.capabilities).toEqual([
      { name: "CustomFunctionsRuntime", minVersion: "1.2" },
      { name: "SharedRuntime", minVersion: "1.1" },
    ]);
    expect(runtime.lifetime).toBe("long");
  });

  test("has an Id of its own, a name that says Microsoft 365, and hides the XML add-in where both are installed", () => {
    // Microsoft's guidance for publishing both manifests: a different GUID and name, and "alternates.hide".
    const config = (require("../../package.json") as { config: Record<string, string> }).config;
    expect(unified.id).toBe(config.production_unified_addin_id);
    expect(unified.id).not.toBe(facts.id);
    expect(unified.name).toEqual({
      short: "AIPAY for Microsoft 365",
      full: "AIPAY for Microsoft 365 – UK AI/ML pay benchmarks",
    });
    expect(facts.displayName).toBe("AIPAY – UK AI/ML pay benchmarks");
    const hidden = unified.extensions[0].alternates.filter((alternate: object) => "hide" in alternate);
    expect(hidden).toEqual([{ hide: { customOfficeAddin: { officeAddinId: facts.id } } }]);
  });

  test("declares every option-word enum its parameters refer to, word for word as functions.json has it", () => {
    const declared = runtime.customFunctions.enums as { id: string; values: { name: string; stringValue: string }[] }[];
    const referenced = new Set<string>(
      runtime.customFunctions.functions.flatMap((f: { parameters: { customEnumId?: string }[] }) =>
        f.parameters.flatMap((p) => (p.customEnumId ? [p.customEnumId] : [])),
      ),
    );
    // point, ir35, feePayer, stage, table, key, phasing, type and status (docs/functions.md's option words)
    expect(referenced.size).toBe(9);
    expect(new Set(declared.map((e) => e.id))).toEqual(referenced);
    expect(declared).toEqual(metadata.enums);
  });

  test("lists every function of functions.json with its parameters", () => {
    const names = (fns: { id: string; parameters: { name: string }[] }[]) =>
      fns.map((f) => [f.id, f.parameters.map((p) => p.name)]);
    expect(names(runtime.customFunctions.functions)).toEqual(names(metadata.functions));
    expect(runtime.customFunctions.allowCustomDataForDataTypeAny).toBe(metadata.allowCustomDataForDataTypeAny);
  });

  test("its colour and outline icons exist at the sizes the schema asks for", () => {
    const size = (file: string) => {
      const png = fs.readFileSync(path.join(dist, file));
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(size(unified.icons.color)).toEqual([192, 192]);
    expect(size(unified.icons.outline)).toEqual([32, 32]);
  });

  test("the outline icon is white on transparent only, as Microsoft 365 requires", () => {
    // RGBA, no filtering: each scanline is one filter byte then 32 pixels of 4 bytes.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const zlib = require("node:zlib") as typeof import("node:zlib");
    const png = fs.readFileSync(path.join(dist, unified.icons.outline));
    const idat = png.indexOf("IDAT");
    const raw = zlib.inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    const colours = new Set<string>();
    for (let y = 0; y < 32; y++)
      for (let x = 0; x < 32; x++) {
        const i = y * 129 + 1 + x * 4;
        if (raw[i + 3] > 0) colours.add(raw.subarray(i, i + 3).toString("hex"));
      }
    expect([...colours]).toEqual(["ffffff"]);
  });

  test("its developer links open built help pages, on headings that exist", () => {
    const base = facts.page.replace(/taskpane\.html$/, "");
    const links = Object.values(unified.developer).filter((v): v is string => String(v).startsWith("https"));
    expect(unified.developer.privacyUrl).toBe(`${base}privacy.html`);
    expect(unified.developer.termsOfUseUrl).toBe(`${base}terms.html`);
    for (const link of links) {
      expect(link.startsWith(base)).toBe(true);
      const [file, fragment] = link.slice(base.length).split("#");
      const page = path.join(dist, file);
      expect([file, fs.existsSync(page)]).toEqual([file, true]);
      if (fragment) expect(fs.readFileSync(page, "utf8")).toMatch(new RegExp(`<h\\d id="?${fragment}"?>`));
    }
  });
});
