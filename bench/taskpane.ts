/**
 * taskpane-first-render: the built task pane served from localhost and opened in headless
 * Chromium with a fresh profile, timed from navigation start until the first £ figure shows.
 * taskpane-recompute: in that page, the time from an input change to its figures, chart and
 * formula being redrawn (the change handler runs them synchronously), against one 60 Hz frame.
 * For these two, requests that leave localhost (office.js from Microsoft's CDN) are refused, as offline.
 * first-figure-paint: when the explorer's first £ figure is painted, as a ratio to the page's
 * first paint, with office.js answered from the @microsoft/office-js package as the task
 * pane's browser test answers it, so the page loads what it loads in Excel.
 */
import * as fs from "node:fs";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Page } from "playwright-core";
import { chromiumArgs } from "../tests/support/chromium";
import { localOfficeJs, serveDist } from "../tests/support/served-pane";
import { median, type Metric } from "./measure";

// Compiled to bench/tmp/bench/, three folders below the project.
const dist = path.resolve(__dirname, "../../../dist");
const chromiumPath =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(fs.existsSync);
const noChromium = { value: NaN, meets: false, note: "no Chromium found (set CHROMIUM_PATH)" };
/** A £ followed by a digit anywhere on the page: whatever element the task pane shows figures in. */
const firstFigure = () => /£\s?\d/.test(document.body?.innerText ?? "");

interface Opening {
  /** office.js from the package on disk, or refused as offline. */
  officeJs: "local copy" | "offline";
  /** A script the page runs before its own, to observe it. */
  observe?: string;
}

/**
 * Serves dist/ and opens the task pane in Chromium with a fresh profile, refusing requests
 * that leave localhost (but office.js, when answered from the package), and waits until its
 * first £ figure shows; `use` then measures the page.
 */
async function withTaskpane<T>(opening: Opening, use: (page: Page) => Promise<T>): Promise<T> {
  const server = await serveDist(dist);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "aipay-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: [...chromiumArgs],
  });
  try {
    if (opening.observe) await browser.addInitScript({ content: opening.observe });
    await browser.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
      const file = opening.officeJs === "local copy" ? localOfficeJs(route.request().url()) : undefined;
      return file ? route.fulfill({ path: file, contentType: "text/javascript" }) : route.abort("blockedbyclient");
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`, {
      waitUntil: "commit",
    });
    await page.waitForFunction(firstFigure, undefined, { timeout: 10_000, polling: "raf" });
    return await use(page);
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
    server.close();
  }
}

/** Milliseconds from navigation start to the first figure, or undefined when none showed. */
function firstRenderMs(): Promise<number | undefined> {
  // performance.now() in the page counts from its navigation start.
  return withTaskpane({ officeJs: "offline" }, (page) => page.evaluate(() => performance.now())).catch(() => undefined);
}

export async function taskpaneFirstRender(): Promise<Metric> {
  const base = { name: "taskpane-first-render", unit: "ms", goal: "<= 1000" };
  if (!chromiumPath) return { ...base, ...noChromium };
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const ms = await firstRenderMs();
    if (ms === undefined)
      return { ...base, value: NaN, meets: false, note: "no £ figure appeared within 10 s of opening the task pane" };
    times.push(ms);
  }
  const ms = median(times);
  return {
    ...base,
    value: Number(ms.toFixed(0)),
    meets: ms <= 1000,
    note: `median of ${times.length} fresh profiles`,
  };
}

/** Changes of the explorer's inputs, in turn: each one redraws every figure, the chart and the formula. */
const changes: [control: string, value: string][] = [
  ["control-location", "London"],
  ["control-role", "LLM Engineer"],
  ["control-skills", "RAG architecture design & optimisation"],
  ["control-stage", "Enterprise"],
  ["control-location", "Manchester"],
  ["control-role", "AI Engineer"],
  ["control-location", "UK National"],
  ["control-role", "MLOps Engineer"],
];

export async function taskpaneRecompute(): Promise<Metric> {
  const base = { name: "taskpane-recompute", unit: "ms", goal: "<= 16.7" };
  if (!chromiumPath) return { ...base, ...noChromium };
  const times = await withTaskpane({ officeJs: "offline" }, (page) =>
    page.evaluate((steps) => {
      const measured: number[] = [];
      for (let round = 0; round < 6; round++)
        for (const [id, value] of steps) {
          const control = document.getElementById(id) as HTMLSelectElement;
          const start = performance.now();
          control.value = value;
          control.dispatchEvent(new Event("change"));
          if (round > 0) measured.push(performance.now() - start); // round 0 warms up
        }
      return measured;
    }, changes),
  );
  const ms = median(times);
  return {
    ...base,
    value: Number(ms.toFixed(2)),
    meets: ms <= 16.7,
    note: `median of ${times.length} changes; slowest ${Math.max(...times).toFixed(1)} ms`,
  };
}

/**
 * Run in the page before its own scripts: each cell of the explorer's figure table that shows
 * a £ figure is marked for Element Timing as soon as it is in the document, before it can be
 * painted, so the browser reports when its text was first painted on the same clock as paint
 * timing's first paint.
 */
const markFigures = `
new MutationObserver((mutations, observer) => {
  const shown = [...document.querySelectorAll("#figures td")].filter((cell) => /£\\s?\\d/.test(cell.textContent));
  for (const cell of shown) cell.setAttribute("elementtiming", "figure");
  if (shown.length > 0) observer.disconnect();
}).observe(document, { childList: true, subtree: true });
`;

interface Paints {
  firstPaint: number;
  firstContentfulPaint: number;
  figure: number;
}

/** Paint timing's first paints and the first figure's Element Timing, in ms from navigation start. */
const paintsInPage = () =>
  new Promise<Paints>((resolve, reject) => {
    setTimeout(() => reject(new Error("no figure cell was reported painted within 5 s")), 5000);
    const seen = new Map<string, number>();
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        // An element's entry starts when its image loaded, or at 0 for text; its paint is renderTime.
        const [name, time] =
          entry.entryType === "element"
            ? ["figure", (entry as PerformanceEntry & { renderTime: number }).renderTime]
            : [entry.name, entry.startTime];
        seen.set(name, Math.min(time, seen.get(name) ?? Infinity));
      }
      if (seen.has("first-paint") && seen.has("figure")) {
        observer.disconnect();
        resolve({
          firstPaint: seen.get("first-paint")!,
          firstContentfulPaint: seen.get("first-contentful-paint")!,
          figure: seen.get("figure")!,
        });
      }
    });
    observer.observe({ type: "paint", buffered: true });
    observer.observe({ type: "element", buffered: true });
  });

export async function firstFigurePaint(): Promise<Metric> {
  const base = { name: "first-figure-paint", unit: "ratio", goal: "<= 1.2" };
  if (!chromiumPath) return { ...base, ...noChromium };
  const runs: Paints[] = [];
  for (let run = 0; run < 7; run++)
    runs.push(
      await withTaskpane({ officeJs: "local copy", observe: markFigures }, (page) => page.evaluate(paintsInPage)),
    );
  const ratio = median(runs.map((r) => r.figure / r.firstPaint));
  const ms = (of: (r: Paints) => number) => median(runs.map(of)).toFixed(0);
  return {
    ...base,
    value: Number(ratio.toFixed(2)),
    meets: ratio <= 1.2,
    note: `median of ${runs.length} fresh profiles: first paint ${ms((r) => r.firstPaint)} ms (first contentful ${ms((r) => r.firstContentfulPaint)} ms), first figure painted ${ms((r) => r.figure)} ms`,
  };
}
