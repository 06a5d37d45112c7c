/**
 * Drives the built task pane (dist/, as `npm run build:test` makes it) in headless Debian
 * Chromium through playwright-core, with no Office host: served from 127.0.0.1,
 * every request that would leave the machine is caught and fails the test. The
 * production page loads office.js from Microsoft's CDN; here that request is answered
 * from the @microsoft/office-js package on disk, or refused to play "offline".
 * Skipped, with a plain message, when /usr/bin/chromium is missing, except in CI (.ci/run installs it).
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import {
  budgetYears,
  defaultTaxYear,
  evaluate,
  nameAndDetail,
  payGuide,
  planSheetFor,
  resolvePlanInputs,
  type EngineError,
  type PlanRowValues,
  bundled,
} from "../support/engine";
import { initialSelection } from "../../src/taskpane/explorer-controls";
import { explorerFigures } from "../../src/taskpane/explorer-figures";
import { formatModelled, formatMoney } from "../../src/taskpane/money";
import { ukFromIso } from "../support/engine";
import { chromiumArgs, chromiumPath } from "../support/chromium";
import { describeWithTool } from "../support/tools";
import { contrastRatio, over } from "../support/contrast";
import { excelStubScript, type ExcelStubOp } from "../support/excel-stub";
import { sheetWithAipay } from "../support/hyperformula";
import { localOfficeJs, officeJsCdn, serveDist } from "../support/served-pane";

const browserPath = chromiumPath;
// Each test drives a real browser; on a busy two-core machine a fresh profile alone can take seconds.
jest.setTimeout(60_000);
const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const outputDir = path.join(root, "test-output");
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
/** A normal task pane: the width Office gives it by default, and a laptop screen's height. */
const pane = { width: 350, height: 900 };

interface Session {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Requests that would have left the machine (all refused). */
  offMachine: string[];
  /** Frames the page's Content-Security-Policy refused before any request was made. */
  refusedByPolicy: string[];
  /** office.js files answered from the npm package instead of the CDN. */
  servedLocally: string[];
  consoleErrors: string[];
}

let server: http.Server;
let userDataDir: string;

/**
 * How office.js is had: the package's copy (no host: a plain browser), none (offline), or a
 * stand-in Excel (tests/support/excel-stub.ts) answering ExcelApi up to 1.8 and logging what the pane writes.
 */
type OfficeJs = "local copy" | "offline" | "mock Excel" | "mock Excel without custom functions";

async function open(officeJs: OfficeJs): Promise<Session> {
  const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(userDataDir, "profile-")), {
    executablePath: browserPath,
    headless: true,
    viewport: pane,
    // Playwright hides scrollbars in headless mode; the pane's own scrollbar is part of what is tested.
    ignoreDefaultArgs: ["--hide-scrollbars"],
    args: [
      ...chromiumArgs,
      // Belt and braces: nothing but loopback resolves, even outside Playwright's routing.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ],
  });
  const stub = officeJs.startsWith("mock Excel");
  if (stub)
    await context.addInitScript({
      content: excelStubScript(8, { customFunctions: officeJs === "mock Excel" }),
    });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const session: Session = {
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    baseUrl,
    offMachine: [],
    refusedByPolicy: [],
    servedLocally: [],
    consoleErrors: [],
  };
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl)) return route.continue();
    // The stand-in is Office and Excel already: the page's office.js is answered with nothing.
    if (stub && url === `${officeJsCdn}office.js`) return route.fulfill({ body: "", contentType: "text/javascript" });
    const file = officeJs === "local copy" ? localOfficeJs(url) : undefined;
    if (file) {
      session.servedLocally.push(url);
      return route.fulfill({ path: file, contentType: "text/javascript" });
    }
    session.offMachine.push(url);
    return route.abort("blockedbyclient");
  });
  session.page.on("console", (message) => {
    if (message.type() !== "error") return;
    // office.js outside Office opens its telemetry frame after a few seconds; the CSP refuses it,
    // which is the page working as designed, not an error.
    const refusedFrame = /^Framing '([^']+)' violates the following Content Security Policy directive/.exec(
      message.text(),
    );
    if (refusedFrame) session.refusedByPolicy.push(refusedFrame[1]);
    else session.consoleErrors.push(`${message.text()} @ ${message.location().url}`);
  });
  session.page.on("pageerror", (error) => session.consoleErrors.push(`uncaught: ${error.message}`));
  await session.page.goto(`${baseUrl}taskpane.html`);
  await session.page.waitForFunction(() => document.getElementById("formula")?.textContent?.startsWith("=AIPAY."));
  return session;
}

