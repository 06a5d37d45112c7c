/**
 * The built add-in makes no network request at run time: every figure ships inside it.
 *
 * - The functions bundle runs in a VM whose browser network APIs are stand-ins that record
 *   any use, and every associated function is called with real arguments. Recording (not
 *   just throwing) matters: the registry turns a thrown error into an error value, which
 *   would hide an attempt.
 * - The built scripts are scanned for network APIs and for absolute URLs.
 * - The page itself, in headless Chromium, is covered by tests/browser/taskpane.e2e.test.ts: it
 *   fails on any request that would leave the machine (office.js is served locally there).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { distDir, loadFunctionsBundle } from "../support/bundle";
import { composedSamples, samples as engineSamples } from "../support/samples";

const samples = { ...engineSamples, ...composedSamples };

/** Browser globals that can send or fetch anything; each stand-in records its use and throws. */
function networkStandIns(attempts: string[]) {
  const standIn = (name: string) =>
    function networkStandIn(...args: unknown[]) {
      attempts.push(`${name}(${args.map((a) => String(a)).join(", ")})`);
      throw new Error(`${name} is not allowed: AIPAY makes no network request`);
    };
  const apis = Object.fromEntries(
    [
      "fetch",
      "XMLHttpRequest",
      "WebSocket",
      "EventSource",
      "WebTransport",
      "Worker",
      "SharedWorker",
      "Image",
      "importScripts",
    ].map((name) => [name, standIn(name)]),
  );
  const navigator = { sendBeacon: standIn("navigator.sendBeacon") };
  // The same APIs reached through window/self, as browser code often does.
  return { ...apis, navigator, window: { ...apis, navigator }, self: { ...apis, navigator } };
}

/** Excel hands each parameter a range (here 1×1), and null for an omitted one. */
const asExcel = (args: readonly unknown[]) => args.map((a) => (a === null ? null : [[a]]));
/** The same cases at once: each parameter a column of every case's value. */
const asColumns = (cases: readonly (readonly unknown[])[]) =>
  cases[0].map((_, i) => cases.map((args) => [args[i] ?? null]));

describe("the functions bundle, run with network stand-ins", () => {
  const attempts: string[] = [];
  const bundle = loadFunctionsBundle(networkStandIns(attempts));

  test("the stand-ins catch a request even when the caller swallows the error", () => {
    const caught: string[] = [];
    const script = `
      for (const send of [() => fetch("https://example.com/"), () => new XMLHttpRequest(),
                          () => navigator.sendBeacon("https://example.com/"), () => window.fetch("x")]) {
        try { send(); } catch {}
      }`;
    vm.runInContext(script, vm.createContext(networkStandIns(caught)));
    expect(caught).toEqual([
      "fetch(https://example.com/)",
      "XMLHttpRequest()",
      "navigator.sendBeacon(https://example.com/)",
      "fetch(x)",
    ]);
  });

  test("every associated function has real arguments to be called with", () => {
    expect([...bundle.keys()].filter((id) => !(id in samples))).toEqual([]);
    expect(bundle.size).toBeGreaterThanOrEqual(13);
  });

  test("loading the bundle and calling every function, one case and whole columns, requests nothing", () => {
    const answers: unknown[][][] = [];
    for (const [id, fn] of bundle) {
      const cases = samples[id];
      for (const args of cases) answers.push(fn(...asExcel(args)) as unknown[][]);
      if (cases[0].length > 0) answers.push(fn(...asColumns(cases)) as unknown[][]);
    }
    // Real work was done: every call answered, and many with figures.
    expect(answers.every((rows) => rows.length > 0)).toBe(true);
    expect(answers.flat(2).filter((cell) => typeof cell === "number").length).toBeGreaterThan(20);
    expect(attempts).toEqual([]);
  });
});

describe("the built scripts name no network API and no URL to fetch", () => {
  const builtScripts = ["functions.js", "taskpane.js"];
  const read = (file: string) => fs.readFileSync(path.join(distDir, file), "utf8");
  const networkApis = [
    /\bfetch\s*\(/,
    /\bXMLHttpRequest\b/,
    /\bWebSocket\b/,
    /\bEventSource\b/,
    /\bWebTransport\b/,
    /\bsendBeacon\b/,
    /\bimportScripts\b/,
    /\bimport\s*\(/,
    /\b(Shared)?Worker\s*\(/,
    /createElement(NS)?\([^)]*["'](script|iframe|img|link|image)["']/,
  ];
  const absoluteUrls = (text: string) => new Set(text.match(/https?:\/\/[^\s"'`<>);\\]+/g) ?? []);

  /**
   * Absolute URLs that may appear, and why none is a request:
   * - the SVG namespace: an identifier for document.createElementNS (the chart);
   * - the gov.uk pages that src/data/employer-costs.json cites for each employer rate, and
   *   the prefix its schema requires of them: provenance text shown to the user, never fetched.
   */
  const dataDir = path.resolve(__dirname, "../../src/data");
  const citations = fs
    .readdirSync(dataDir)
    .flatMap((file) => [...fs.readFileSync(path.join(dataDir, file), "utf8").matchAll(/"href":\s*"([^"]+)"/g)])
    .map((m) => m[1]);
  const allowed = new Set(["http://www.w3.org/2000/svg", "https://www.gov.uk/", ...citations]);

  test("the data's citations are all gov.uk pages (so the allow-list stays that narrow)", () => {
    expect(citations.length).toBeGreaterThan(0);
    for (const url of citations) expect(url).toMatch(/^https:\/\/www\.gov\.uk\//);
  });

  test.each(builtScripts)("dist/%s uses no network API", (file) => {
    const text = read(file);
    expect(text.length).toBeGreaterThan(10_000);
    expect(networkApis.filter((api) => api.test(text)).map(String)).toEqual([]);
  });

  test.each(builtScripts)("dist/%s holds no absolute URL outside the allow-list", (file) => {
    expect([...absoluteUrls(read(file))].filter((url) => !allowed.has(url))).toEqual([]);
  });

  test("dist/taskpane.html names only Microsoft's office.js CDN (its script and its CSP host)", () => {
    expect([...absoluteUrls(read("taskpane.html"))].sort()).toEqual([
      "https://appsforoffice.microsoft.com",
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    ]);
  });
});
