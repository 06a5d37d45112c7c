/**
 * A production build is addressed to the host it will be served from (AIPAY_URL), and to
 * nowhere else; without a real address it refuses to build. Builds the web part into a
 * scratch folder, so dist/ stays the build the other tests check.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");
const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "aipay-prod-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** The web build into outDir, with AIPAY_URL in the environment as given, and any further --env flags. */
function build(aipayUrl: string | undefined, outDir: string, mode = "production", flags: string[] = []) {
  const env = { ...process.env };
  delete env.AIPAY_URL;
  if (aipayUrl !== undefined) env.AIPAY_URL = aipayUrl;
  return spawnSync(
    process.execPath,
    [
      webpackCli,
      "--mode",
      mode,
      "--config-name",
      "web",
      "--env",
      `outDir=${outDir}`,
      ...flags.flatMap((f) => ["--env", f]),
    ],
    { cwd: root, env, encoding: "utf8" },
  );
}

// A reserved name (RFC 2606), so this is a test build: only --env test admits such a host.
describe("--env test --env AIPAY_URL=https://pay.example.org/aipay/", () => {
  const prefix = "https://pay.example.org/aipay/";
  const out = path.join(scratch, "pay");
  let result: ReturnType<typeof build>;
  beforeAll(() => {
    result = build(undefined, out, "production", ["test", `AIPAY_URL=${prefix}`]);
  }, 180_000);
  const read = (file: string) => fs.readFileSync(path.join(out, file), "utf8");
  const urls = (text: string) => [...text.matchAll(/https?:\/\/[^\s"'<>)`\\]+/g)].map((m) => m[0]);

  test("builds", () => {
    expect(result.status).toBe(0);
  });

  test.each(["manifest.xml", "manifest.json", "functions.json"])(
    "every address in %s is on that host and path",
    (file) => {
      const found = urls(read(file)).filter(
        // XML namespaces and the unified manifest's $schema name formats, not places.
        (url) => !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(url) && !url.includes("/json-schemas/"),
      );
      expect(found.length).toBeGreaterThan(5);
      expect(found.filter((url) => !url.startsWith(prefix))).toEqual([]);
    },
  );

  test.each(["taskpane.html", "help.html", "security.html"])(
    "every page link and script in %s stays on that host, but office.js",
    (file) => {
      const html = read(file);
      const attributes = [...html.matchAll(/\b(?:src|href)="?(https?:\/\/[^"\s>]+)/g)].map((m) => m[1]);
      const offHost = attributes.filter((url) => !url.startsWith(prefix));
      // office.js must come from Microsoft's CDN; help.html cites as sources HMRC's pages, and
      // Microsoft's documentation and its answers in office.js's issue tracker.
      const sources = [
        "https://www.gov.uk/",
        "https://learn.microsoft.com/",
        "https://support.microsoft.com/",
        "https://github.com/OfficeDev/office-js/issues/",
      ];
      expect(
        offHost.filter(
          (url) =>
            url !== "https://appsforoffice.microsoft.com/lib/1/hosted/office.js" &&
            !sources.some((source) => url.startsWith(source)),
        ),
      ).toEqual([]);
    },
  );

  test("nothing built points at the dev server", () => {
    for (const file of fs.readdirSync(out).filter((f) => /\.(xml|json|js|html)$/.test(f)))
      expect([file, read(file).includes("localhost:3000/")]).toEqual([file, false]);
  });
});

describe("a production build refuses to guess where it will be served", () => {
  test.each([
    [undefined, /needs AIPAY_URL/],
    ["https://www.contoso.com/aipay/", /placeholder/],
    ["https://pay.example.org/aipay/", /names a reserved host/],
    ["https://ci:secret@pay.acme-payroll.co.uk/aipay/", /must not carry a user name or password/],
    ["http://pay.acme-payroll.co.uk/aipay/", /must be an https address ending in '\/'/],
    ["https://pay.acme-payroll.co.uk/aipay", /must be an https address ending in '\/'/],
  ])(
    "AIPAY_URL=%s fails and says what to set",
    (url, message) => {
      const result = build(url, path.join(scratch, "refused"));
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toMatch(message);
      expect(`${result.stdout}${result.stderr}`).toMatch(/AIPAY_URL=https:\/\/<your host>\/aipay\/ npm run build/);
      expect(fs.existsSync(path.join(scratch, "refused"))).toBe(false);
    },
    60_000,
  );
});

describe("the development build that npm start sideloads", () => {
  const out = path.join(scratch, "dev");
  beforeAll(() => {
    expect(build(undefined, out, "development").status).toBe(0);
  }, 180_000);

  test("is served by a dev server that listens on this machine only", () => {
    // In a child process: webpack.config.js loads ES-module packages Jest cannot.
    const host = `require("./webpack.config.js")({}, { mode: "development" }).then(([web]) => console.log(web.devServer.host))`;
    const run = spawnSync(process.execPath, ["-e", host], { cwd: root, encoding: "utf8" });
    expect(run.stdout.trim()).toBe("localhost");
  });

  test("loads office.js from Microsoft's CDN too, and ships no copy of it", () => {
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    expect(html).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    expect(fs.existsSync(path.join(out, "assets", "office-js"))).toBe(false);
  });

  test("keeps the dev manifest's Id and name, with both manifests on the dev server", () => {
    const source = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    expect(fs.readFileSync(path.join(out, "manifest.xml"), "utf8")).toBe(source);
    const unified = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"));
    expect(unified.name.short).toBe("AIPAY (dev) for Microsoft 365");
    expect(unified.extensions[0].runtimes[0].code.page).toBe("https://localhost:3000/taskpane.html");
  });

  test("installs beside production without a clash: four Ids and two namespaces, each build's pane writing its own", () => {
    const production = path.join(root, "dist");
    const manifests = (dir: string) => {
      const xml = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
      const unified = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
      return {
        ids: [/<Id>([^<]+)<\/Id>/.exec(xml)![1], unified.id],
        namespaces: [
          /<bt:String id="Functions\.Namespace" DefaultValue="([^"]+)"/.exec(xml)![1],
          unified.extensions[0].runtimes[0].customFunctions.namespace.id,
        ],
        pane: fs.readFileSync(path.join(dir, "taskpane.js"), "utf8"),
      };
    };
    const dev = manifests(out);
    const prod = manifests(production);
    expect(new Set([...dev.ids, ...prod.ids]).size).toBe(4);
    expect([dev.namespaces, prod.namespaces]).toEqual([
      ["AIPAYDEV", "AIPAYDEV"],
      ["AIPAY", "AIPAY"],
    ]);
    // The pane's namespace constant, written in by the build: production's bundle never names the dev one.
    expect(dev.pane).toContain('"AIPAYDEV"');
    expect(prod.pane).not.toContain("AIPAYDEV");
  });
});

describe("a production build needs a support contact users can reach", () => {
  test.each([
    ["", /A production build needs a support contact/],
    ["support@contoso.com", /is a placeholder or local address/],
    ["help@aipay.example.org", /names a reserved host/],
  ])("config.support_contact %j fails and says what to set", (contact, message) => {
    const result = spawnSync(
      process.execPath,
      [
        "-e",
        `const config = require("./package.json").config; config.support_contact = ${JSON.stringify(contact)};
         require("./webpack.config.js")({}, { mode: "production" }).then(() => console.log("built"), (e) => { console.error(e.message); process.exit(1); });`,
      ],
      { cwd: root, env: { ...process.env, AIPAY_URL: "https://pay.acme-payroll.co.uk/aipay/" }, encoding: "utf8" },
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Set "support_contact" in package\.json's "config"/);
  });
});
