/**
 * The built task pane as the browser tests and the benchmarks open it: dist/ served from
 * 127.0.0.1, and office.js, which the page asks Microsoft's CDN for, answered from the
 * @microsoft/office-js package on disk.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";

export const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const officeJsPackage = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
};

/** A static server for `dist` on 127.0.0.1 and a random port. */
export function serveDist(dist: string): Promise<http.Server> {
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

/** The package's copy of an office.js file the page asks the CDN for, if it has one. */
export function localOfficeJs(url: string): string | undefined {
  if (!url.startsWith(officeJsCdn)) return undefined;
  const file = path.join(officeJsPackage, new URL(url).pathname.slice(new URL(officeJsCdn).pathname.length));
  return file.startsWith(officeJsPackage) && fs.existsSync(file) ? file : undefined;
}
