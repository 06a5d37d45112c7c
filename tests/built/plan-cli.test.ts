/** aipay plan hires.csv: a plan file priced into a monthly budget, against hand-computed figures. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "csv-parse/sync";
import { PlanFileError, pricePlan } from "../../src/cli/plan";
import { evaluate } from "../../src/engine";

const cli = path.resolve(__dirname, "../../dist/cli/aipay.js");
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "aipay-plan-"));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

/** Runs the built CLI's plan command on a file holding `csv`. */
function plan(csv: string, options: string[]) {
  const file = path.join(directory, `plan-${Math.random().toString(36).slice(2)}.csv`);
  fs.writeFileSync(file, csv);
  return spawnSync(process.execPath, [cli, "plan", file, ...options], { encoding: "utf8" });
}

const hires = `role,level,location,start,end,headcount
MLOps Engineer,Mid-Level,UK National,2027-04-01,2027-12-31,1
LLM Engineer,Senior,London,2027-07-15,,2
`;

describe("a plan for FY2027/28 (1 April 2027 – 31 March 2028, 366 days with 29 February 2028)", () => {
  // The rates are named, so the hand-computed figures hold whichever tax years the data holds.
  const out = plan(hires, ["--year-start", "2027-04-01", "--tax-year", "2026/27"]);
  const table = parse(out.stdout) as string[][];

  test("exits 0 with a header of first-of-month dates, one row per hire, then Total, Cumulative and Headcount", () => {
    expect(out.status).toBe(0);
    expect(out.stderr).toBe("");
    expect(table[0]).toEqual([
      "role",
      "level",
      "location",
      "start",
      "end",
      "headcount",
      "2027-04-01",
      "2027-05-01",
      "2027-06-01",
      "2027-07-01",
      "2027-08-01",
      "2027-09-01",
      "2027-10-01",
      "2027-11-01",
      "2027-12-01",
      "2028-01-01",
      "2028-02-01",
      "2028-03-01",
      "year",
    ]);
    expect(table.map((row) => row[0])).toEqual([
      "role",
      "MLOps Engineer",
      "LLM Engineer",
      "Total",
      "Cumulative",
      "Headcount",
    ]);
  });

  test("a leaver: a Mid-Level MLOps Engineer aged to her start, loaded, phased by days until 31 December", () => {
    // mid (55,000 + 75,000) / 2 = 65,000, aged 1 + 90/365 years at 4%: × 1.04^1.246575 = 68,256.92;
    // loaded for 2026/27: 68,256.92 + 15% × (68,256.92 − 5,000) + 3% × (50,270 − 6,240) = 79,066.36.
    // April: 79,066.36 × 30/366 = 6,480.85; April–December is 275 days: 79,066.36 × 275/366 = 59,407.78,
    // and December takes the rounding remainder.
    const mlops = table[1].slice(6).map(Number);
    expect(mlops[0]).toBe(6480.85);
    expect(mlops.slice(9, 12)).toEqual([0, 0, 0]);
    expect(mlops[12]).toBe(59407.78);
    expect(Math.round(mlops.slice(0, 12).reduce((a, b) => a + b) * 100) / 100).toBe(59407.78);
  });

  test("totals add the rows, cumulative adds the totals, headcount counts heads in post at each month's end", () => {
    const [, first, second, total, cumulative, heads] = table.map((row) => row.slice(6, 18).map(Number));
    total.forEach((month, k) => expect(month).toBeCloseTo(first[k] + second[k], 2));
    expect(cumulative[11]).toBeCloseTo(
      total.reduce((a, b) => a + b),
      2,
    );
    // MLOps from April to December (1); 2 LLM Engineers from 15 July
    expect(heads).toEqual([1, 1, 1, 3, 3, 3, 3, 3, 3, 2, 2, 2]);
  });
});

