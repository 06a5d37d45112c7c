/**
 * Hosting with a real web server: nginx (Debian's) runs the shipped deploy/nginx/aipay.conf
 * over HTTPS on loopback, serving the built dist/ at /aipay/. Headless Chromium then opens a
 * page on a different loopback origin, as Excel on the web is to the add-in's host, and from
 * it fetches functions.json across origins and loads functions.js and taskpane.html.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../support/chromium";
import { describeWithTool } from "../support/tools";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const shippedConfig = path.join(root, "deploy", "nginx", "aipay.conf");
const nginxBinary = "/usr/sbin/nginx";

let work: string;
let nginx: ChildProcess;
let port: number;
let origin: string;

/** A free loopback port: bind to 0, read it, let go. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = http.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** One HTTPS request to nginx, trusting its throw-away certificate. */
function get(
  pathname: string,
  method = "GET",
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      { host: "127.0.0.1", port, path: pathname, method, headers, ca: fs.readFileSync(path.join(work, "cert.pem")) },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    request.end();
  });
}

async function waitForNginx(): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    try {
      await get("/aipay/functions.json");
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer: ${fs.readFileSync(path.join(work, "error.log"), "utf8")}`);
}

describeWithTool(nginxBinary, "nginx")("dist/ behind nginx with the shipped configuration", () => {
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "aipay-nginx-"));
    fs.chmodSync(work, 0o755); // nginx's workers drop root and must be able to read the site
    fs.mkdirSync(path.join(work, "www"));
    fs.symlinkSync(dist, path.join(work, "www", "aipay"));
    const made = spawnSync(
      "openssl",
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"]
        .concat(["-addext", "subjectAltName=IP:127.0.0.1"])
        .concat(["-keyout", path.join(work, "key.pem"), "-out", path.join(work, "cert.pem")]),
      { encoding: "utf8" },
    );
    if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
    port = await freePort();
    origin = `https://127.0.0.1:${port}`;
    // Everything but the shipped file is the test's own scaffolding: a server on loopback.
    const temp = (name: string) => path.join(work, name);
    fs.writeFileSync(
      temp("nginx.conf"),
      `daemon off;
pid ${temp("nginx.pid")};
error_log ${temp("error.log")} warn;
events {}
http {
  access_log off;
  client_body_temp_path ${temp("body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  server {
    listen 127.0.0.1:${port} ssl;
    ssl_certificate ${temp("cert.pem")};
    ssl_certificate_key ${temp("key.pem")};
    root ${temp("www")};
    include ${shippedConfig};
  }
}
`,
    );
    const check = spawnSync(nginxBinary, ["-t", "-p", work, "-c", temp("nginx.conf")], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`nginx -t refused the configuration: ${check.stderr}`);
    nginx = spawn(nginxBinary, ["-p", work, "-c", temp("nginx.conf")], { stdio: "ignore" });
    await waitForNginx();
  }, 60_000);

  afterAll(() => {
    nginx?.kill("SIGQUIT");
    fs.rmSync(work, { recursive: true, force: true });
  });

  test.each([
    ["functions.json", "application/json"],
    ["functions.js", "text/javascript"],
    ["taskpane.html", "text/html"],
    ["manifest.xml", "application/xml"],
    ["manifest.json", "application/json"],
    ["assets/icon-32.png", "image/png"],
  ])("%s is served as %s to any origin, revalidated on each load", async (file, type) => {
    const response = await get(`/aipay/${file}`, "GET", { Origin: "https://excel.officeapps.live.com" });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toMatch(new RegExp(`^${type}(;|$)`));
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    expect(response.headers["cache-control"]).toBe("no-cache");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBeUndefined(); // Office shows the pane in a frame
    expect(response.headers.etag).toBeDefined();
  });

  test("an unchanged file revalidates to 304, so an update reaches users on their next load", async () => {
    const first = await get("/aipay/functions.json");
    const again = await get("/aipay/functions.json", "GET", { "If-None-Match": String(first.headers.etag) });
    expect(again.status).toBe(304);
  });

  test("a preflight is answered, a missing file is 404, and nothing can be written", async () => {
    const preflight = await get("/aipay/functions.json", "OPTIONS", {
      Origin: "https://excel.officeapps.live.com",
      "Access-Control-Request-Method": "GET",
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-methods"]).toMatch(/GET/);
    expect((await get("/aipay/nope.json")).status).toBe(404);
    expect((await get("/aipay/functions.json", "DELETE")).status).toBe(403);
  });

  test("from another origin in Chromium: functions.json fetched across origins, functions.js and taskpane.html loaded", async () => {
    // The other origin: a page on a second loopback server, as Excel on the web is to the host.
    const page = http.createServer((_, response) => {
      response.writeHead(200, { "Content-Type": "text/html" }).end("<!doctype html><title>Excel stand-in</title>");
    });
    await new Promise<void>((resolve) => page.listen(0, "127.0.0.1", resolve));
    const pageOrigin = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [...chromiumArgs, "--ignore-certificate-errors"], // the throw-away certificate above
    });
    try {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(pageOrigin);
      const seen = await tab.evaluate(async (host) => {
        const metadata = await fetch(`${host}/aipay/functions.json`, { mode: "cors" }).then((r) => r.json());
        const pane = await fetch(`${host}/aipay/taskpane.html`, { mode: "cors" }).then((r) => r.text());
        const script = await new Promise<string>((resolve) => {
          const element = document.createElement("script");
          element.src = `${host}/aipay/functions.js`;
          element.crossOrigin = "anonymous";
          element.onload = () => resolve("loaded");
          element.onerror = () => resolve("failed");
          document.head.append(element);
        });
        return {
          functions: metadata.functions.map((f: { id: string }) => f.id),
          pane: pane.includes("<title"),
          script,
        };
      }, origin);
      expect(seen.functions).toContain("SALARYBAND");
      expect(seen.pane).toBe(true);
      expect(seen.script).toBe("loaded");
    } finally {
      await browser.close();
      page.close();
    }
  }, 60_000);
});
