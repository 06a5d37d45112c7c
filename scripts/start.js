#!/usr/bin/env node
/**
 * `npm start`.
 *  - Windows/macOS: office-addin-debugging starts the dev server (npm run dev-server)
 *    and sideloads manifest.xml into Excel desktop.
 *  - Anything else (Linux, CI): Excel desktop does not exist and the certificate
 *    cannot be installed as trusted, so start the dev server, which builds the add-in
 *    once, in memory, and serves it over HTTPS on localhost:3000, and print how to
 *    sideload into Excel on the web. (The CLI is `npm run build`'s; nothing here needs it.)
 * `npm stop` is office-addin-debugging's own and is not handled here.
 */
"use strict";

const { spawn } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const port = Number(require("../package.json").config.dev_server_port) || 3000;

/** Absolute path of a package's bin script, so nothing depends on PATH or npx. */
function bin(pkg, name) {
  const pkgJson = require.resolve(`${pkg}/package.json`, { paths: [root] });
  const bins = require(pkgJson).bin;
  return path.join(path.dirname(pkgJson), typeof bins === "string" ? bins : bins[name || pkg]);
}

/** Runs a Node script as a child, forwarding Ctrl+C / SIGTERM, and exits with its code. */
function runAndExit(script, args) {
  const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.platform === "win32" || process.platform === "darwin") {
  runAndExit(bin("office-addin-debugging"), ["start", "manifest.xml"]);
} else {
  const webpack = bin("webpack-cli");
  const url = `https://localhost:${port}`;
  console.log(`
AIPAY dev server: ${url}/taskpane.html  (Ctrl+C to stop; it answers once the build below is done)

Sideload into Excel on the web:
  1. Open ${url}/taskpane.html in the same browser and accept the certificate
     warning (or trust ~/.office-addin-dev-certs/ca.crt in the browser): on this
     platform the development CA is not installed for you.
  2. Open a workbook in Excel on the web, then Insert > Add-ins > Upload My Add-in
     (or Home > Add-ins > More Add-ins > Upload My Add-in) and choose
     ${path.join(root, "manifest.xml")}
  3. Type =AIPAYDEV. in a cell (the development build's namespace), or use the
     AIPAY button on the Home tab.

Excel desktop: on Windows or macOS, \`npm start\` sideloads it for you.
`);
  runAndExit(webpack, ["serve", "--mode", "development"]);
}
