/**
 * Hosting with a real web server: nginx (Debian's) runs the shipped deploy/nginx/aipay.conf
 * over HTTPS on loopback, serving a copy of the built dist/ at /aipay/, as a deployment
 * copies it. The copy sits in a fresh world-readable folder, so nginx's unprivileged workers
 * can read it wherever the clone is (a 0700 home or temp folder included). openssl s_client
 * checks the protocols and ciphers; Node checks each header, caching per file type and
 * compression; headless Chromium fetches across origins and frames the pane from an Office
 * host and from another site, each a name that Chromium's resolver sends to loopback.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../support/chromium";
import { describeWithTool } from "../support/tools";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const shippedConfig = path.join(root, "deploy", "nginx", "aipay.conf");
const nginxBinary = "/usr/sbin/nginx";
/** A bundle named by its content hash, as a build that hashes names writes it. */
const hashedName = "functions.0123456789abcdef.js";

let work: string;
let site: string;
let nginx: ChildProcess;
let port: number;

/** A free loopback port: bind to 0, read it, let go. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = http.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** dist/ copied to `to` with every folder 0755 and every file 0644, whatever the umask. */
function publish(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true });
  const open = (dir: string) => {
    fs.chmodSync(dir, 0o755);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) open(full);
      else fs.chmodSync(full, 0o644);
    }
  };
  open(to);
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One HTTPS request to nginx, trusting its throw-away certificate; the body as sent (not decoded). */
function get(pathname: string, method = "GET", headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      { host: "127.0.0.1", port, path: pathname, method, headers, ca: fs.readFileSync(path.join(work, "cert.pem")) },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    request.on("error", reject);
    request.end();
  });
}

