/**
 * Checks the production build in dist/ (`npm test` runs `npm run build:test` first)
 * and the source manifest. No network: everything is read from disk.
 */
import * as fs from "fs";
import * as path from "path";
import { testIf } from "../support/tools";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const urlDev = "https://localhost:3000/";
const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function read(file: string): string {
  const full = path.join(root, file);
  if (!fs.existsSync(full)) throw new Error(`${file} is missing: run "npm run build:test" first`);
  return fs.readFileSync(full, "utf8");
}

const sourceManifest = read("manifest.xml");

describe("build outputs", () => {
  test.each([
    "functions.js",
    "functions.json",
    "taskpane.html",
    "taskpane.js",
    "manifest.xml",
    "cli/aipay.js",
    ...[16, 20, 24, 32, 40, 48, 64, 80, 128].map((size) => `assets/icon-${size}.png`),
    "assets/color-192.png",
    "assets/outline-32.png",
    "manifest.json",
  ])("dist/%s exists", (file) => {
    expect(fs.existsSync(path.join(dist, file))).toBe(true);
  });

  test("is a production build (no local office.js copy, no source maps)", () => {
    expect(fs.existsSync(path.join(dist, "assets", "office-js"))).toBe(false);
    expect(fs.readdirSync(dist).filter((f) => f.endsWith(".map"))).toEqual([]);
  });
});

