/**
 * aipay census, built: the hand-worked census (tests/support/census.ts) to the penny in the
 * CSV report, as JSON and as the summary, with the company's bands from CSV and JSON and as
 * the target; bad censuses, maps and band tables refused with their lines and exit codes, and
 * no id or salary in any message.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "csv-parse/sync";
import {
  censusFile,
  expectedAll,
  expectedBands,
  expectedCompanyTarget,
  expectedPeople,
  unmapped,
} from "../support/census";

const cli = path.resolve(__dirname, "../../dist/cli/aipay.js");
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "aipay-census-"));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

function fileOf(text: string, extension = "csv"): string {
  const file = path.join(directory, `census-${Math.random().toString(36).slice(2)}.${extension}`);
  fs.writeFileSync(file, text);
  return file;
}

const census = (args: string[]) =>
  spawnSync(process.execPath, [cli, "census", ...args], { encoding: "utf8" }) as {
    status: number | null;
    stdout: string;
    stderr: string;
  };

const withTables = [censusFile("people.csv"), "--map", censusFile("titles.csv"), "--bands", censusFile("bands.csv")];
const pennies = (text: string) => Math.round(Number(text) * 100);

test("every person to the penny, the totals, the company bands and the assumptions", () => {
  const { status, stdout, stderr } = census([...withTables, "--tax-year", "2026/27"]);
  expect(status).toBe(0);
  expect(stderr).toContain(`line ${unmapped.line}: "Senior Data Engineering Wrangler"`);
  const [header, ...rows] = parse(stdout, { relax_column_count: true }) as string[][];
  const at = (name: string) => header.indexOf(name);
  const byId = new Map(rows.map((row) => [row[0], row]));
  for (const [id, expected] of Object.entries(expectedPeople)) {
    const row = byId.get(id)!;
    expect([row[at("guide role")], row[at("guide level")], row[at("guide location")], row[at("basis")]]).toEqual([
      expected.role,
      expected.level,
      expected.location,
      expected.basis,
    ]);
    expect(["market low", "market mid", "market high"].map((name) => Number(row[at(name)]))).toEqual([
      expected.low,
      expected.mid,
      expected.high,
    ]);
    expect(Number(row[at("compa-ratio")])).toBeCloseTo(expected.compaRatio, 12);
    expect([row[at("below band")], row[at("above band")]]).toEqual(
      [expected.below, expected.above].map((b) => (b ? "TRUE" : "FALSE")),
    );
    expect(["gap to low", "gap to mid", "cost to low", "cost to mid"].map((name) => pennies(row[at(name)]))).toEqual(
      [expected.gapToLow, expected.gapToMid, expected.costToLow, expected.costToMid].map((x) => Math.round(x * 100)),
    );
  }
  expect(byId.get(unmapped.id)![at("unmapped: nearest roles")]).toBe(unmapped.suggestions.join("; "));
  const all = byId.get("All")!;
  expect(all.slice(2, 9).map(Number)).toEqual([20, 1, expectedAll.medianCompaRatio, 7, 1, 46120.01, 199448.94]);
  const comparisons = rows.filter((row) => /^line \d+$/.test(row[0]));
  expect(comparisons.map((row) => [row[0], row[7], Number(row[5])])).toEqual(
    expectedBands.map((b) => [b.where, b.role, b.mid]),
  );
  expect(Number(comparisons[0][15])).toBe(1.6);
  expect(byId.get("Tax year of employer rates")![1]).toBe("2026/27");
});

test("--json and --summary give the same figures; bands from JSON read as from CSV", () => {
  const json = census([
    censusFile("people.csv"),
    "--map",
    censusFile("titles.csv"),
    "--bands",
    censusFile("bands.json"),
    "--json",
  ]);
  expect(json.status).toBe(0);
  const report = JSON.parse(json.stdout);
  expect(report.rows).toHaveLength(21);
  const e08 = report.rows.find((row: { given: { id: string } }) => row.given.id === "E08");
  expect(e08.gaps).toEqual({
    below: true,
    above: false,
    gapToLow: 13666.67,
    gapToMid: 22666.67,
    costToLow: 15716.67,
    costToMid: 26066.67,
  });
  expect(report.bands.map((b: { band: { where: string } }) => b.band.where)).toEqual([
    "row 1",
    "row 2",
    "row 3",
    "row 4",
  ]);
  expect(report.bands[0].widthRatio).toBe(1.6);

  const summary = census([...withTables, "--summary", "--json"]);
  const lines = JSON.parse(summary.stdout).summary;
  expect(lines[0]).toMatchObject({ group: "all", count: 20, unmapped: 1, costToLow: 46120.01, costToMid: 199448.94 });
  expect(lines.find((l: { name: string }) => l.name === "Leadership")).toMatchObject({
    count: 2,
    costToLow: 11500,
    costToMid: 69000,
  });
});

test("--target company measures the gaps to the company's bands", () => {
  const { status, stdout, stderr } = census([...withTables, "--target", "company", "--json"]);
  expect(status).toBe(0);
  expect(stderr).toMatch(/line 6: no company band for AI Engineer, Mid-Level, London/);
  const rows = JSON.parse(stdout).rows;
  for (const [id, expected] of Object.entries(expectedCompanyTarget))
    expect(rows.find((row: { given: { id: string } }) => row.given.id === id).gaps).toMatchObject(expected);
});

test("-o writes the report only when whole", () => {
  const output = path.join(directory, "report.csv");
  fs.writeFileSync(output, "before");
  const bad = fileOf("id,title,level,location,salary\nA1,AI Engineer,Senior,London,lots\n");
  expect(census([bad, "-o", output]).status).toBe(1);
  expect(fs.readFileSync(output, "utf8")).toBe("before");
  expect(census([...withTables, "-o", output]).status).toBe(0);
  expect(fs.readFileSync(output, "utf8")).toMatch(/^id,job title,/);
});

describe("bad files are refused, naming the line, never the person", () => {
  test("missing columns", () => {
    const { status, stderr } = census([fileOf("id,title,level\nA1,AI Engineer,Senior\n")]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/: the header needs the column salary \(or "annual salary"/);
  });

  test("a duplicate id and a salary of text", () => {
    const text =
      "id,title,level,location,salary\nZ-991,AI Engineer,Senior,London,90000\nZ-991,AI Engineer,Senior,London,91000\nK-5,AI Engineer,Senior,London,ninety-one thousand\n";
    const { status, stdout, stderr } = census([fileOf(text)]);
    expect(status).toBe(1);
    expect(stderr).toContain("line 3: #VALUE!: the id repeats line 2's");
    expect(stderr).toContain("line 4: #VALUE!: salary must be an amount of pounds a year");
    expect(stdout).toMatch(/\nRefused,/);
    for (const personal of ["Z-991", "K-5", "ninety", "90000", "91000"]) expect(stderr).not.toContain(personal);
  });

  test("an unknown title is listed with its line and suggestions, unpriced", () => {
    const { status, stderr } = census([fileOf("id,title,level,salary\nA1,Senior AI Engineer Ninja,3,70000\n")]);
    expect(status).toBe(0);
    expect(stderr).toMatch(
      /line 2: "Senior AI Engineer Ninja" is neither a guide role nor a title in the job map: add it to the job map; nearest: AI Engineer \(/,
    );
  });

  test("a band with low above high, and a job map to an unknown role", () => {
    const bands = fileOf("title,level,location,low,high\nAI Engineer,Senior,London,130000,90000\n");
    const refusedBands = census([censusFile("people.csv"), "--bands", bands]);
    expect(refusedBands.status).toBe(1);
    expect(refusedBands.stderr).toBe(`aipay census ${bands}: line 2: low (£130,000) is above high (£90,000).\n`);
    expect(refusedBands.stdout).toBe("");
    const map = fileOf("title,role\nPlatform Engineer,Plumber\n");
    const refusedMap = census([censusFile("people.csv"), "--map", map]);
    expect(refusedMap.status).toBe(1);
    expect(refusedMap.stderr).toMatch(/line 2: .*Plumber/);
  });

  test("usage errors exit 2", () => {
    expect(census([]).status).toBe(2);
    expect(census([censusFile("people.csv"), "--frobnicate"]).status).toBe(2);
  });
});
