/**
 * Debian's Chromium as every browser test and benchmark starts it: headless, and with the
 * background services off, since on this closed network each one would only fail to connect.
 */
export const chromiumPath = "/usr/bin/chromium";

export const chromiumArgs: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