const figureText = (page: Page, id: string) => page.locator(`[data-figure="${id}"] td`).innerText();
/** The source line the Sources disclosure gives a figure. */
const sourceText = (page: Page, id: string) => page.locator(`#source-list [data-figures~="${id}"]`).textContent();
/** Every figure shown as an amount reads in whole pounds: no pence anywhere. */
async function expectWholePounds(page: Page): Promise<void> {
  const shown = await page.locator("#figures td[data-value]").allInnerTexts();
  expect(shown.length).toBeGreaterThan(0);
  for (const text of shown) expect(text).toMatch(/^£\d{1,3}(,\d{3})*( a day)?$/);
}

/** A screenshot in test-output/; docs/taskpane.md's copies in docs/ are refreshed on request only, so a test run leaves the work tree as it was. */
async function screenshot(of: Pick<Page, "screenshot">, file: string): Promise<void> {
  await of.screenshot({ path: path.join(outputDir, file) });
  if (process.env.AIPAY_UPDATE_SCREENSHOT === "1") await of.screenshot({ path: path.join(root, "docs", file) });
}

/** axe-core's WCAG 2.2 A and AA rules and its best practices (landmarks among them) over the page as it is. */
async function axeViolations(page: Page): Promise<string[]> {
  // The page's Content-Security-Policy refuses injected script tags; evaluate runs outside it.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof import("axe-core") }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    }),
  );
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
const money = (cell: unknown, per = "") => `${formatMoney(Number(cell))}${per}`;
const engine = (name: string, args: unknown[]) => evaluate(name, args)[0][0];

const run = describeWithTool(browserPath, "chromium");

