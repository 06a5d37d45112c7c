/**
 * Drives the built task pane (dist/, as `npm run build` makes it) in headless Debian
 * Chromium through playwright-core, with no Office host: served from 127.0.0.1,
 * every request that would leave the machine is caught and fails the test. The
 * production page loads office.js from Microsoft's CDN; here that request is answered
 * from the @microsoft/office-js package on disk, or refused to play "offline".
 * Skipped, with a plain message, when /usr/bin/chromium is missing (.ci/run installs it).
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { defaultTaxYear, evaluate, payGuide } from "../src/engine";
import { budgetYears } from "../src/taskpane/budget-year";
import { formatMoney } from "../src/taskpane/money";

const browserPath = "/usr/bin/chromium";
const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
const outputDir = path.join(root, "test-output");
const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const officeJsPackage = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
};

/** A static server for dist/ on 127.0.0.1 and a random port. */
function serveDist(): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const file = path.join(dist, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    if (!file.startsWith(dist) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

interface Session {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Requests that would have left the machine (all refused). */
  offMachine: string[];
  /** office.js files answered from the npm package instead of the CDN. */
  servedLocally: string[];
  consoleErrors: string[];
}

let server: http.Server;
let userDataDir: string;

async function open(officeJs: "local copy" | "offline"): Promise<Session> {
  const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(userDataDir, "profile-")), {
    executablePath: browserPath,
    headless: true,
    viewport: { width: 320, height: 900 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // Belt and braces: nothing but loopback resolves, even outside Playwright's routing.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ],
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const session: Session = {
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    baseUrl,
    offMachine: [],
    servedLocally: [],
    consoleErrors: [],
  };
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl)) return route.continue();
    if (officeJs === "local copy" && url.startsWith(officeJsCdn)) {
      const file = path.join(officeJsPackage, new URL(url).pathname.slice(new URL(officeJsCdn).pathname.length));
      if (file.startsWith(officeJsPackage) && fs.existsSync(file)) {
        session.servedLocally.push(url);
        return route.fulfill({ path: file, contentType: "text/javascript" });
      }
    }
    session.offMachine.push(url);
    return route.abort("blockedbyclient");
  });
  session.page.on("console", (message) => {
    if (message.type() === "error") session.consoleErrors.push(`${message.text()} @ ${message.location().url}`);
  });
  session.page.on("pageerror", (error) => session.consoleErrors.push(`uncaught: ${error.message}`));
  await session.page.goto(`${baseUrl}taskpane.html`);
  await session.page.waitForFunction(() => document.getElementById("formula")?.textContent?.startsWith("=AIPAY."));
  return session;
}

const figureText = (page: Page, id: string) => page.locator(`[data-figure="${id}"] td`).innerText();
const money = (cell: unknown, per = "") => `${formatMoney(Number(cell))}${per}`;
const engine = (name: string, args: unknown[]) => evaluate(name, args)[0][0];

const run = fs.existsSync(browserPath) ? describe : describe.skip;
if (!fs.existsSync(browserPath))
  console.warn(`SKIPPED: the task pane browser test needs ${browserPath} (apt-get install chromium).`);