test("a pay review and a pay target are options, as in the plan sheet's header", () => {
  const csv = "role,level,location,start\nMLOps Engineer,Mid-Level,UK National,2027-01-01\n";
  const base = ["--year-start", "2027-01-01", "--tax-year", "2026/27", "--aging-rate", "0"];
  const flat = parse(pricePlan(csv, { yearStart: "2027-01-01", taxYear: "2026/27", agingRate: "0" })) as string[][];
  // mid 65,000 unaged, loaded 65,000 + 9,000 + 1,320.90 = 75,320.90 over 2027's 365 days
  expect(Number(flat[1][18])).toBe(75320.9);
  const low = parse(plan(csv, [...base, "--target", "low"]).stdout) as string[][];
  // low 55,000: 55,000 + 7,500 + 1,320.90 = 63,820.90
  expect(Number(low[1][18])).toBe(63820.9);
  const reviewed = parse(plan(csv, [...base, "--review-month", "4", "--review-rate", "10%"]).stdout) as string[][];
  // January–March at 75,320.90 × 31/365 …, from 1 April at 75,320.90 × 1.1: 90 and 275 days
  // 75,320.90 × (90 + 275 × 1.1)/365 = 75,320.90 × 392.5/365 = 80,995.76
  expect(Number(reviewed[1][18])).toBe(80995.76);
});

test("bad rows are each reported with their line number, and nothing goes to stdout", () => {
  const out = plan(
    "role,level,start,headcount\nLLM Engineer,Senior,2027-07-15,1\nFoo,Senior,2027-07-01,1\nAI Engineer,Senior,15/07/2027,1\nAI Engineer,Senior,2027-07-01,1.5\n",
    ["--year-start", "2027-04-01"],
  );
  expect(out.status).toBe(1);
  expect(out.stdout).toBe("");
  const lines = out.stderr.trim().split("\n");
  expect(lines[0]).toMatch(/: line 3: #N\/A: Unknown role 'Foo'/);
  expect(lines[1]).toMatch(/^line 4: #VALUE!: startDate must be a date/);
  expect(lines[2]).toMatch(/^line 5: #NUM!: headcount must be a whole number of 1 or more/);
  expect(lines).toHaveLength(3);
});

test("a quoted field may span lines: the reported line is the one the record starts on", () => {
  expect(() =>
    pricePlan('role,level,start\n"Foo\nBar",Senior,2027-07-01\nFoo,Senior,2027-07-01\n', { yearStart: "2027-04-01" }),
  ).toThrow(/^line 2: #N\/A: Unknown role 'Foo\nBar'[^]*\nline 4: #N\/A: Unknown role 'Foo'/);
});

test("the file and the options are checked before anything is priced", () => {
  const yearStart = { yearStart: "2027-04-01" };
  expect(() => pricePlan("role,level,when\nAI Engineer,Senior,2027-07-01\n", yearStart)).toThrow(
    new PlanFileError(
      'unknown column "when": columns are role, level, location, start, end, headcount, skills, stage, ir35.',
    ),
  );
  expect(() => pricePlan("role,level\nAI Engineer,Senior\n", yearStart)).toThrow("the header needs the column start");
  expect(() => pricePlan("role,start\n", yearStart)).toThrow("the plan has no rows");
  expect(() => pricePlan('role,start\n"AI,2027-01-01\n', yearStart)).toThrow("not a CSV file");
  expect(() => pricePlan("role,start\nAI Engineer,2027-07-01\n", { yearStart: "2027-04-15" })).toThrow(
    "--year-start must be the first day of a month",
  );
  const missing = plan(hires, []);
  expect(missing.status).toBe(1);
  expect(missing.stdout).toBe("");
  expect(missing.stderr).toMatch(/--year-start DATE/);
});

test("skills and stage go to SALARYBAND as the plan file gives them", () => {
  const yearStart = "2027-01-01";
  const year = (skills: string, stage: string) => {
    const csv = `role,level,start,skills,stage\nMLOps Engineer,Senior,2027-01-01,"${skills}",${stage}\n`;
    return Number((parse(pricePlan(csv, { yearStart, taxYear: "2026/27", agingRate: "0" })) as string[][])[1][18]);
  };
  // A whole calendar year from 1 January, unaged: the year is the loaded cost of the band's mid
  const loaded = (skills: string | null, stage: string | null) =>
    evaluate("LOADEDCOST", [
      evaluate("SALARYBAND", ["MLOps Engineer", "Senior", null, "mid", skills, stage])[0][0],
      "2026/27",
    ])[0][0];
  expect(year("", "")).toBe(loaded(null, null));
  expect(year("Kubernetes, GPU", "")).toBe(loaded("Kubernetes, GPU", null));
  expect(year("", "Early Startup")).toBe(loaded(null, "Early Startup"));
  expect(year("Kubernetes, GPU", "")).toBeGreaterThan(year("", ""));
});
