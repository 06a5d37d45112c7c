/** The premium rules through the built CLI (dist/cli/aipay.js --json): every published rule figure comes back exactly. */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { LEADERSHIP, LOCATION_FACTORS, SKILL_PREMIUMS, STAGE_BASE } from "../fixtures/premiums";

const cli = path.resolve(__dirname, "../../dist/cli/aipay.js");
const runJson = (formulas: string[]) =>
  spawnSync(process.execPath, [cli, "--json"], { input: formulas.join("\n"), encoding: "utf8" })
    .stdout.trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line));

test("all 21 skill premiums, the six regional factors, the leadership table, the stage table and the specialist rate", () => {
  const cases: [string, unknown][] = [
    ...SKILL_PREMIUMS.map(({ role, skill, low, high }): [string, unknown] => [
      `SKILLPREMIUM("${role}","${skill}","range")`,
      [[low, high]],
    ]),
    ...LOCATION_FACTORS.map(({ location, low, high }): [string, unknown] => [
      `LOCATIONFACTOR("${location}","range")`,
      [[low, high]],
    ]),
    ...LEADERSHIP.flatMap(({ role, uk, london }): [string, unknown][] => [
      [`SALARYBAND("${role}",,"UK","range")`, [[uk.low, uk.high]]],
      [`SALARYBAND("${role}",,"London","range")`, [[london.low, london.high]]],
    ]),
    ...LEADERSHIP.map(({ role, uk, equityBonus }): [string, unknown] => [
      `TOTALCOMP("${role}",,"UK","range")`,
      [[Math.round(uk.low * (1 + equityBonus.low)), Math.round(uk.high * (1 + equityBonus.high))]],
    ]),
    // MLOps Senior UK National £75,000 – £95,000, both ends × the midpoint of each stage's share of market
    ...STAGE_BASE.map(({ stage, low, high }): [string, unknown] => [
      `SALARYBAND("MLOps Engineer","Senior",,"range",,"${stage}")`,
      [[Math.round(75000 * ((low + high) / 2) * 100) / 100, Math.round(95000 * ((low + high) / 2) * 100) / 100]],
    ]),
    ['DAYRATE("ML Engineer","Senior",,"range",TRUE)', [[900, 1100]]],
    ['SALARYBAND("MLOps Engineer","Senior",,0.25)', 75000],
    ['SALARYBAND("MLOps Engineer","Senior",,0.75)', 95000],
    ['SALARYBAND("MLOps Engineer","Senior",,25%)', 75000],
    ['SALARYBAND("MLOps Engineer","Senior","Manchester","range")', [[73666.67, 91666.66]]], // 85,000 × 65/75, 110,000 × 100/120
    ['SALARYBAND("MLOps Engineer","Senior",,"range",{"k8s";"GPU"})', [[84375, 106875]]], // GPU: × 1.125
    // base 78,750 – 99,750 (× 1.05) + bonus 11,812.50 – 24,937.50 + RSUs 10,000 – 50,000
    ['TOTALCOMP("MLOps Engineer","Senior",,"range",,"Enterprise")', [[100562.5, 174687.5]]],
  ];
  expect(cases).toHaveLength(21 + 6 + 10 + 5 + 3 + 1 + 6);
  expect(runJson(cases.map(([formula]) => formula))).toEqual(cases.map(([, expected]) => expected));
});
