/** The built CLI in pipes and scripts: a reader that goes away, a full disk, exit codes, misuse. */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { testIf } from "../support/tools";

const cli = path.resolve(__dirname, "../../dist/cli/aipay.js");
const run = (args: string[], input = "") => spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8" });
const formula = 'SALARYBAND("MLOps Engineer","Senior","London")';
/** MLOps Engineer Senior London is £85,000–£110,000: midpoint (85,000 + 110,000) / 2 = 97,500. */
const answer = "97500";

test("a reader that leaves after one line (| head -1) ends the CLI quietly with 0", async () => {
  const child = spawn(process.execPath, [cli, "--json"], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdin.on("error", () => {}); // it may stop reading before all input is written
  child.stdin.end(`${formula}\n`.repeat(200_000));
  const first = await new Promise<string>((resolve) =>
    child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().split("\n")[0])),
  );
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(first).toBe(answer);
  expect(stderr).toBe("");
  expect(code).toBe(0);
});

test("aipay plan, read by a reader that leaves after the header, ends quietly with 0 too", async () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "aipay-pipes-"));
  try {
    const file = path.join(directory, "plan.csv");
    fs.writeFileSync(file, `role,level,start\n${"AI Engineer,Senior,2027-04-01\n".repeat(50_000)}`);
    const args = [cli, "plan", file, "--year-start", "2027-04-01", "--tax-year", "2026/27"];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const first = await new Promise<string>((resolve) =>
      child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().split("\n")[0])),
    );
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(first).toMatch(/^role,level,location,/);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
});

const intoFullDisk = (args: string[], input: string) => {
  const full = fs.openSync("/dev/full", "w");
  try {
    return spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8", stdio: ["pipe", full, "pipe"] });
  } finally {
    fs.closeSync(full);
  }
};

testIf(fs.existsSync("/dev/full"), "needs /dev/full, a Linux device")(
  "a write error (a full disk) is one line on stderr and exit 2",
  () => {
    for (const out of [intoFullDisk([formula], ""), intoFullDisk(["--json"], `${formula}\n`.repeat(10_000))]) {
      expect(out.stderr).toBe("aipay: cannot write the output: ENOSPC: no space left on device, write\n");
      expect(out.status).toBe(2);
    }
  },
);

describe("--json exit codes", () => {
  const lines = `${formula}\nROLES("no such table")\n`;

  test("without --strict an error line is still exit 0: the errors are in the output", () => {
    const out = run(["--json"], lines);
    expect(out.stdout.split("\n")[0]).toBe(answer);
    expect(out.status).toBe(0);
  });

  test("--strict exits 1 when some line's answer is or holds an error", () => {
    expect(run(["--json", "--strict"], lines).status).toBe(1);
    // An error inside a spill counts too: one role of two unknown.
    expect(run(["--json", "--strict"], 'SALARYBAND({"MLOps";"Nope"},"Senior")\n').status).toBe(1);
    expect(run(["--json", "--strict"], `${formula}\n\n`).status).toBe(0);
  });
});

describe("misuse is refused with the usage line and exit 2", () => {
  test.each([
    [["--json", formula], "aipay: --json reads formulas from stdin: give no formula argument beside it."],
    [[formula, "--json"], "aipay: --json reads formulas from stdin: give no formula argument beside it."],
    [["--strict", formula], "aipay: --strict applies to --json."],
    [["--jsno"], "aipay: unknown option --jsno."],
    [[], "aipay: give a formula, or --json to read them from stdin."],
  ])("%j", (args, message) => {
    const out = run(args);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\nUsage:\n  aipay '`));
    expect(out.status).toBe(2);
  });

  test("--help prints the usage with the exit codes on stdout and exits 0", () => {
    const out = run(["--help"]);
    expect(out.stdout).toContain("Exit codes: 0 done; 1 the formula's result is an error");
    expect(out.status).toBe(0);
  });
});
