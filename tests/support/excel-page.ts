/**
 * The page Excel gives AIPAY's functions, without a browser: a worker thread, so a fresh
 * global of its own and real timers, which runs Microsoft's custom-functions runtime and
 * then dist/functions.js as the page's two <script>s, at the page's global scope (indirect
 * eval, not node:vm). The runtime talks to Excel through a native bridge object the host
 * puts on the page before the runtime loads (`_richApiNativeBridge`, which Core.HostBridge
 * looks for): the page forwards what the runtime sends to the host (excel-runtime.ts)
 * and hands the runtime what the host sends back.
 *
 * The runtime's start-up also runs the Office loader, which asks for Office's other scripts
 * (an O15 mapping table, then MicrosoftAjax). The page is offline, so each such script fails
 * to load, as it would in a browser without network, and about 25 s after the start the
 * loader gives up with an exception in a timer. A browser reports such an exception and
 * carries on; so does this page, to the host (`pageError`). None of that touches the bridge,
 * which is the runtime's path for custom functions.
 */

/** What the page sends the host. */
export type FromPage =
  | { loaded: { runtimeMs: number; functionsMs: number; associated: string[] } }
  | { bridge: string }
  | { handled: number }
  | { evaluated: number; value?: unknown; error?: string }
  | { pageError: string };

/** What the host sends the page: a bridge message for the runtime, or a script to run in the page. */
export type ToPage = { bridge: string } | { evaluate: number; source: string; data: unknown };

export interface PageFiles {
  runtime: string;
  /** Where the runtime's <script> says it came from: the Office loader finds its base path there. */
  runtimeUrl: string;
  functions: string;
}

/** The worker's source (run with `eval: true`; `require` is the worker's, not the page's). */
export const pageScript = `
const { parentPort, workerData } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
const page = globalThis;
const send = (message) => parentPort.postMessage(message);
process.on("uncaughtException", (error) => send({ pageError: String((error && error.stack) || error) }));

const noop = () => {};
// Offline: a script the Office loader adds to the page fails to load, later, as in a browser.
const failToLoad = (script) => setTimeout(() => script.onerror && script.onerror());
const element = () => ({ style: {}, setAttribute: noop, getAttribute: () => null, addEventListener: noop, appendChild: failToLoad });
const head = element();
const runtimeScript = { src: workerData.runtimeUrl, getAttribute: () => null };
Object.assign(page, {
  window: page,
  self: page,
  top: page,
  parent: page,
  name: "",
  location: { href: "https://aipay.invalid/functions.html", protocol: "https:", hash: "", search: "" },
  history: { replaceState: noop, pushState: noop },
  addEventListener: noop,
  document: {
    readyState: "complete",
    head,
    body: element(),
    documentElement: element(),
    addEventListener: noop,
    createElement: element,
    createTextNode: () => ({ data: "" }),
    getElementsByTagName: (tag) => (tag === "script" ? [runtimeScript] : tag === "head" ? [head] : []),
  },
});
Object.defineProperty(page, "navigator", { value: { userAgent: "AIPAY test page" }, configurable: true });

page._richApiNativeBridge = { sendMessageToHost: (text) => send({ bridge: text }) };

const run = (file, url) => {
  const source = readFileSync(file, "utf8") + "\\n//# sourceURL=" + url;
  const start = performance.now();
  (0, eval)(source);
  return performance.now() - start;
};
const runtimeMs = run(workerData.runtime, workerData.runtimeUrl);
const functionsMs = run(workerData.functions, "https://aipay.invalid/functions.js");
send({ loaded: { runtimeMs, functionsMs, associated: Object.keys(page.CustomFunctions._association.mappings) } });

parentPort.on("message", (message) => {
  if ("bridge" in message) {
    // The runtime calls the functions inside this handler, so its time is theirs and the runtime's.
    const start = performance.now();
    page._richApiNativeBridge.onMessageFromHost(message.bridge);
    send({ handled: performance.now() - start });
  } else {
    try {
      send({ evaluated: message.evaluate, value: new Function("data", message.source)(message.data) });
    } catch (error) {
      send({ evaluated: message.evaluate, error: String((error && error.stack) || error) });
    }
  }
});
`;