run("task pane in headless Chromium, no Office host", () => {
  let session: Session;

  beforeAll(async () => {
    fs.mkdirSync(outputDir, { recursive: true });
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "aipay-e2e-"));
    server = await serveDist();
    session = await open("local copy");
  }, 60_000);

  afterAll(async () => {
    await session?.context.close();
    await new Promise((resolve) => server?.close(resolve));
    fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  test("office.js loads (from the package copy) and reports no host; Copy, not Insert", async () => {
    const { page } = session;
    await page.waitForFunction(() => !document.getElementById("host-status")?.textContent?.startsWith("Loading"));
    expect(session.servedLocally[0]).toBe(`${officeJsCdn}office.js`);
    expect(await page.locator("#host-status").innerText()).toMatch(/outside Office/);
    expect(await page.locator("#formula-action").innerText()).toBe("Copy");
    expect(await page.locator("#plan-create").isDisabled()).toBe(true);
  });

  test("the controls offer the engine's lists", async () => {
    const { page } = session;
    const options = (id: string) => page.locator(`#${id} option`).allInnerTexts();
    expect(await options("control-role")).toEqual(payGuide.roleNames);
    expect(await options("control-location")).toEqual(payGuide.locationNames);
    expect(await options("control-level")).toEqual(evaluate("LEVELS", ["MLOps Engineer"]).map((r) => r[0]));
  });

  test("after changing inputs the figures and formula equal the engine's", async () => {
    const { page } = session;
    await page.selectOption("#control-role", "LLM Engineer");
    await page.selectOption("#control-level", "Senior");
    await page.selectOption("#control-location", "London");
    // LLM Engineer, Senior (4+ years), London: £110,000–£150,000, mid (110,000 + 150,000) / 2 = £130,000.
    expect(await figureText(page, "salary-low")).toBe("£110,000");
    expect(await figureText(page, "salary-mid")).toBe("£130,000");
    expect(await figureText(page, "salary-high")).toBe("£150,000");
    for (const point of ["low", "mid", "high"])
      expect(await figureText(page, `salary-${point}`)).toBe(
        money(engine("SALARYBAND", ["LLM Engineer", "Senior", "London", point])),
      );
    expect(await figureText(page, "dayrate-outside")).toBe(
      money(engine("DAYRATE", ["LLM Engineer", "Senior", "outside", "mid"]), " a day"),
    );
    expect(await figureText(page, "dayrate-inside")).toBe(
      money(engine("DAYRATE", ["LLM Engineer", "Senior", "inside", "mid"]), " a day"),
    );
    expect(await page.locator('[data-figure="salary-mid"] th .source').innerText()).toContain("LLM Engineer");
    expect(await page.locator('[data-figure="dayrate-inside"] th .source').innerText()).toMatch(
      /^Derived from 7\. Contractor Day Rates/,
    );
    expect(await page.locator("#formula").innerText()).toBe(
      '=AIPAY.SALARYBAND("LLM Engineer","Senior","London","mid")',
    );
    await page.selectOption("#formula-figure", "dayrate-inside");
    expect(await page.locator("#formula").innerText()).toBe('=AIPAY.DAYRATE("LLM Engineer","Senior","inside","mid")');
  });

  test("loaded cost of the midpoint and the contractor year equal the engine's, with their sources", async () => {
    const { page } = session;
    const taxYear = defaultTaxYear;
    const mid = engine("SALARYBAND", ["LLM Engineer", "Senior", "London", "mid"]);
    expect(await figureText(page, "loaded-cost")).toBe(money(engine("LOADEDCOST", [mid, taxYear])));
    expect(await page.locator('[data-figure="loaded-cost"] th').innerText()).toContain(
      `Loaded cost of mid, ${taxYear}`,
    );
    expect(await page.locator('[data-figure="loaded-cost"] th .source').innerText()).toMatch(
      new RegExp(`^Derived from 4\\. LLM Engineer Salaries.*${taxYear} rates \\(gov\\.uk`),
    );
    // Day-rate midpoint (700 + 900)/2 = £800 × 220 days = £176,000.
    const dayRate = engine("DAYRATE", ["LLM Engineer", "Senior", "outside", "mid"]);
    expect(await figureText(page, "contractor-year")).toBe(money(engine("CONTRACTCOST", [dayRate])));
    expect(await figureText(page, "contractor-year")).toBe("£176,000");
    expect(await page.locator('[data-figure="contractor-year"] th .source').innerText()).toMatch(
      /^Derived from 7\. Contractor Day Rates.*× 220 days a year/,
    );
    await page.selectOption("#formula-figure", "loaded-cost");
    expect(await page.locator("#formula").innerText()).toBe(
      `=AIPAY.LOADEDCOST(AIPAY.SALARYBAND("LLM Engineer","Senior","London","mid"),"${taxYear}")`,
    );
    await page.selectOption("#formula-figure", "salary-mid");
  });

  test("the plan offers the engine's financial years (the year ahead chosen) and the dataset's contract days", async () => {
    const { page } = session;
    const offered = budgetYears(payGuide.data.employerCosts.taxYears, new Date());
    expect(await page.locator("#plan-year option").allInnerTexts()).toEqual(offered.years.map((y) => y.label));
    expect(await page.locator("#plan-year").inputValue()).toBe(String(offered.default));
    expect(await page.locator("#plan-days").inputValue()).toBe(
      String(payGuide.data.employerCosts.contractor.billableDaysPerYear.value),
    );
    expect(await page.locator("#plan-0-start").inputValue()).toBe(offered.years[offered.default].start);
  });

  test("a row still on the budget year's first day moves with the year; a typed start date stays", async () => {
    const { page } = session;
    const offered = budgetYears(payGuide.data.employerCosts.taxYears, new Date());
    const other = offered.years.findIndex((_, i) => i !== offered.default);
    await page.locator("#tab-plan").click();
    await page.locator("#plan-add").click();
    await page.fill("#plan-1-start", "2026-09-01");
    await page.locator("#plan-1-start").dispatchEvent("change");
    await page.selectOption("#plan-year", String(other));
    expect(await page.locator("#plan-0-start").inputValue()).toBe(offered.years[other].start);
    expect(await page.locator("#plan-1-start").inputValue()).toBe("2026-09-01");
    await page.selectOption("#plan-year", String(offered.default));
    expect(await page.locator("#plan-0-start").inputValue()).toBe(offered.years[offered.default].start);
    await page.getByRole("button", { name: "Remove row 2" }).click();
    expect(await page.locator("#plan-rows fieldset").count()).toBe(1);
    await page.locator("#tab-explorer").click();
  });

  test("each chart bar spans the low–high printed beside it, on one linear £ scale", async () => {
    const { page } = session;
    const bars = await page.locator(".band-row").evaluateAll((rows) =>
      rows.map((row) => {
        const rect = row.querySelector("rect");
        return {
          label: row.getAttribute("data-label"),
          x: Number(rect?.getAttribute("x")),
          width: Number(rect?.getAttribute("width")),
          text: row.querySelector(".band-values")?.textContent ?? null,
        };
      }),
    );
    expect(bars.map((b) => b.label)).toEqual(payGuide.locationNames);
    const bands = bars.map((b) => ({
      ...b,
      low: engine("SALARYBAND", ["LLM Engineer", "Senior", b.label, "low"]) as number,
      high: engine("SALARYBAND", ["LLM Engineer", "Senior", b.label, "high"]) as number,
    }));
    for (const b of bands) expect(b.text).toBe(`${formatMoney(b.low)} – ${formatMoney(b.high)}`);
    // Pixels per pound from the first bar; every bar's ends must sit on that scale with x(0) shared.
    const scale = bands[0].width / (bands[0].high - bands[0].low);
    const origin = bands[0].x - bands[0].low * scale;
    for (const b of bands) {
      expect(b.x).toBeCloseTo(origin + b.low * scale, 6);
      expect(b.x + b.width).toBeCloseTo(origin + b.high * scale, 6);
    }
    // The longer bar is the wider band: London £40,000 wide vs the other locations.
    expect(bands.find((b) => b.label === "London")!.width).toBeCloseTo(40_000 * scale, 6);
  });

  // How long the redraw takes is measured by `npm run bench` (taskpane-recompute), not here.
  test("an input change redraws the figures at once (synchronously, within the change event)", async () => {
    const salaryMid = await session.page.evaluate(() => {
      const select = document.getElementById("control-location") as HTMLSelectElement;
      select.value = "UK National";
      select.dispatchEvent(new Event("change"));
      return document.querySelector('[data-figure="salary-mid"] td')?.textContent;
    });
    expect(salaryMid).toBe(money(engine("SALARYBAND", ["LLM Engineer", "Senior", "UK National", "mid"])));
  });

  test("a leadership role has no level: the level control is disabled with the engine's reason", async () => {
    const { page } = session;
    const leader = payGuide.rolesWith("leadership")[0];
    await page.selectOption("#control-role", leader);
    expect(await page.locator("#control-level").isDisabled()).toBe(true);
    expect(await page.locator("#control-level-note").innerText()).toContain("leadership role");
    expect(await figureText(page, "salary-mid")).toBe(
      money(engine("SALARYBAND", [leader, null, "UK National", "mid"])),
    );
    expect(await figureText(page, "contractor-year")).toMatch(/^#N\/A /); // the guide publishes no leadership day rates
    await page.selectOption("#control-role", "LLM Engineer");
    await page.selectOption("#control-level", "Senior");
    await page.selectOption("#control-location", "London");
  });

  test("skills, stage, percentile and specialist controls drive the figures as the engine does", async () => {
    const { page } = session;
    const rag = "RAG architecture design & optimisation";
    expect(await page.locator("#control-skills option").allInnerTexts()).toEqual([
      "None",
      ...evaluate("SKILLS", ["LLM Engineer"]).map((row) => String(row[0])),
    ]);
    expect(await page.locator("#control-stage option").allInnerTexts()).toEqual([
      "Market (any)",
      ...evaluate("STAGES", []).map((row) => String(row[0])),
    ]);
    await page.selectOption("#control-location", "Cambridge");
    await page.selectOption("#control-skills", rag);
    await page.selectOption("#control-stage", "Scale-up");
    // London £110,000 × 0.925 (Cambridge) × 1.175 (RAG) × 0.95 (Scale-up) = £113,578.4375, rounded up to £113,578.44.
    expect(await figureText(page, "salary-low")).toBe("£113,578.44");
    expect(await figureText(page, "salary-mid")).toBe(
      money(engine("SALARYBAND", ["LLM Engineer", "Senior", "Cambridge", "mid", rag, "Scale-up"])),
    );
    expect(await page.locator("#band-rules").innerText()).toContain("Cambridge from the London band × 0.925");
    expect(await page.locator('[data-figure="salary-mid"] th .source').innerText()).toMatch(/^Derived from 4\. LLM/);
    await page.fill("#control-percentile", "0.75");
    await page.locator("#control-percentile").dispatchEvent("change");
    // 0.75 is the band's high end: 150,000 × 0.925 × 1.175 × 0.95 = 154,879.6875, rounded down to 154,879.68
    expect(await figureText(page, "salary-percentile")).toBe("£154,879.68");
    expect(await figureText(page, "totalcomp-mid")).toBe(
      money(engine("TOTALCOMP", ["LLM Engineer", "Senior", "Cambridge", "mid", rag, "Scale-up"])),
    );
    await page.selectOption("#control-role", "ML Engineer");
    await page.check("#control-specialist");
    expect(await figureText(page, "dayrate-outside")).toBe("£1,000 a day"); // (900 + 1,100) / 2
    await page.uncheck("#control-specialist");
    await page.selectOption("#control-role", "LLM Engineer");
    await page.selectOption("#control-level", "Senior");
    await page.selectOption("#control-location", "London");
    await page.selectOption("#control-stage", "");
    await page.fill("#control-percentile", "0.9");
    await page.locator("#control-percentile").dispatchEvent("change");
    expect(await page.locator("#control-skills").inputValue()).toBe(""); // ML Engineer had no skills to keep
  });

  test("fits 320 px, tabs work from the keyboard, and the Market tab cites its sources", async () => {
    const { page } = session;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: path.join(outputDir, "taskpane.png"), fullPage: true });
    // The README's screenshot is refreshed on request only, so a test run leaves the work tree as it was.
    if (process.env.AIPAY_UPDATE_SCREENSHOT === "1")
      await page.screenshot({ path: path.join(root, "docs", "taskpane.png"), fullPage: true });
    await page.focus("#tab-explorer");
    await page.keyboard.press("ArrowRight");
    expect(await page.locator("#panel-plan").isVisible()).toBe(true);
    await page.keyboard.press("ArrowRight");
    expect(await page.locator("#panel-market").isVisible()).toBe(true);
    expect(await page.locator("#panel-market").innerText()).toContain("$109.1bn");
    expect(await page.locator("#panel-market").innerText()).toContain("AI Market Snapshot");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: path.join(outputDir, "market.png"), fullPage: true });
  });

  test("no console errors and no request left the machine", () => {
    expect(session.consoleErrors).toEqual([]);
    expect(session.offMachine).toEqual([]);
  });

  test("offline (office.js refused): explorer and formula still work, nothing else requested", async () => {
    const offline = await open("offline");
    try {
      const { page } = offline;
      expect(await page.locator("#host-status").innerText()).toMatch(/Office\.js is not loaded/);
      expect(await figureText(page, "salary-mid")).toBe(
        money(engine("SALARYBAND", [payGuide.roleNames[0], "Senior", null, "mid"])),
      );
      await page.selectOption("#control-role", "AI Engineer");
      expect(await page.locator("#formula").innerText()).toMatch(/^=AIPAY\.SALARYBAND\("AI Engineer",/);
      // The only attempt off the machine is the production page's office.js, and it was refused.
      expect(offline.offMachine).toEqual([`${officeJsCdn}office.js`]);
      // Chromium reports the refused script itself; nothing else may error.
      expect(offline.consoleErrors.filter((e) => !e.includes(`${officeJsCdn}office.js`))).toEqual([]);
    } finally {
      await offline.context.close();
    }
  });
});
