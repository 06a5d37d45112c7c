/**
 * A corrupt dataset fails the build. The check (scripts/validate-data.js, run by
 * DatasetValidationPlugin in webpack.config.js) loads src/engine/data/dataset.ts with its data
 * from a copied directory, so each corruption is checked without a full build; one webpack
 * run shows the plugin fails a build, and one CLI build on bad data shows the CLI's exit.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import webpack from "webpack";
import { bundledRawDataset, validateDataset } from "../support/engine";

const root = path.resolve(__dirname, "../..");
const dataDir = path.join(root, "src", "data");
const script = path.join(root, "scripts", "validate-data.js");
const { DatasetValidationPlugin } = require(script);

type Json = Record<string, any>;
const readJson = (file: string): Json => JSON.parse(fs.readFileSync(path.join(dataDir, file), "utf8"));

/** A copy of src/data in a fresh directory, with `corrupt` applied to the guide, vocabulary and employer costs. */
function corruptedCopy(corrupt: (guide: Json, vocabulary: Json, employerCosts: Json) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aipay-data-"));
  for (const file of fs.readdirSync(dataDir)) fs.copyFileSync(path.join(dataDir, file), path.join(dir, file));
  const files: [string, Json][] = [
    ["salary-guide-2026.json", readJson("salary-guide-2026.json")],
    ["vocabulary.json", readJson("vocabulary.json")],
    ["employer-costs.json", readJson("employer-costs.json")],
  ];
  corrupt(files[0][1], files[1][1], files[2][1]);
  for (const [file, json] of files) fs.writeFileSync(path.join(dir, file), JSON.stringify(json));
  return dir;
}

const validate = (dir: string) => spawnSync(process.execPath, [script, dir], { encoding: "utf8" });

const corruptions: [string, (guide: Json, vocabulary: Json, employerCosts: Json) => string][] = [
  [
    "a removed level",
    (guide, vocabulary) => {
      guide.salaryTables[0].levels.splice(1, 1);
      const tiers = vocabulary.levelTiers.filter((t: Json) => !t.optional).map((t: Json) => t.tier);
      return `guide.salaryTables.0.levels: levels must cover the tiers ${tiers.join(", ")} in order`;
    },
  ],
  [
    "low and high swapped",
    (guide) => {
      const band = guide.salaryTables[0].levels[0].bands.London;
      [band.low, band.high] = [band.high, band.low];
      return "guide.salaryTables.0.levels.0.bands.London.low: low must not exceed high";
    },
  ],
  [
    "a string for a number",
    (guide) => {
      const level = guide.dayRates.levels[0].level;
      guide.dayRates.roles[0].rates[level].low = String(guide.dayRates.roles[0].rates[level].low);
      return `guide.dayRates.roles.0.rates.${level}.low: Invalid input: expected number, received string`;
    },
  ],
  [
    "an unknown key",
    (guide) => {
      guide.leadership.roles[0].bonus = 0.1;
      return 'guide.leadership.roles.0: Unrecognized key: "bonus"';
    },
  ],
  [
    "a duplicate role table",
    (guide) => {
      guide.salaryTables.push(structuredClone(guide.salaryTables[0]));
      return `guide.salaryTables.${guide.salaryTables.length - 1}.role: duplicate name '${guide.salaryTables[0].role}'`;
    },
  ],
  [
    "a duplicate alias",
    (_, vocabulary) => {
      const [first, second] = vocabulary.roles;
      second.aliases.push(first.aliases[0]);
      return `vocabulary.roles.1.aliases.${second.aliases.length - 1}: duplicate name '${first.aliases[0]}'`;
    },
  ],
];

/**
 * Typos that leave the data well formed, each one a figure a reader of the guide would catch.
 * The build refuses every one, naming the field.
 */
