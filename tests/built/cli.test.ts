/** The built CLI (dist/cli/aipay.js) against the guide's published figures. */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { DAY_RATE_FIGURES, PERMANENT_FIGURES } from "../fixtures/published";
import { list, shipped } from "../support/shipped";
import { bundledRawDataset } from "../support/engine";

const cli = path.resolve(__dirname, "../../dist/cli/aipay.js");
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8" });

test("the issue's example prints 85000", () => {
  const out = run(['SALARYBAND("MLOps Engineer","Senior","London","low")']);
  expect(out.stdout).toBe("85000\n");
  expect(out.status).toBe(0);
});

test("the AIPAY. prefix and omitted arguments work", () => {
  expect(run(['AIPAY.DAYRATE("AI Engineer","Senior",,"high")']).stdout).toBe("800\n");
});

test("an error goes to stderr as '#N/A: message' and exits 1", () => {
  const out = run(['SALARYBAND("MLOp Engineer","Senior")']);
  expect(out.status).toBe(1);
  expect(out.stdout).toBe("");
  expect(out.stderr).toMatch(/^#N\/A: Unknown role 'MLOp Engineer'\. Did you mean 'MLOps Engineer'\?/);
});

test("a spill prints as tab-separated rows", () => {
  expect(run(["LOCATIONS()"]).stdout).toBe(shipped.locations.map((l) => `${l}\n`).join(""));
  // Data Engineer Senior London: £80,000 – £105,000
  expect(run(['SALARYBAND("Data Engineer","Senior","London","range")']).stdout).toBe("80000\t105000\n");
});

test("--json answers one JSON value per input line, in order, and exits 0", () => {
  const lines = [
    'SALARYBAND("LLM Engineer","Senior","London")', // (110,000 + 150,000) / 2 = 130,000
    'SOURCE("asOf")',
    'ROLES("salary")',
    'DAYRATE("AI Engineer","Junior")',
    "",
    'SALARYBAND({"MLOps";"LLM"},"Senior",,"range")', // MLOps £75k–£95k; LLM £90k–£130k (UK National)
    'SALARYBAND("a"',
  ];
  const out = run(["--json"], lines.join("\n"));
  expect(out.status).toBe(0);
  expect(
    out.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l)),
  ).toEqual([
    130000,
    "January 2026",
    shipped.salaryRoles.map((role) => [role]),
    {
      error: "#N/A",
      message: `The guide publishes no Junior day rate for AI Engineer. Levels published: ${list(shipped.dayRateLevels)}.`,
    },
    null,
    [
      [75000, 95000],
      [90000, 130000],
    ],
    { error: "#VALUE!", message: expect.stringContaining("Formula syntax: Expected ',' or ')'") },
  ]);
});

test("every published permanent and day-rate figure comes back through the CLI", () => {
  const formulas = [
    ...PERMANENT_FIGURES.map(({ role, level, location }) => `SALARYBAND("${role}","${level}","${location}","range")`),
    ...DAY_RATE_FIGURES.map(({ role, level }) => `DAYRATE("${role}","${level}",,"range")`),
  ];
  const expected = [...PERMANENT_FIGURES, ...DAY_RATE_FIGURES].map(({ low, high }) => [[low, high]]);
  const out = run(["--json"], formulas.join("\n"));
  expect(
    out.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l)),
  ).toEqual(expected);
  expect(expected).toHaveLength(16 * 3 + 6 * 3);
});

describe("editions on the command line", () => {
  test("aipay diff between an edition and itself lists nothing, and exits 1 saying so", () => {
    const out = run(["diff", "2026", "2026"]);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe("");
    expect(out.stderr).toBe("#N/A: No published figure differs between editions 2026 and 2026.\n");
  });
  test("aipay diff with an edition AIPAY does not hold names the editions it does", () => {
    const out = run(["diff", "2026", "1999"]);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("AIPAY holds no edition '1999' of the guide: use ");
    for (const edition of shipped.editions) expect(out.stderr).toContain(`"${edition}"`);
  });
  test("aipay diff wants two editions", () => {
    const out = run(["diff", "2026"]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("aipay diff FROM TO");
  });
  test("EDITION and EDITIONS on the command line: the default edition, and each held with its tax year", () => {
    expect(run(["EDITION()"]).stdout).toBe(`${shipped.defaultEdition}\n`);
    const rows = run(["EDITIONS()"]).stdout.trimEnd().split("\n").map((line) => line.split("\t"));
    expect(rows.map(([edition]) => edition)).toEqual(shipped.editions);
    // The bundled guide file is the first edition: its own date and citation.
    const { source } = bundledRawDataset.guide;
    expect(rows[0].slice(0, 3)).toEqual([source.edition, source.effectiveDate, source.citation]);
  });
});