describe("manifest", () => {
  const distManifest = read("dist/manifest.xml");

  test("source points at the dev server in many places", () => {
    expect(sourceManifest.split(urlDev).length - 1).toBeGreaterThanOrEqual(5);
  });

  test("dist/manifest.xml has every dev URL replaced, the production Id and name, and nothing else changed", () => {
    expect(distManifest).not.toMatch(/localhost/i);
    const prod = /<SourceLocation DefaultValue="(https:\/\/[^"]+\/)taskpane\.html"/.exec(distManifest)?.[1];
    expect(prod).toBeDefined();
    const productionId = (require("../../package.json") as { config: { production_addin_id: string } }).config
      .production_addin_id;
    const expected = sourceManifest
      .split(urlDev)
      .join(prod)
      .replace(/<Id>[^<]+<\/Id>/, `<Id>${productionId}</Id>`)
      .replace("AIPAY (dev) – ", "AIPAY – ")
      .replace('DefaultValue="AIPAYDEV"', 'DefaultValue="AIPAY"')
      .replace("as AIPAYDEV.* worksheet", "as AIPAY.* worksheet")
      .replace("Type =AIPAYDEV. in a cell", "Type =AIPAY. in a cell");
    expect(distManifest).toBe(expected);
  });

  test("the development manifest installs beside production: its own Id and a name that says dev", () => {
    const id = (xml: string) => /<Id>([^<]+)<\/Id>/.exec(xml)?.[1];
    const name = (xml: string) => /<DisplayName DefaultValue="([^"]+)"/.exec(xml)?.[1];
    expect(id(sourceManifest)).not.toBe(id(distManifest));
    expect(name(sourceManifest)).toMatch(/\(dev\)/);
    expect(name(distManifest)).not.toMatch(/dev/);
  });

  test("SupportUrl opens the support page, and the Get Started link the help page", () => {
    expect(sourceManifest).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/support\.html"\s*\/>/);
    expect(sourceManifest).toMatch(
      /<bt:Url id="GetStarted\.LearnMoreUrl" DefaultValue="https:\/\/localhost:3000\/help\.html"\s*\/>/,
    );
  });

  test("declares the AIPAYDEV namespace for development and AIPAY for production, and texts name each", () => {
    const namespace = (xml: string) =>
      /<bt:String id="Functions\.Namespace" DefaultValue="([^"]+)"\s*\/>/.exec(xml)?.[1];
    expect(sourceManifest).toMatch(/<Namespace resid="Functions\.Namespace"\s*\/>/);
    expect([namespace(sourceManifest), namespace(distManifest)]).toEqual(["AIPAYDEV", "AIPAY"]);
    const getStarted = (xml: string) => /<bt:String id="GetStarted\.Description" DefaultValue="([^"]+)"/.exec(xml)?.[1];
    expect(getStarted(sourceManifest)).toMatch(/^Type =AIPAYDEV\. in a cell/);
    expect(getStarted(distManifest)).toMatch(/^Type =AIPAY\. in a cell/);
  });

  test("one version: package.json's x.y.z is the manifest's x.y.z.0 and the unified manifest's x.y.z", () => {
    const { version } = require("../../package.json") as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(/<Version>([^<]+)<\/Version>/.exec(sourceManifest)?.[1]).toBe(`${version}.0`);
    expect(/<Version>([^<]+)<\/Version>/.exec(distManifest)?.[1]).toBe(`${version}.0`);
    expect(JSON.parse(read("dist/manifest.json")).version).toBe(version);
  });

  test("uses one long-lived shared runtime for functions and task pane", () => {
    expect(sourceManifest).toMatch(/<bt:Set Name="SharedRuntime" MinVersion="1\.1"\s*\/>/);
    // 1.2 is the first with CustomFunctions.Error carrying a message, which every error uses.
    expect(sourceManifest).toMatch(/<bt:Set Name="CustomFunctionsRuntime" MinVersion="1\.2"\s*\/>/);
    expect(sourceManifest).toMatch(/<Runtime resid="Taskpane\.Url" lifetime="long"\s*\/>/);
    expect(sourceManifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane\.Url"\s*\/>\s*<\/Page>/);
    expect(sourceManifest).toMatch(/<FunctionFile resid="Taskpane\.Url"\s*\/>/);
  });

  test("has no AppDomains (the add-in navigates nowhere) and ReadWriteDocument permission", () => {
    // Microsoft's schema refuses an empty <AppDomains />: leave the element out instead.
    expect(sourceManifest).not.toMatch(/<AppDomains/);
    expect(sourceManifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  test("asks for nothing beyond ReadWriteDocument on workbooks: one permission, no SSO scopes, Excel only", () => {
    // Of the five task-pane levels only ReadWriteDocument both reads (the plan reads sheet and table
    // names to pick new ones) and writes (Insert, the plan sheet); why, in docs/security.md.
    expect([...sourceManifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual([
      "ReadWriteDocument",
    ]);
    expect(sourceManifest).not.toMatch(/Mailbox|ReadAllDocument|ReadItem|ReadWriteItem|ExtendedPermission/);
    expect(sourceManifest).not.toMatch(/<WebApplicationInfo>|<Scopes>/); // no identity or Microsoft Graph access
    expect([...sourceManifest.matchAll(/<Host (?:Name|xsi:type)="(\w+)"/g)].map((m) => m[1])).toEqual([
      "Workbook",
      "Workbook",
    ]);
  });

  test("asks for the functions' requirement sets in VersionOverrides only, so an Excel without them still installs the pane", () => {
    const [base, overrides] = sourceManifest.split("<VersionOverrides");
    expect(base.replace(/<!--[^]*?-->/g, "")).not.toMatch(/<Requirements>/);
    const required = /<Requirements>([^]*?)<\/Requirements>/.exec(overrides)?.[1] ?? "";
    expect([...required.matchAll(/<bt:Set Name="(\w+)" MinVersion="([\d.]+)"/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual(
      ["CustomFunctionsRuntime 1.2", "SharedRuntime 1.1"],
    );
  });

  test("every ribbon icon comes in each size Microsoft's schema lists, required and optional", () => {
    // The XSD's own words: "Mandatory values are 16, 32, and 80. Currently supported optional values are 20, 24, 40, 48, and 64."
    const xsd = fs.readFileSync(path.join(root, "vendor/office-schemas/OfficeAppBasicTypesV1_0.xsd"), "utf8");
    const listed = /Mandatory values are ([\d, and]+)\. Currently supported optional values are ([\d, and]+)\./.exec(
      xsd,
    );
    const sizes = `${listed?.[1]} ${listed?.[2]}`
      .match(/\d+/g)!
      .map(Number)
      .sort((a, b) => a - b);
    expect(sizes).toEqual([16, 20, 24, 32, 40, 48, 64, 80]);
    const icons = [...sourceManifest.matchAll(/<Icon>([^]*?)<\/Icon>/g)].map((m) =>
      [...m[1].matchAll(/<bt:Image size="(\d+)"/g)].map((i) => Number(i[1])),
    );
    expect(icons).toEqual([sizes, sizes]); // the group's and the button's
  });

  test("every resid refers to a defined resource", () => {
    const used = new Set([...sourceManifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = new Set([...sourceManifest.matchAll(/<bt:\w+ id="([^"]+)"/g)].map((m) => m[1]));
    expect([...used].filter((id) => !defined.has(id))).toEqual([]);
  });

  test("every icon URL names a PNG in assets/ of that size", () => {
    const icons = [...sourceManifest.matchAll(/assets\/(icon-(\d+)\.png)/g)];
    expect(icons.length).toBeGreaterThan(0);
    for (const [, file, size] of icons) {
      const png = fs.readFileSync(path.join(root, "assets", file));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });
});

describe("taskpane.html (shared runtime page)", () => {
  const html = read("dist/taskpane.html");
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const srcOf = (attrs: string) => /\bsrc="?([^"\s>]+)/.exec(attrs)?.[1];

  test("loads office.js from Microsoft's CDN, then functions.js and taskpane.js", () => {
    expect(scripts.map((s) => srcOf(s[1]))).toEqual([officeJsCdn, "functions.js", "taskpane.js"]);
  });

  test("runs its bundles once parsed and paints only after them, so the first frame has the figures", () => {
    const bundles = scripts.filter((s) => srcOf(s[1]) !== officeJsCdn).map((s) => s[1]);
    expect(bundles).toHaveLength(2);
    for (const attributes of bundles) {
      expect(attributes).toMatch(/\bdefer\b/);
      expect(attributes).toMatch(/\bblocking="?render\b/);
    }
  });

  test("has no inline scripts and a CSP allowing the CDN", () => {
    expect(scripts.every((s) => s[2].trim() === "")).toBe(true);
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval/);
  });
});

describe("functions.json and functions.js", () => {
  test("functions.json has no dev URLs left (JSDoc @helpurl links are rewritten too)", () => {
    expect(read("dist/functions.json")).not.toMatch(/localhost/i);
  });

  test("every function's help link opens its function's heading in dist/help.html (rendered from docs/functions.md)", () => {
    const metadata = JSON.parse(read("dist/functions.json")) as { functions: { id: string; helpUrl: string }[] };
    const help = read("dist/help.html");
    // one heading per function, and no function heading without a function
    expect(help.match(/<h2 id="?[a-z]+"?>AIPAY\./g)?.length).toBe(metadata.functions.length);
    for (const { id, helpUrl } of metadata.functions) {
      const fragment = helpUrl.split("#")[1];
      expect(fragment).toBe(id.toLowerCase());
      expect(help).toMatch(new RegExp(`<h2 id="?${fragment}"?>AIPAY\\.${id}\\(`));
    }
  });
});

describe("help pages (docs/*.md built into dist/)", () => {
  // Every page but the shared runtime's is a help page built from docs/.
  const pages = fs.readdirSync(dist).filter((file) => file.endsWith(".html") && file !== "taskpane.html");
  const headingIds = (html: string) => [...html.matchAll(/<h\d id="?([^"\s>]+)"?>/g)].map((m) => m[1]);

  test("help.html is docs/functions.md, and the security audit is a page of its own", () => {
    expect(pages).toEqual(expect.arrayContaining(["help.html", "security.html"]));
    expect(read("dist/help.html")).toMatch(/<h1 id="?function-reference"?>Function reference<\/h1>/);
    // the security audit has a page of its own
    expect(read("dist/security.html")).toMatch(/<h2 id="?dependency-audit"?>/);
    expect(read("dist/help.html")).not.toMatch(/id="?dependency-audit"?>/);
  });

  test("the support page gives the build's contact as a link, and links the privacy statement and terms", () => {
    // A test build has no contact configured, so it shows the address that can never be delivered.
    const support = read("dist/support.html");
    expect(support).toMatch(
      /<strong>Contact:<\/strong> <a href="?mailto:support@aipay\.invalid"?>support@aipay\.invalid<\/a>/,
    );
    expect(support).not.toContain("config.support_contact");
    expect(support).toMatch(/<a href="?privacy\.html"?>Privacy<\/a>/);
    expect(support).toMatch(/<a href="?terms\.html"?>Terms of use<\/a>/);
  });

  test("the privacy statement says what AIPAY stores and that its code requests nothing but its own files", () => {
    const privacy = read("dist/privacy.html");
    expect(privacy).toMatch(/<h2 id="?what-aipay-stores"?>/);
    expect(privacy).toMatch(/no browser storage/);
    expect(privacy).toMatch(/AIPAY's own code makes no network requests/);
    expect(privacy).toContain("appsforoffice.microsoft.com");
    expect(read("dist/terms.html")).toMatch(/<h1 id="?terms-of-use"?>Terms of use<\/h1>/);
  });

  test("both manifests link the support page, and the unified one the privacy statement and terms, all built", () => {
    const base = /<SourceLocation DefaultValue="(https:\/\/[^"]+\/)taskpane\.html"/.exec(read("dist/manifest.xml"))![1];
    expect(read("dist/manifest.xml")).toContain(`<SupportUrl DefaultValue="${base}support.html" />`);
    const { developer } = JSON.parse(read("dist/manifest.json"));
    expect(developer).toMatchObject({
      websiteUrl: `${base}support.html`,
      privacyUrl: `${base}privacy.html`,
      termsOfUseUrl: `${base}terms.html`,
    });
    for (const page of ["support.html", "privacy.html", "terms.html"]) expect(pages).toContain(page);
  });

  test.each(pages)("every link within dist/%s lands on a built page and a heading of it", (page) => {
    const links = [...read(`dist/${page}`).matchAll(/href="?([^"\s>]+)"?/g)]
      .map((m) => m[1])
      .filter((href) => !/^(https|mailto):/.test(href));
    if (page === "help.html") expect(links.length).toBeGreaterThan(20);
    const broken = links.filter((href) => {
      const [file, fragment] = href.split("#");
      const target = file || page;
      if (!pages.includes(target)) return true;
      return fragment !== undefined && !headingIds(read(`dist/${target}`)).includes(fragment);
    });
    expect(broken).toEqual([]);
  });

  test.each(pages)("dist/%s gives no two headings one id, so each help link lands on its function", (page) => {
    // e.g. a "Skills" section would take #skills from AIPAY.SKILLS and come first in the page.
    const ids = headingIds(read(`dist/${page}`));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe("README.md and docs/*.md on GitHub", () => {
  const markdownFiles = [
    "README.md",
    ...fs
      .readdirSync(path.join(root, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ];
  /** The Markdown outside fenced code blocks and code spans, where headings and links live. */
  const prose = (file: string) =>
    read(file)
      .replace(/^ {0,3}(`{3,}|~{3,})[^]*?^ {0,3}\1/gm, "")
      .replace(/`[^`\n]*`/g, "");
  /** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens, repeats numbered "-1", "-2". */
  function githubIds(file: string): Set<string> {
    const ids = new Set<string>();
    for (const [, heading] of prose(file).matchAll(/^#{1,6} +(.+?) *$/gm)) {
      const slug = heading
        .toLowerCase()
        .replace(/[^\w\- ]/g, "")
        .replace(/ /g, "-");
      let id = slug;
      for (let n = 1; ids.has(id); n++) id = `${slug}-${n}`;
      ids.add(id);
    }
    return ids;
  }
  /** Inline links and images that stay in the repository. */
  const relativeLinks = (file: string) =>
    [...prose(file).matchAll(/\]\(([^)\s]+)/g)].map((m) => m[1]).filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href));

  test("the README links every docs page", () => {
    const linked = relativeLinks("README.md").map((href) => href.split("#")[0]);
    expect(markdownFiles.filter((file) => file !== "README.md" && !linked.includes(file))).toEqual([]);
  });

  test.each(markdownFiles)(
    "every relative link in %s lands on a file and, with a fragment, on a heading of it",
    (file) => {
      const broken = relativeLinks(file).filter((href) => {
        const [target, fragment] = href.split("#");
        const targetFile = target ? path.posix.join(path.posix.dirname(file), target) : file;
        if (!fs.existsSync(path.join(root, targetFile))) return true;
        return fragment !== undefined && !(targetFile.endsWith(".md") && githubIds(targetFile).has(fragment));
      });
      expect(broken).toEqual([]);
    },
  );

  test("the links between pages are checked: some cross to another page's heading", () => {
    const crossing = markdownFiles.flatMap(relativeLinks).filter((href) => /\.md#/.test(href));
    expect(crossing.length).toBeGreaterThan(3);
  });
});

describe("cli/aipay.js", () => {
  test("starts with a node shebang", () => {
    expect(read("dist/cli/aipay.js").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  testIf(process.platform !== "win32", "Windows has no executable bit")("is executable", () => {
    expect(fs.statSync(path.join(dist, "cli", "aipay.js")).mode & 0o111).not.toBe(0);
  });
});
