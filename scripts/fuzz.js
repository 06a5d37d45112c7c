/**
 * `npm run fuzz`: the property-based tests with enough runs per property for at least a
 * million cases in total, then the count. `npm test` runs the same properties, fewer times.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const runsPerProperty = Number(process.argv[2]) || 50_000;
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "aipay-fuzz-")), "cases.txt");
fs.writeFileSync(report, "");

const started = Date.now();
const jest = spawnSync(
  process.execPath,
  [
    require.resolve("jest/bin/jest"),
    "--testTimeout=3600000",
    "tests/built/fuzz.test.ts",
    "tests/unit/properties.test.ts",
    "tests/unit/lifting.test.ts",
    "tests/unit/name-keys.test.ts",
  ],
  {
    stdio: "inherit",
    env: { ...process.env, AIPAY_FUZZ_RUNS: String(runsPerProperty), AIPAY_FUZZ_REPORT: report },
  },
);
const cases = fs
  .readFileSync(report, "utf8")
  .split("\n")
  .filter(Boolean)
  .reduce((sum, line) => sum + Number(line), 0);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`Fuzz: ${cases.toLocaleString("en-GB")} cases (${runsPerProperty} per property) in ${minutes} min.`);
if (jest.status !== 0 || cases < 1_000_000) {
  if (cases < 1_000_000) console.error("Fewer than 1,000,000 cases ran.");
  process.exit(jest.status || 1);
}
