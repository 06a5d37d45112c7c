/**
 * taskpane-first-render: the built task pane served from localhost and opened in headless
 * Chromium with a fresh profile, timed from navigation start until the first £ figure shows.
 * taskpane-recompute: in that page, the time from an input change to its figures, chart and
 * formula being redrawn (the change handler runs them synchronously), against one 60 Hz frame.
 * Requests that leave localhost (office.js from Microsoft's CDN) are refused, as offline.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Page } from "playwright-core";
import { chromiumArgs } from "../tests/support/chromium";
import { median, type Metric } from "./measure";

// Compiled to bench/tmp/bench/, three folders below the project.
const dist = path.resolve(__dirname, "../../../dist");
const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json" };
const chromiumPath =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(fs.existsSync);
/** A £ followed by a digit anywhere on the page: whatever element the task pane shows figures in. */
const firstFigure = () => /£\s?\d/.test(document.body?.innerText ?? "");

function serve(): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const file = path.join(dist, decodeURIComponent(new URL(request.url!, "http://localhost").pathname));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * Opens the task pane in Chromium with a fresh profile, refusing requests that leave
 * localhost, and waits until its first £ figure shows; `use` then measures the page.
 */
async function withTaskpane<T>(url: string, use: (page: Page) => Promise<T>): Promise<T> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "aipay-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: [...chromiumArgs],
  });
  try {
    await browser.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(firstFigure, undefined, { timeout: 10_000, polling: "raf" });
    return await use(page);
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Milliseconds from navigation start to the first figure, or undefined when none showed. */
function firstRenderMs(url: string): Promise<number | undefined> {
  // performance.now() in the page counts from its navigation start.
  return withTaskpane(url, (page) => page.evaluate(() => performance.now())).catch(() => undefined);
}

export async function taskpaneFirstRender(): Promise<Metric> {
  const base = { name: "taskpane-first-render", unit: "ms", goal: "<= 1000" };
  if (!chromiumPath) return { ...base, value: NaN, meets: false, note: "no Chromium found (set CHROMIUM_PATH)" };
  const server = await serve();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`;
  try {
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const ms = await firstRenderMs(url);
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
  } finally {
    server.close();
  }
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
  if (!chromiumPath) return { ...base, value: NaN, meets: false, note: "no Chromium found (set CHROMIUM_PATH)" };
  const server = await serve();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`;
  try {
    const times = await withTaskpane(url, (page) =>
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
  } finally {
    server.close();
  }
}
