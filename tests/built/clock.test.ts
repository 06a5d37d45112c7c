/**
 * No figure depends on the clock: the built CLI, run under Debian's faketime with the date
 * moved past the last tax year AIPAY holds rates for, answers as it does today.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const cli = path.resolve(__dirname, "../../dist/cli/aipay.js");
/** 1 May 2027 is in tax year 2027/28, for which the data holds no employer rates. */
const after2027 = "2027-05-01 12:00:00";
const underFaketime = (args: string[], input?: string) =>
  spawnSync("faketime", [after2027, process.execPath, ...args], { input, encoding: "utf8" });

test("faketime really moves Node's clock (else the tests below prove nothing)", () => {
  const out = underFaketime(["-e", "process.stdout.write(new Date().toISOString())"]);
  expect(out.stdout).toMatch(/^2027-05-01T/);
});

test("in 2027/28 the default tax year is still the latest AIPAY holds", () => {
  const formulas = [
    "LOADEDCOST(100000)", // 100,000 + 15% × 95,000 + 3% × (50,270 − 6,240) = 115,570.90, at 2026/27 rates
    'LOADEDCOST(100000,"latest")',
    'LOADEDCOST(100000,"2027/28")', // asked for explicitly: an error that says what to do
  ];
  const out = underFaketime([cli, "--json"], formulas.join("\n") + "\n");
  const [byDefault, latest, explicit] = out.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  expect(byDefault).toBe(115570.9);
  expect(latest).toBe(115570.9);
  expect(explicit).toMatchObject({ error: "#N/A", message: expect.stringContaining('Write "latest"') });
});

test("PERMVSCONTRACT's loaded cost keeps its default year too", () => {
  const out = underFaketime([cli, 'PERMVSCONTRACT("MLOps Engineer","Senior")']);
  expect(out.status).toBe(0);
  // Row 2: 85,000 + 15% × 80,000 (12,000) + 3% × 44,030 (1,320.90) = 98,320.90 at 2026/27 rates
  expect(out.stdout.split("\n")[1]).toBe(
    "Permanent loaded cost (2026/27: salary + employer NI + minimum pension)\t98320.9",
  );
});