const plausibleTypos: typeof corruptions = [
  [
    "a Junior band above the levels after it (£145k – £155k typed for £45k – £55k)",
    (guide) => {
      guide.salaryTables[0].levels[0].bands.London = { low: 145000, high: 155000 };
      const next = guide.salaryTables[0].levels[1];
      return `guide.salaryTables.0.levels.1.bands.London.low: ${next.level} (£65,000 – £85,000) is paid below Junior, the level before it (£145,000 – £155,000): levels rise`;
    },
  ],
  [
    "a location paid above London, which §8 prints as the highest",
    (guide) => {
      guide.salaryTables[0].levels[2].bands["Remote UK"] = { low: 90000, high: 115000 };
      return "guide.salaryTables.0.levels.2.bands.Remote UK.low: Remote UK (£90,000 – £115,000) is paid above London (£85,000 – £110,000), which the guide prints as the highest-paid location";
    },
  ],
  [
    "employer NI of 0.015 for 0.15",
    (_, __, employerCosts) => {
      employerCosts.employerNic.rate.values[1].value = 0.015;
      return "employerCosts.employerNic.rate.values.1.value: an employer NI rate must be between 5% and 25%: check for a slipped decimal";
    },
  ],
  [
    "a premium whose low end is above its high end",
    (guide) => {
      guide.skillPremiums[0].skills[0].premium = { low: 0.1, high: 0.05 };
      return "guide.skillPremiums.0.skills.0.premium.low: low must not exceed high";
    },
  ],
  [
    "a premium above 100% (15 typed for 0.15)",
    (guide) => {
      guide.skillPremiums[1].skills[0].premium.high = 15;
      return "guide.skillPremiums.1.skills.0.premium.high: Too big: expected number to be <=1";
    },
  ],
];

test("the shipped data passes the build's check", () => {
  const run = validate(dataDir);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
});

test("--print writes the validated dataset, which the plugin embeds in the web bundles", () => {
  const run = spawnSync(process.execPath, [script, dataDir, "--print"], { encoding: "utf8" });
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual(validateDataset(bundledRawDataset));
});

test.each([...corruptions, ...plausibleTypos])(
  "the build's check fails on %s, naming the field's path",
  (_, corrupt) => {
    let expected = "";
    const run = validate(corruptedCopy((...files) => (expected = corrupt(...files))));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^The AIPAY dataset is invalid:\n/);
    expect(run.stderr).toContain(expected);
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack
  },
);

/** Runs webpack on `config` and resolves with its stats. */
const build = (config: webpack.Configuration) =>
  new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, stats) => (error || !stats ? reject(error) : resolve(stats))),
  );

test("the plugin fails a webpack build on bad data, in one message with the path", async () => {
  const dir = corruptedCopy((_, vocabulary) => vocabulary.roles[1].aliases.push(vocabulary.roles[0].name));
  const entry = path.join(dir, "entry.js");
  fs.writeFileSync(entry, "module.exports = 1;\n");
  const stats = await build({
    mode: "production",
    entry,
    output: { path: path.join(dir, "out") },
    plugins: [new DatasetValidationPlugin({ dataDir: dir })],
  });
  expect(stats.hasErrors()).toBe(true);
  const errors = stats.compilation.errors;
  expect(errors).toHaveLength(1);
  expect(errors[0].message).toContain("vocabulary.roles.1.aliases.");
  expect(stats.toString({ colors: false })).not.toMatch(/\n\s+at /);
}, 60_000);

test("npm run build runs the check: the web build carries the plugin", () => {
  // In a child process: webpack.config.js loads ES-module packages Jest cannot.
  const list = `require("./webpack.config.js")({ test: true }, { mode: "production" }).then((configs) =>
    console.log(JSON.stringify(configs.map((c) => [c.name, c.plugins.map((p) => p.constructor.name)]))))`;
  const run = spawnSync(process.execPath, ["-e", list], { cwd: root, encoding: "utf8" });
  const plugins = Object.fromEntries(JSON.parse(run.stdout));
  expect(plugins.web.filter((name: string) => name === "DatasetValidationPlugin")).toHaveLength(1);
});

test("a CLI whose bundled data is invalid prints the problems, no stack, and exits 2", () => {
  const dir = corruptedCopy((guide) => {
    const band = guide.salaryTables[0].levels[0].bands.London;
    [band.low, band.high] = [band.high, band.low];
  });
  const out = path.join(dir, "cli");
  const built = spawnSync(process.execPath, [path.join(__dirname, "..", "support", "build-cli.js"), dir, out], {
    encoding: "utf8",
  });
  expect(built.stderr).toBe("");
  const run = spawnSync(process.execPath, [path.join(out, "aipay.js"), "ROLES()"], { encoding: "utf8" });
  expect(run.stderr).toBe(
    "aipay: The AIPAY dataset is invalid:\nguide.salaryTables.0.levels.0.bands.London.low: low must not exceed high\n",
  );
  expect(run.status).toBe(2);
}, 180_000);
