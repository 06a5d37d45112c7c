/** bundle-size and cold-init: the built dist/functions.js, as Excel loads it. */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { median, type Metric } from "./measure";

// Compiled to bench/tmp/bench/, three folders below the project.
const bundle = path.resolve(__dirname, "../../../dist/functions.js");

export function bundleSize(): Metric {
  const bytes = fs.readFileSync(bundle);
  const kb = bytes.length / 1024;
  const gzip = zlib.gzipSync(bytes, { level: 9 }).length / 1024;
  return {
    name: "bundle-size",
    value: Number(kb.toFixed(1)),
    unit: "KB",
    goal: "<= 80",
    meets: kb <= 80,
    note: `minified, with the dataset; ${gzip.toFixed(1)} KB gzipped`,
  };
}

/**
 * Run in a fresh Node process: the clock starts just before the bundle is read and stops
 * when it has run, which loads the dataset the build validated (the engine refuses a bundle
 * whose build did not), builds the guide's look-ups and associates every function. Node's
 * own start-up is before the clock.
 */
const coldStart = `
const fs = require("fs"), vm = require("vm");
const start = performance.now();
const context = vm.createContext({ CustomFunctions: { associate() {}, Error: class {}, ErrorCode: {} } });
vm.runInContext(fs.readFileSync(process.argv[1], "utf8"), context);
process.stdout.write(String(performance.now() - start));
`;

export function coldInit(): Metric {
  const times = Array.from({ length: 9 }, () => Number(execFileSync(process.execPath, ["-e", coldStart, bundle])));
  const ms = median(times);
  return {
    name: "cold-init",
    value: Number(ms.toFixed(1)),
    unit: "ms",
    goal: "<= 15",
    meets: ms <= 15,
    note: `median of ${times.length} fresh processes`,
  };
}
