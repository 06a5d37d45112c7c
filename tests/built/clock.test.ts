/**
 * No figure depends on the clock: the built CLI, run under Debian's faketime with the date
 * moved past the last tax year AIPAY holds rates for, answers as it does today.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { firstUnheld, latestHeld } from "../support/tax-years";

const cli = path.resolve(__dirname, "../../dist/cli/aipay.js");
/** 1 May in the first tax year after the latest held (2027/28 while 2026/27 is the latest), which has no rates. */
const afterHeld = `${firstUnheld.slice(0, 4)}-05-01`;
const underFaketime = (args: string[], input?: string) =>
  spawnSync("faketime", [`${afterHeld} 12:00:00`, process.execPath, ...args], { input, encoding: "utf8" });

test("faketime really moves Node's clock (else the tests below prove nothing)", () => {
  const out = underFaketime(["-e", "process.stdout.write(new Date().toISOString())"]);
  expect(out.stdout.startsWith(`${afterHeld}T`)).toBe(true);
});

test(`in ${firstUnheld} the default tax year is still the latest AIPAY holds`, () => {
  const formulas = [
    "LOADEDCOST(100000)",
    'LOADEDCOST(100000,"latest")',
    `LOADEDCOST(100000,"${latestHeld}")`,
    'LOADEDCOST(100000,"2026/27")', // 100,000 + 15% × 95,000 + 3% × (50,270 − 6,240) = 115,570.90
    `LOADEDCOST(100000,"${firstUnheld}")`, // asked for explicitly: an error that says what to do
  ];
  const out = underFaketime([cli, "--json"], formulas.join("\n") + "\n");
  const [byDefault, latest, atLatestHeld, at2026, explicit] = out.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  expect(byDefault).toBe(atLatestHeld);
  expect(latest).toBe(atLatestHeld);
  expect(at2026).toBe(115570.9);
  expect(explicit).toMatchObject({ error: "#N/A", message: expect.stringContaining('Write "latest"') });
});

test("PERMVSCONTRACT's loaded cost keeps its default year too", () => {
  const permanentRow = (args: string) => {
    const out = underFaketime([cli, `PERMVSCONTRACT("MLOps Engineer","Senior"${args})`]);
    expect(out.status).toBe(0);
    return out.stdout.split("\n")[1];
  };
  expect(permanentRow("")).toBe(permanentRow(`,,,,"${latestHeld}"`));
  expect(permanentRow("")).toMatch(new RegExp(`^Permanent loaded cost \\(${latestHeld}: `));
  // Row 2: 85,000 + 15% × 80,000 (12,000) + 3% × 44,030 (1,320.90) = 98,320.90 at 2026/27 rates
  expect(permanentRow(',,,,"2026/27"')).toBe(
    "Permanent loaded cost (2026/27: salary + employer NI + minimum pension)\t98320.9",
  );
});