/** One TLS handshake by openssl s_client with the given options: whether it succeeded, and what it printed. */
function handshake(options: string[]): { ok: boolean; output: string } {
  const run = spawnSync("openssl", ["s_client", "-connect", `127.0.0.1:${port}`, ...options], {
    input: "",
    encoding: "utf8",
    timeout: 20_000,
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** The cipher names this openssl knows for TLS 1.2 (the TLS 1.3 suites are listed apart). */
function tls12CipherNames(): string[] {
  const run = spawnSync("openssl", ["ciphers", "-tls1_2", "ALL:COMPLEMENTOFALL:@SECLEVEL=0"], { encoding: "utf8" });
  return run.stdout
    .trim()
    .split(":")
    .filter((name) => !name.startsWith("TLS_"));
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
    fs.chmodSync(work, 0o755); // nginx's workers drop root and must be able to reach the site
    site = path.join(work, "www", "aipay");
    publish(dist, site);
    fs.copyFileSync(path.join(site, "functions.js"), path.join(site, hashedName));
    fs.chmodSync(path.join(site, hashedName), 0o644);
    const made = spawnSync(
      "openssl",
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"]
        .concat(["-addext", "subjectAltName=IP:127.0.0.1"])
        .concat(["-keyout", path.join(work, "key.pem"), "-out", path.join(work, "cert.pem")]),
      { encoding: "utf8" },
    );
    if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
    port = await freePort();
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

  describe("TLS", () => {
    test.each(["-tls1", "-tls1_1"])("%s is refused by the server", (version) => {
      // The client offers the old protocol (security level 0 lets it), so the refusal is nginx's alert.
      const { ok, output } = handshake([version, "-cipher", "DEFAULT:@SECLEVEL=0"]);
      expect(ok).toBe(false);
      expect(output).toMatch(/alert protocol version/);
    });

    test("TLS 1.3 is spoken, with an ephemeral key exchange", () => {
      const { ok, output } = handshake(["-tls1_3"]);
      expect(ok).toBe(true);
      expect(output).toMatch(/New, TLSv1\.3, Cipher is TLS_/);
      expect(output).toMatch(/Server Temp Key: X25519/);
    });

    test("TLS 1.2 accepts only ECDHE suites with AEAD ciphers: every one forward-secret", () => {
      const offered = tls12CipherNames();
      // The suites that can work at all with an RSA certificate include plain-RSA and CBC ones.
      expect(offered).toEqual(
        expect.arrayContaining(["AES128-GCM-SHA256", "ECDHE-RSA-AES128-SHA", "DHE-RSA-AES128-SHA"]),
      );
      const accepted = offered.filter((name) => handshake(["-tls1_2", "-cipher", `${name}:@SECLEVEL=0`]).ok);
      // The certificate is RSA, so the ECDSA suites of the configuration cannot be chosen here.
      expect(accepted.sort()).toEqual([
        "ECDHE-RSA-AES128-GCM-SHA256",
        "ECDHE-RSA-AES256-GCM-SHA384",
        "ECDHE-RSA-CHACHA20-POLY1305",
      ]);
    }, 120_000);
  });

  const everyAnswer = [
    "functions.json",
    "functions.js",
    "taskpane.html",
    "assets/icon-32.png",
    hashedName,
    "nope.json",
  ];

  test.each(everyAnswer)("%s carries the security headers", async (file) => {
    const { headers } = await get(`/aipay/${file}`);
    expect(headers["strict-transport-security"]).toBe("max-age=31536000");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["access-control-allow-origin"]).toBe("*");
    expect(headers["content-security-policy"]).toMatch(/frame-ancestors /);
    expect(headers["x-frame-options"]).toBeUndefined(); // Office shows the pane in a frame
  });

  test("the policy header is the page's own <meta> policy plus frame-ancestors, which admits Office's hosts only", async () => {
    const { headers } = await get("/aipay/taskpane.html");
    const page = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const meta = /http-equiv=Content-Security-Policy content="([^"]+)"/.exec(page)![1];
    const [frameAncestors, ...rest] = String(headers["content-security-policy"])
      .split("; ")
      .sort((a, b) => Number(b.startsWith("frame-ancestors")) - Number(a.startsWith("frame-ancestors")));
    expect(rest.join("; ")).toBe(meta);
    expect(frameAncestors.split(" ")).toEqual([
      "frame-ancestors",
      "'self'",
      "https://*.officeapps.live.com",
      "https://*.cloud.microsoft",
      "https://*.office.com",
      "https://*.microsoft365.com",
      "https://*.sharepoint.com",
      "https://onedrive.live.com",
    ]);
  });

  test.each([
    ["functions.json", "application/json", "no-cache"],
    ["functions.js", "text/javascript", "no-cache"],
    ["taskpane.html", "text/html", "no-cache"],
    ["taskpane.css", "text/css", "no-cache"],
    ["manifest.xml", "application/xml", "no-cache"],
    ["manifest.json", "application/json", "no-cache"],
    ["assets/icon-32.png", "image/png", "public, max-age=2592000"],
    ["assets/color-192.png", "image/png", "public, max-age=2592000"],
    [hashedName, "text/javascript", "public, max-age=31536000, immutable"],
  ])("%s is served as %s, cached as %s", async (file, type, cacheControl) => {
    const response = await get(`/aipay/${file}`, "GET", { Origin: "https://excel.officeapps.live.com" });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toMatch(new RegExp(`^${type}(;|$)`));
    expect(response.headers["cache-control"]).toBe(cacheControl);
    expect(response.headers.etag).toBeDefined();
    expect(response.body.equals(fs.readFileSync(path.join(site, file)))).toBe(true);
  });

  test("an unchanged file revalidates to 304, so an update reaches users on their next load", async () => {
    const first = await get("/aipay/functions.json");
    const again = await get("/aipay/functions.json", "GET", { "If-None-Match": String(first.headers.etag) });
    expect(again.status).toBe(304);
  });

  test.each(["functions.js", "functions.json", "taskpane.html", "taskpane.css", "manifest.xml"])(
    "%s is gzipped for a browser that accepts it, and sent as is otherwise",
    async (file) => {
      const original = fs.readFileSync(path.join(site, file));
      const zipped = await get(`/aipay/${file}`, "GET", { "Accept-Encoding": "gzip" });
      expect(zipped.headers["content-encoding"]).toBe("gzip");
      expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
      expect(zipped.body.length).toBeLessThan(original.length);
      expect(zlib.gunzipSync(zipped.body).equals(original)).toBe(true);
      const plain = await get(`/aipay/${file}`);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.equals(original)).toBe(true);
    },
  );

  test("images are not gzipped again", async () => {
    const icon = await get("/aipay/assets/icon-32.png", "GET", { "Accept-Encoding": "gzip" });
    expect(icon.headers["content-encoding"]).toBeUndefined();
  });

  test("the command-line tool, though copied with dist/, is not served", async () => {
    expect(fs.existsSync(path.join(site, "cli", "aipay.js"))).toBe(true);
    expect((await get("/aipay/cli/aipay.js")).status).toBe(404);
  });

  test("a preflight is answered, a missing file is 404, and nothing can be written", async () => {
    const preflight = await get("/aipay/functions.json", "OPTIONS", {
      Origin: "https://excel.officeapps.live.com",
      "Access-Control-Request-Method": "GET",
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-methods"]).toMatch(/GET/);
    expect((await get("/aipay/nope.json")).status).toBe(404);
    // Refused by the method rule (403) or, for the file types with their own caching rule, by the
    // static file handler, which serves only GET and HEAD (405); the file stays either way.
    for (const file of ["functions.json", "assets/icon-32.png", hashedName]) {
      for (const method of ["DELETE", "PUT"])
        expect([403, 405]).toContain((await get(`/aipay/${file}`, method)).status);
      expect((await get(`/aipay/${file}`)).status).toBe(200);
    }
  });

  describe("in Chromium", () => {
    let browser: Browser;
    let stage: https.Server;
    /** Names Chromium's resolver sends to loopback: Excel on the web, another site, and the add-in's host. */
    const excel = "excel.officeapps.live.com";
    const elsewhere = "attacker.example";
    const addinHost = "aipay.test";

    beforeAll(async () => {
      // Both sites serve the same page, which frames the pane; the same throw-away certificate.
      const tls = {
        key: fs.readFileSync(path.join(work, "key.pem")),
        cert: fs.readFileSync(path.join(work, "cert.pem")),
      };
      stage = https.createServer(tls, (_, response) => {
        response
          .writeHead(200, { "Content-Type": "text/html" })
          .end(
            `<!doctype html><title>Office stand-in</title><iframe src="https://${addinHost}/aipay/taskpane.html"></iframe>`,
          );
      });
      await new Promise<void>((resolve) => stage.listen(0, "127.0.0.1", resolve));
      const stagePort = (stage.address() as AddressInfo).port;
      browser = await chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        args: [
          ...chromiumArgs,
          "--ignore-certificate-errors", // the throw-away certificate above
          // Each name on its default port goes to a loopback server; nothing else resolves.
          `--host-resolver-rules=MAP ${excel} 127.0.0.1:${stagePort}, MAP ${elsewhere} 127.0.0.1:${stagePort}, ` +
            `MAP ${addinHost} 127.0.0.1:${port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
        ],
      });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      stage?.close();
    });

    /** Opens `site`'s page, which frames the pane; what the frame shows and what the console refused. */
    async function framedFrom(site: string): Promise<{ figure: string | null; refused: string[] }> {
      const context = await browser.newContext();
      try {
        const tab = await context.newPage();
        const refused: string[] = [];
        tab.on("console", (message) => {
          if (/frame-ancestors/.test(message.text())) refused.push(message.text());
        });
        await tab.goto(`https://${site}/`);
        const frame = tab.frames().find((f) => f !== tab.mainFrame())!;
        // The pane works without Excel (office.js cannot load here): a £ figure shows once it runs.
        const shownFigure = () =>
          frame
            .evaluate(() => document.querySelector("[data-figure] td")?.textContent?.match(/£[\d,]+/)?.[0] ?? null)
            .catch(() => null);
        let figure: string | null = null;
        for (const deadline = Date.now() + 30_000; !figure && !refused.length && Date.now() < deadline;) {
          await tab.waitForTimeout(100);
          figure = await shownFigure();
        }
        return { figure, refused };
      } finally {
        await context.close();
      }
    }

    test("the pane loads and runs inside a frame on Excel on the web's origin", async () => {
      const { figure, refused } = await framedFrom(excel);
      expect(figure).toMatch(/^£\d{2,3},\d{3}$/);
      expect(refused).toEqual([]);
    }, 60_000);

    test("a frame on any other site is refused by the policy, and the pane does not run there", async () => {
      const { figure, refused } = await framedFrom(elsewhere);
      expect(figure).toBeNull();
      expect(refused.join("\n")).toMatch(
        `Framing 'https://${addinHost}/' violates the following Content Security Policy directive: "frame-ancestors`,
      );
    }, 60_000);

    test("from another origin: functions.json fetched across origins, functions.js and taskpane.html loaded", async () => {
      const context = await browser.newContext();
      try {
        const tab = await context.newPage();
        await tab.goto(`https://${elsewhere}/`);
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
        }, `https://${addinHost}`);
        expect(seen.functions).toContain("SALARYBAND");
        expect(seen.pane).toBe(true);
        expect(seen.script).toBe("loaded");
      } finally {
        await context.close();
      }
    }, 60_000);
  });
});