run("task pane in headless Chromium, no Office host", () => {
  let session: Session;

  beforeAll(async () => {
    fs.mkdirSync(outputDir, { recursive: true });
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "aipay-e2e-"));
    server = await serveDist(dist);
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

  test("the first screen at 350 × 900 shows the band, day rates and loaded cost, with no error", async () => {
    const { page } = session;
    for (const id of ["salary-low", "salary-mid", "salary-high", "dayrate-outside", "dayrate-inside", "loaded-cost"]) {
      const box = (await page.locator(`[data-figure="${id}"]`).boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(pane.height);
    }
    // The default selection's total comp needs a company stage: the pane asks for one, it shows no error.
    expect(await page.locator("#panel-explorer").innerText()).not.toMatch(/#N\/A|#VALUE!|#NUM!/);
    expect(await page.locator("#unpublished li").count()).toBe(0);
    await page.locator('[data-figure="totalcomp-mid"] button').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("control-stage");
    await expectWholePounds(page);
  });

  test("each figure is marked derived or modelled as the model says; its source is under Sources", async () => {
    const { page } = session;
    const figures = explorerFigures(initialSelection());
    for (const figure of figures) {
      const tag = page.locator(`[data-figure="${figure.id}"] th .tag`);
      const expected = figure.id === "salary-percentile" ? ["modelled"] : figure.source?.derived ? ["derived"] : [];
      expect(await tag.allInnerTexts()).toEqual(expected);
    }
    expect(await page.locator("#sources").getAttribute("open")).toBeNull(); // one step away, not in the way
    await page.locator("#sources summary").click();
    for (const { id, source } of figures.filter((f) => f.source)) {
      const text = await sourceText(page, id);
      expect(text).toContain(source!.provenance.section);
      expect(text?.includes("Derived from ")).toBe(source!.derived);
    }
    expect(await page.locator("#source-list").isVisible()).toBe(true);
    await page.locator("#sources summary").click();
  });

  test("money reads in whole pounds, the modelled percentile to the nearest £1,000; data-value keeps the engine's figure", async () => {
    const { page } = session;
    const cell = (id: string) => page.locator(`[data-figure="${id}"] td`);
    // MLOps Engineer, Senior, UK National: the lognormal's 90th percentile is £105,663.08, shown £106,000.
    const p90 = engine("SALARYBAND", ["MLOps Engineer", "Senior", null, 0.9]);
    expect(await cell("salary-percentile").getAttribute("data-value")).toBe(String(p90));
    expect(await figureText(page, "salary-percentile")).toBe(formatModelled(Number(p90)));
    expect(await figureText(page, "salary-percentile")).toBe("£106,000");
    // Inside IR35 is a derived day rate (the published rate less the guide's 15–20% cut): whole pounds too.
    const inside = engine("DAYRATE", ["MLOps Engineer", "Senior", "inside", "mid"]);
    expect(await cell("dayrate-inside").getAttribute("data-value")).toBe(String(inside));
    expect(await figureText(page, "dayrate-inside")).toBe(`${formatMoney(Number(inside))} a day`);
    // Loaded cost of £85,000 in 2026/27: + 15% × (85,000 − 5,000) NI + 3% × (50,270 − 6,240) pension = £98,320.90.
    expect(engine("LOADEDCOST", [85_000, "2026/27"])).toBe(98_320.9);
    const loaded = engine("LOADEDCOST", [85_000, defaultTaxYear]);
    expect(await cell("loaded-cost").getAttribute("data-value")).toBe(String(loaded));
    expect(await figureText(page, "loaded-cost")).toBe(formatMoney(Number(loaded)));
    expect(await page.locator("#precision").innerText()).toContain("nearest £1,000");
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
    expect(await sourceText(page, "salary-mid")).toContain("LLM Engineer");
    expect(await sourceText(page, "dayrate-inside")).toMatch(
      /^Contractor's rate, inside IR35: Derived from 7\. Contractor Day Rates/,
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
    expect(await sourceText(page, "loaded-cost")).toMatch(
      new RegExp(`Derived from 4\\. LLM Engineer Salaries.*${taxYear} rates \\(gov\\.uk`),
    );
    // Day-rate midpoint (700 + 900)/2 = £800 × the client's year (227 days as shipped) = £181,600.
    const days = payGuide.data.employerCosts.contractor.billableDaysPerYear.value;
    const dayRate = engine("DAYRATE", ["LLM Engineer", "Senior", "outside", "mid"]);
    expect(await figureText(page, "contractor-year")).toBe(money(engine("CONTRACTCOST", [dayRate])));
    expect(await figureText(page, "contractor-year")).toBe(money(800 * days));
    expect(await sourceText(page, "contractor-year")).toMatch(
      new RegExp(`Derived from 7\\. Contractor Day Rates.*× ${days} days a year`),
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
    const chosen = offered.years[offered.default];
    // Short names in the list; the chosen year's days and employer-rate year beside it.
    expect(await page.locator("#plan-year option").allInnerTexts()).toEqual(
      offered.years.map((y) => nameAndDetail(y).name),
    );
    expect(await page.locator("#plan-year").inputValue()).toBe(String(offered.default));
    expect(await page.locator("#plan-year-detail").innerText()).toBe(`${nameAndDetail(chosen).detail}.`);
    expect(await page.locator("#plan-days").inputValue()).toBe(
      String(payGuide.data.employerCosts.contractor.billableDaysPerYear.value),
    );
    // The start reads day first whatever the machine's locale: 1 April is 01/04, not 04/01.
    expect(await page.locator("#plan-0-start").inputValue()).toBe(ukFromIso(chosen.start));
    expect(await page.locator("#plan-0-start").getAttribute("type")).toBe("text");
  });

  test("a new plan row starts on the Explorer's defaults (Senior, not the first level)", async () => {
    const { page } = session;
    const explorer = initialSelection();
    for (const param of ["role", "level", "location"])
      expect(await page.locator(`#plan-0-${param}`).inputValue()).toBe(explorer[param]);
    expect(explorer.level).toBe("Senior");
  });

  test("a row is hired as an employee unless told otherwise; its choice and part-time heads outlast a role change", async () => {
    const { page } = session;
    await page.locator("#tab-plan").click();
    expect(await page.locator("#plan-0-ir35 option").allInnerTexts()).toEqual([
      "Employee",
      "Contractor, outside IR35",
      "Contractor, inside IR35",
    ]);
    expect(await page.locator("#plan-0-ir35").inputValue()).toBe("Employee");
    expect(await page.locator('label[for="plan-0-ir35"]').innerText()).toBe("Hire as");
    // Half steps: 0.5 is one person at half time.
    const headcount = page.locator("#plan-0-headcount");
    expect([await headcount.getAttribute("min"), await headcount.getAttribute("step")]).toEqual(["0", "0.5"]);
    await page.selectOption("#plan-0-ir35", "Contractor, inside IR35");
    await headcount.fill("1.5");
    await headcount.dispatchEvent("change");
    await page.selectOption("#plan-0-role", "AI Engineer"); // redraws the row
    expect(await page.locator("#plan-0-ir35").inputValue()).toBe("Contractor, inside IR35");
    expect(await page.locator("#plan-0-headcount").inputValue()).toBe("1.5");
    // Back to one row on the defaults: a new row, and this one removed.
    await page.locator("#plan-add").click();
    await page.getByRole("button", { name: "Remove row 1" }).click();
    expect(await page.locator("#plan-0-ir35").inputValue()).toBe("Employee");
    expect(await page.locator("#plan-0-role").inputValue()).toBe(initialSelection().role);
    await page.locator("#tab-explorer").click();
  });

  test("a row still on the budget year's first day moves with the year; a typed start date stays", async () => {
    const { page } = session;
    const offered = budgetYears(payGuide.data.employerCosts.taxYears, new Date());
    const other = offered.years.findIndex((_, i) => i !== offered.default);
    await page.locator("#tab-plan").click();
    await page.locator("#plan-add").click();
    await page.fill("#plan-1-start", "31/9/2026"); // September has 30 days
    await page.locator("#plan-1-start").dispatchEvent("change");
    expect(await page.locator("#plan-1-start").getAttribute("aria-invalid")).toBe("true");
    await page.fill("#plan-1-start", "1/9/2026"); // 1 September, typed the UK way
    await page.locator("#plan-1-start").dispatchEvent("change");
    expect(await page.locator("#plan-1-start").getAttribute("aria-invalid")).toBe("false");
    await page.selectOption("#plan-year", String(other));
    expect(await page.locator("#plan-year-detail").innerText()).toBe(`${nameAndDetail(offered.years[other]).detail}.`);
    expect(await page.locator("#plan-0-start").inputValue()).toBe(ukFromIso(offered.years[other].start));
    expect(await page.locator("#plan-1-start").inputValue()).toBe("01/09/2026");
    await page.selectOption("#plan-year", String(offered.default));
    expect(await page.locator("#plan-0-start").inputValue()).toBe(ukFromIso(offered.years[offered.default].start));
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

    // The axis fits the bands: its gridlines sit on the bars' scale, in round steps, with under a step to spare.
    const ticks = await page.locator(".band-chart").evaluate((chart) => ({
      x: [...chart.querySelectorAll(".band-grid")].map((line) => Number(line.getAttribute("x1"))),
      labels: [...chart.querySelectorAll(".band-axis")].map((text) => text.textContent ?? ""),
    }));
    const values = ticks.labels.map((label) => Number(/^£(\d+)k$/.exec(label)![1]) * 1000);
    ticks.x.forEach((x, i) => expect(x).toBeCloseTo(origin + values[i] * scale, 6));
    const step = values[1] - values[0];
    const [lowest, highest] = [Math.min(...bands.map((b) => b.low)), Math.max(...bands.map((b) => b.high))];
    expect(values[0]).toBeLessThanOrEqual(lowest);
    expect(lowest - values[0]).toBeLessThan(step);
    expect(values[values.length - 1]).toBeGreaterThanOrEqual(highest);
    expect(values[values.length - 1] - highest).toBeLessThan(step);
    // LLM Engineer, Senior: lowest Bristol 110,000 × 62/75 = £90,933.34, highest London £150,000. £10k steps would
    // take 6 intervals (90k–150k), over the 5 a pane's width has room for, so £20k steps from £80k to £160k.
    expect(values).toEqual([80_000, 100_000, 120_000, 140_000, 160_000]);
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
    // The guide publishes no leadership day rates: the row says so, and points at the engine's reason under the table.
    const contractor = page.locator('[data-figure="contractor-year"] td');
    expect(await contractor.innerText()).toBe("Not published");
    const reason = page.locator(`#${await contractor.getAttribute("aria-describedby")}`);
    expect(await reason.innerText()).toBe((engine("DAYRATE", [leader, null]) as EngineError).message);
    expect(await page.locator("#unpublished li").count()).toBe(1); // one reason for the three day-rate rows
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
    // London £110,000 × 70/75 (Cambridge) = 102,666.67; RAG held to 25% over AI Senior Cambridge (× 1.041667)
    // = 106,944.45; × 0.95 (Scale-up) = 101,597.2275, rounded up to £101,597.23 and shown in whole pounds.
    expect(await figureText(page, "salary-low")).toBe("£101,597");
    expect(await figureText(page, "salary-mid")).toBe(
      money(engine("SALARYBAND", ["LLM Engineer", "Senior", "Cambridge", "mid", rag, "Scale-up"])),
    );
    expect(await page.locator("#band-rules").innerText()).toContain(
      "Cambridge from the London band by §8's typical Senior ranges",
    );
    expect(await sourceText(page, "salary-mid")).toMatch(/: Derived from 4\. LLM/);
    expect(await page.locator('[data-figure="salary-mid"] th .tag').innerText()).toBe("derived");
    await expectWholePounds(page);
    // A percentile out of range is the user's to correct, not something the guide leaves out.
    await page.fill("#control-percentile", "1.5");
    await page.locator("#control-percentile").dispatchEvent("change");
    expect(await figureText(page, "salary-percentile")).toBe("Check the input");
    expect(await page.locator("#unpublished").innerText()).toContain("between 0.05 and 0.95");
    await page.fill("#control-percentile", "0.75");
    await page.locator("#control-percentile").dispatchEvent("change");
    // 0.75 is the band's high end: 150,000 × 110/120 × 1.041667 × 0.95 = 136,067.70 (each step rounded
    // down to the penny); a modelled percentile shows to the nearest £1,000.
    expect(await figureText(page, "salary-percentile")).toBe("£136,000");
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

  test("each tab fits 320–350 px: no sideways scroll, no list cut short, prose in full lines", async () => {
    const { page } = session;
    const tabs = ["explorer", "plan", "market"];
    for (const width of [320, pane.width]) {
      await page.setViewportSize({ width, height: pane.height });
      for (const tab of tabs) {
        await page.locator(`#tab-${tab}`).click();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // Every option of every list fits its closed list (text, side padding and the arrow's 20 px). The
        // guide's skill names run to 45 characters ("Vector databases (Pinecone, Weaviate, Milvus)"): their
        // full-width list shows them whole when open, and may cut a long one short when closed.
        const cut = await page.locator(`#panel-${tab}`).evaluate((panel) => {
          const measure = document.createElement("canvas").getContext("2d")!;
          return [...panel.querySelectorAll<HTMLSelectElement>("select:not(#control-skills)")].flatMap((select) => {
            const style = getComputedStyle(select);
            measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
            return [...select.options]
              .filter((option) => measure.measureText(option.text).width > room)
              .map((option) => `${select.id}: ${option.text}`);
          });
        });
        expect(cut).toEqual([]);
      }
      // The UK/US comparison reads in lines the width of the pane, not a word or two a line.
      const market = await page.locator("#panel-market").evaluate((panel) => ({
        panel: panel.clientWidth,
        answers: [...panel.querySelectorAll(".market dd")].map((dd) => (dd as HTMLElement).offsetWidth),
      }));
      for (const answer of market.answers) expect(answer).toBeGreaterThanOrEqual(market.panel - 1);
    }
    await page.setViewportSize(pane);
  });

  test("tabs work from the keyboard, and the Market tab cites its sources", async () => {
    const { page } = session;
    await page.locator("#tab-explorer").click();
    await page.focus("#tab-explorer");
    await page.keyboard.press("ArrowRight");
    expect(await page.locator("#panel-plan").isVisible()).toBe(true);
    await page.keyboard.press("ArrowRight");
    expect(await page.locator("#panel-market").isVisible()).toBe(true);
    expect(await page.locator("#panel-market").innerText()).toContain("$109.1bn");
    expect(await page.locator("#panel-market").innerText()).toContain("AI Market Snapshot");
    await page.keyboard.press("Home");
    expect(await page.locator("#panel-explorer").isVisible()).toBe(true);
  });

  test("the chart's bars and midpoint ticks keep 3:1 against what they sit on, in light, dark and high contrast", async () => {
    const { page } = session;
    const colours = () =>
      page.evaluate(() => {
        const paint = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        return {
          page: getComputedStyle(document.body).backgroundColor,
          bar: paint(".band-bar").fill,
          tick: paint(".band-mid").stroke,
          halo: paint(".band-mid-halo").stroke,
        };
      });
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const c = await colours();
      expect(c.halo).toBe(c.page); // the halo is the page's colour, so the tick beside the bar sits on the page
      expect(contrastRatio(c.bar, c.page)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c.tick, c.page)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c.halo, c.bar)).toBeGreaterThanOrEqual(3); // where the tick crosses the bar
    }
    // Windows High Contrast: the chart takes the system's colours, whatever the theme's tokens say.
    await page.emulateMedia({ colorScheme: "light", forcedColors: "active" });
    const system = await page.evaluate(() => {
      const probe = document.body.appendChild(document.createElement("span"));
      const resolve = (colour: string) => ((probe.style.color = colour), getComputedStyle(probe).color);
      const result = { highlight: resolve("Highlight"), canvasText: resolve("CanvasText"), canvas: resolve("Canvas") };
      probe.remove();
      return result;
    });
    const forced = await colours();
    expect(forced).toEqual({
      page: system.canvas,
      bar: system.highlight,
      tick: system.canvasText,
      halo: system.canvas,
    });
    expect(contrastRatio(over(forced.bar, forced.page), forced.page)).toBeGreaterThanOrEqual(3);
    // The chosen tab alone is underlined, in the system's highlight.
    const underline = (id: string) => page.locator(`#${id}`).evaluate((tab) => getComputedStyle(tab).borderBottomColor);
    expect(await underline("tab-explorer")).toBe(system.highlight);
    expect(await underline("tab-plan")).toBe(system.canvas);
    await page.emulateMedia({ colorScheme: "light", forcedColors: "none" });
  });

  test("axe finds no WCAG 2.2 A/AA or best-practice violations on any tab, light or dark; screenshots of each", async () => {
    const { page } = session;
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      for (const tab of ["explorer", "plan", "market"]) {
        await page.locator(`#tab-${tab}`).click();
        await page.evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, `taskpane-${tab}-${colorScheme}.png`);
        if (tab === "explorer") await screenshot(page.locator("figure.chart"), `taskpane-chart-${colorScheme}.png`);
        if (tab === "explorer") await page.locator("#sources summary").click(); // check the sources too
        expect({ tab, colorScheme, violations: await axeViolations(page) }).toEqual({
          tab,
          colorScheme,
          violations: [],
        });
        if (tab === "explorer") await page.locator("#sources summary").click();
      }
    }
    await page.emulateMedia({ colorScheme: "light" });
    await page.locator("#tab-explorer").click();
  }, 60_000);

  test("the pane draws its own scrollbar (12 px), which WebView2 would otherwise hide until hover", async () => {
    const { page } = session;
    // Chromium's default scrollbar is 15 px, and an overlay scrollbar takes none: 12 is the pane's.
    expect(await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth)).toBe(12);
  });

  test("no console errors and no request left the machine", () => {
    expect(session.consoleErrors).toEqual([]);
    expect(session.offMachine).toEqual([]);
    // Only office.js's own telemetry frame may have been refused, and never reached the network.
    expect(session.refusedByPolicy.filter((url) => !url.startsWith("https://telemetryservice."))).toEqual([]);
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
  }, 30_000);

  test("in an Excel without custom functions (as on iPad) the pane says what still works, and offers Copy only", async () => {
    const ipad = await open("mock Excel without custom functions");
    try {
      const { page } = ipad;
      await page.waitForFunction(() => document.getElementById("host-status")?.textContent?.startsWith("Connected"));
      expect(await page.locator("#host-status").innerText()).toMatch(
        /^Connected to Excel\. This Excel cannot run AIPAY's worksheet functions .* Insert and the plan sheet are off\.$/,
      );
      expect(await page.locator("#formula-action").innerText()).toBe("Copy");
      expect(await figureText(page, "salary-mid")).toBe(
        money(engine("SALARYBAND", [payGuide.roleNames[0], "Senior", null, "mid"])),
      );
      await page.locator("#tab-plan").click();
      expect(await page.locator("#plan-create").isDisabled()).toBe(true);
      expect(await page.locator("#plan-message").innerText()).toMatch(
        /^This Excel cannot run AIPAY's worksheet functions/,
      );
      expect(ipad.consoleErrors).toEqual([]);
      expect(ipad.offMachine).toEqual([]);
    } finally {
      await ipad.context.close();
    }
  }, 30_000);

  describe("with a stand-in Excel (ExcelApi 1.8), Create plan sheet", () => {
    let excel: Session;
    const log = () => excel.page.evaluate(() => (window as unknown as { excelLog: ExcelStubOp[] }).excelLog);
    const offered = budgetYears(payGuide.data.employerCosts.taxYears, new Date());
    const chosen = offered.years[offered.default];

    beforeAll(async () => {
      excel = await open("mock Excel");
      const { page } = excel;
      await page.waitForFunction(() => document.getElementById("host-status")?.textContent === "Connected to Excel.");
      await page.locator("#tab-plan").click();
    });
    afterAll(() => excel?.context.close());

    test("writes the engine's plan sheet for the rows as entered, in one Excel.run with one sync after the reads", async () => {
      const { page } = excel;
      expect(await page.locator("#plan-create").isDisabled()).toBe(false);
      // Row 1: the Explorer's defaults at half time; row 2: an AI Engineer, Senior, inside IR35.
      await page.fill("#plan-0-headcount", "0.5");
      await page.locator("#plan-0-headcount").dispatchEvent("change");
      await page.locator("#plan-add").click();
      await page.selectOption("#plan-1-role", "AI Engineer");
      await page.selectOption("#plan-1-level", "Senior");
      await page.selectOption("#plan-1-ir35", "Contractor, inside IR35");
      await page.fill("#plan-days", "200");
      const before = (await log()).length; // after the Share list's read of the workbook's sheets
      await page.locator("#plan-create").click();
      await page.waitForFunction(() => document.getElementById("plan-message")?.textContent?.startsWith("Created"));
      expect(await page.locator("#plan-message").innerText()).toBe("Created sheet 'AIPAY plan' with table AIPAYPlan.");
      // The plan pinned the workbook to the default edition, and the edition section says so; a
      // move is offered only when a newer edition is shipped.
      await page.waitForFunction(() =>
        document.getElementById("edition-status")?.textContent?.startsWith("This workbook is pinned"),
      );
      const { edition, taxYear } = bundled.inForce();
      expect(await page.locator("#edition-status").innerText()).toMatch(
        new RegExp(`^This workbook is pinned to edition ${edition} of the guide, with employer rates for ${taxYear}\\. `),
      );
      const { effectiveDate } = bundled.editions.edition(edition);
      const newer = bundled.editions.editions.filter((e) => e.effectiveDate > effectiveDate);
      expect(await page.locator("#edition-move").isDisabled()).toBe(newer.length === 0);

      const row = async (i: number): Promise<PlanRowValues> => ({
        role: await page.locator(`#plan-${i}-role`).inputValue(),
        level: await page.locator(`#plan-${i}-level`).inputValue(),
        location: await page.locator(`#plan-${i}-location`).inputValue(),
        start: chosen.start,
      });
      const expected = planSheetFor(
        bundled,
        [
          { ...(await row(0)), headcount: 0.5 },
          { ...(await row(1)), headcount: 1, ir35: "inside" },
        ],
        resolvePlanInputs(bundled, { yearStart: chosen.start, taxYear: chosen.taxYear, contractDays: 200 }),
        "AIPAY",
      );
      const logged = (await log()).slice(before);
      // The plan's batch ends with the workbook's pin, and its sync; after it, the page's
      // functions and the pane's edition section read the new pin back, and write nothing.
      const planEnd = logged.map((entry) => entry.op).lastIndexOf("workbook.names.add") + 1;
      expect(new Set(logged.slice(planEnd).map((entry) => entry.op))).toEqual(new Set(["sync"]));
      const ops = logged.slice(0, planEnd + 1);
      // Two reads of the workbook's names, then calculation suspended and every write before the last sync.
      const syncs = ops.flatMap((entry, i) => (entry.op === "sync" ? [i] : []));
      expect(syncs).toEqual([syncs[0], syncs[0] + 1, ops.length - 1]);
      expect(ops[syncs[1] + 1].op).toBe("suspendCalculation");
      const whole = `R0C0:${expected.cells.length}x${expected.cells[0].length}`;
      const cells = ops.find((entry) => entry.op === `${whole}.formulas`)?.detail as unknown[][];
      expect(cells).toEqual(expected.cells.map((line) => line.map((cell) => cell ?? "")));
      // Hand-read: the half head and "inside" in the hires' rows under the table's header, the
      // 200 contract days in the inputs block.
      const { headerRow, columns } = expected.table;
      const column = (header: string) => cells[headerRow].indexOf(header);
      const contractDays = cells.findIndex((line) => line[0] === "Contractor days a year");
      expect([
        cells[headerRow + 1][column("Headcount")],
        cells[headerRow + 2][column("IR35")],
        cells[contractDays][1],
      ]).toEqual([0.5, "inside", 200]);
      const detail = (op: string) => ops.find((entry) => entry.op === op)?.detail;
      expect(detail("tables.add")).toEqual({ over: `R${headerRow}C0:3x${columns}`, hasHeaders: true });
      expect(detail("series.add")).toBe("Employees in post");
      expect(ops.filter((entry) => entry.op.endsWith("dataValidation.rule")).map((entry) => entry.op)).toEqual(
        [0, 1, 2].map((c) => `R${headerRow + 1}C${c}:2x1.dataValidation.rule`),
      );
    });

    test("on ExcelApi 1.7 a second plan gets new names, no dropdowns and no headcount line, and says why", async () => {
      const { page } = excel;
      const before = (await log()).length;
      await page.evaluate(() => ((window as unknown as { excelApiMinor: number }).excelApiMinor = 7));
      await page.locator("#plan-create").click();
      await page.waitForFunction(() => document.getElementById("plan-message")?.textContent?.includes("plan 2"));
      expect(await page.locator("#plan-message").innerText()).toBe(
        "Created sheet 'AIPAY plan 2' with table AIPAYPlan2. This Excel lacks ExcelApi 1.8, so Role, Level and Location have no dropdown lists.",
      );
      const ops = (await log()).slice(before).map((entry) => entry.op);
      expect(ops).toContain("suspendCalculation");
      expect(ops).not.toContain("series.add");
      expect(ops.filter((op) => op.includes("dataValidation"))).toEqual([]);
    });

    test("a plan with a problem is refused before Excel is asked anything, the problem named", async () => {
      const { page } = excel;
      const before = (await log()).length;
      await page.fill("#plan-1-headcount", "0");
      await page.locator("#plan-1-headcount").dispatchEvent("change");
      await page.locator("#plan-create").click();
      await page.waitForFunction(() => document.getElementById("plan-message")?.textContent?.startsWith("Could not"));
      expect(await page.locator("#plan-message").innerText()).toBe(
        "Could not create the plan: Row 2: headcount must be more than 0 (0.5 is one person at half time).",
      );
      expect((await log()).length).toBe(before);
    });

    test("Share as values copies the chosen sheet with its formulas replaced by values, and adds its Sources", async () => {
      const { page } = excel;
      // The sheet as Excel reads it back: a one-hire plan's formulas, and its values calculated.
      const inputs = resolvePlanInputs(bundled, { yearStart: chosen.start, taxYear: chosen.taxYear });
      const layout = planSheetFor(
        bundled,
        [{ role: "LLM Engineer", level: "Senior", location: "London", start: chosen.start }],
        inputs,
        "AIPAY",
      );
      const formulas = layout.cells.map((line) => line.map((cell) => cell ?? ""));
      const hf = sheetWithAipay("AIPAY plan", layout.cells, layout.names);
      const calculated = hf.getSheetValues(0);
      hf.destroy();
      const values = layout.cells.map((line, r) => line.map((_, c) => calculated[r]?.[c] ?? ""));
      await page.evaluate((used) => Object.assign(window, { excelUsedRange: used }), { values, formulas });
      // The plan just created is offered first.
      expect(await page.locator("#share-sheet").inputValue()).toBe("AIPAY plan 2");
      await page.selectOption("#share-sheet", "AIPAY plan");
      const before = (await log()).length;
      await page.locator("#share-create").click();
      await page.waitForFunction(() => document.getElementById("share-message")?.textContent?.startsWith("Copied"));
      const replaced = formulas.flat().filter((cell) => String(cell).startsWith("=")).length;
      expect(await page.locator("#share-message").innerText()).toBe(
        `Copied 'AIPAY plan' to 'AIPAY plan (values)' with ${replaced} formula cells replaced by values, and its sources to 'Sources'.`,
      );
      const ops = (await log()).slice(before);
      const copied = ops.findIndex((entry) => entry.op === "worksheets.copy");
      expect(ops[copied].detail).toEqual({ name: "AIPAY plan", where: "End" });
      // One batch of writes after the read, ending with its one sync.
      expect(ops.slice(copied).filter((entry) => entry.op === "sync")).toHaveLength(1);
      expect(ops.at(-1)!.op).toBe("sync");
      const detail = (op: string) => ops.find((entry) => entry.op === op)?.detail;
      expect(detail("copy:sheet.name")).toBe("AIPAY plan (values)");
      const written = ops
        .filter((entry) => /^copy:R\d+C\d+:1x\d+\.values$/.test(entry.op))
        .flatMap((entry) => (entry.detail as unknown[][])[0]);
      expect(written).toHaveLength(replaced);
      expect(written.filter((cell) => typeof cell === "string" && cell.startsWith("="))).toEqual([]);
      expect(detail("worksheets.add")).toBe("Sources");
      const sources = ops.find((entry) => /^R0C0:\d+x7\.values$/.test(entry.op))?.detail as unknown[][];
      expect(sources.find((line) => line[0] === "Pay guide edition")?.[1]).toBe(payGuide.data.guide.source.edition);
      expect(sources.find((line) => line[0] === "Tax year of employer rates")?.[1]).toBe(chosen.taxYear);
      expect(sources.filter((line) => line[1] === "LLM Engineer")).toHaveLength(1);
    });

    test("the Market check prices the selected census and writes its report as a new sheet of values", async () => {
      const { page } = excel;
      // E01 (80,000, MLOps Engineer Senior London) is 17,500 below the mid: × 1.15 = 20,125 at 2026/27 rates.
      // E06 (48,000 at 0.6, AI Engineer Mid-Level London) is 1,500 below 0.6 × the mid: × 1.18 = 1,770.
      const values = [
        ["id", "title", "level", "location", "salary", "fte"],
        ["E01", "MLOps Engineer", "Senior", "London", 80000, 1],
        ["E06", "AI Engineer", "Mid-Level", "London", 48000, 0.6],
        ["E30", "Chief Vibes Officer", "", "London", 90000, 1],
      ];
      const numberFormat = values.map((row) => row.map(() => "General"));
      const selection = { address: "People!A1:F4", rowIndex: 0, columnIndex: 0, values, numberFormat };
      await page.evaluate((given) => Object.assign(window, { excelSelection: given }), selection);
      await page.locator("#tab-market").click();
      await page.selectOption("#check-year", "2026/27");
      const before = (await log()).length;
      await page.locator("#check-run").click();
      await page.waitForFunction(() => document.getElementById("check-message")?.textContent?.startsWith("Wrote"));
      expect(await page.locator("#check-message").innerText()).toBe(
        "Wrote 'AIPAY market check': 2 of 3 people priced against the market. 1 person has a title not in the job map: listed under the summary with the guide roles each may be.",
      );
      const ops = (await log()).slice(before);
      expect(ops.find((entry) => entry.op === "worksheets.add")?.detail).toBe("AIPAY market check");
      // One batch of writes after the one of reads: two syncs in all.
      expect(ops.filter((entry) => entry.op === "sync")).toHaveLength(2);
      const cells = ops.find((entry) => /^R0C0:\d+x\d+\.values$/.test(entry.op))?.detail as unknown[][];
      const header = cells.find((row) => row[0] === "id")!;
      const costToMid = (id: string) => cells.find((row) => row[0] === id)![header.indexOf("cost to mid")];
      expect([costToMid("E01"), costToMid("E06"), costToMid("E30")]).toEqual([20125, 1770, ""]);
      expect(cells.find((row) => row[0] === "Chief Vibes Officer")?.[1]).toBe("People!B4");
    });

    test("no console errors and no request left the machine", () => {
      expect(excel.consoleErrors).toEqual([]);
      expect(excel.offMachine).toEqual([]);
    });
  });
});
