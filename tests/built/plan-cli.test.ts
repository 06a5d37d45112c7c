/**
 * aipay plan, built: the shared plans priced against hand-computed figures, the output's
 * layout, totals and assumptions, --json, -o, and hostile plan files.
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "csv-parse/sync";
import { evaluate, payGuide, planFields, planInputs } from "../support/engine";
import { planFile, planOptions, sharedPlans, type SharedPlan } from "../support/plans";

const cli = path.resolve(__dirname, "../../dist/cli/aipay.js");
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "aipay-plan-"));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

/** A file in the test's directory holding `text`. */
function fileOf(text: string | Buffer): string {
  const file = path.join(directory, `plan-${Math.random().toString(36).slice(2)}.csv`);
  fs.writeFileSync(file, text);
  return file;
}

/** Runs the built CLI's plan command on a file holding `text`. */
const plan = (text: string | Buffer, options: string[], spawn: SpawnSyncOptions = {}) =>
  spawnSync(process.execPath, [cli, "plan", fileOf(text), ...options], { encoding: "utf8", ...spawn }) as {
    status: number | null;
    stdout: string;
    stderr: string;
  };

const fy2027 = ["--year-start", "2027-04-01", "--tax-year", "2026/27", "--aging-rate", "0.04"];

/** Where the output's columns are: the fields, kind and the chain's figures, twelve months, the year, one-offs. */
const monthsAt = planFields.length + 6;
const yearAt = monthsAt + 12;
const oneOffsAt = yearAt + 1;
const column = (name: string) => planFields.findIndex((field) => field.name === name);

/** The CSV output read back: the hires' rows, the labelled summary rows and the assumptions by label. */
function budget(stdout: string, delimiter = ",") {
  const [header, ...rest] = parse(stdout, { delimiter }) as string[][];
  const hires = rest.slice(
    0,
    rest.findIndex((row) => row[0] === "Employees total"),
  );
  const labelled = new Map(rest.slice(hires.length).map((row) => [row[0], row]));
  const months = (label: string) => labelled.get(label)!.slice(monthsAt, yearAt).map(Number);
  const assumption = (label: string) => labelled.get(label)?.[1];
  return { header, hires, months, year: (label: string) => Number(labelled.get(label)![yearAt]), assumption };
}

const figures = (row: string[]) => ({
  kind: row[planFields.length],
  rate: Number(row[planFields.length + 1]),
  aged: Number(row[planFields.length + 2]),
  pay: Number(row[planFields.length + 3]),
  compaRatio: Number(row[planFields.length + 4]),
  annual: Number(row[planFields.length + 5]),
  months: row.slice(monthsAt, yearAt).map(Number),
  year: Number(row[yearAt]),
});

const pence = (amount: number) => Math.round(amount * 100) / 100;
const sum = (values: readonly number[]) => pence(values.reduce((a, b) => a + b, 0));

const priced = (shared: SharedPlan) => plan(planFile(shared), planOptions(shared));
const pricedPlans = sharedPlans.map(priced);
const [employees, contractors, reviewed, percentile, positions] = pricedPlans;

describe("the shared plans", () => {
  test.each(sharedPlans.map((shared, i) => [shared.name, i]))("%s: priced, exit 0, a row per hire", (_, i) => {
    const out = pricedPlans[i as number];
    expect(out.stderr).toBe("");
    expect(out.status).toBe(0);
    const { hires } = budget(out.stdout);
    expect(hires).toHaveLength(sharedPlans[i as number].rows.length);
    // Each row's year is its twelve months.
    for (const row of hires) expect(figures(row).year).toBeCloseTo(sum(figures(row).months), 2);
  });

  test("the header: every field of the model, the chain's figures, the year's first-of-month dates, the year", () => {
    const { header } = budget(employees.stdout);
    expect(header.slice(0, planFields.length)).toEqual(planFields.map((field) => field.name));
    expect(header.slice(planFields.length, monthsAt)).toEqual([
      "Kind",
      "Market rate at target",
      "Market aged to start",
      "Pay priced",
      "Compa-ratio",
      "Cost a year",
    ]);
    expect(header.slice(monthsAt)).toEqual([
      ...["2027-04-01", "2027-05-01", "2027-06-01", "2027-07-01", "2027-08-01", "2027-09-01"],
      ...["2027-10-01", "2027-11-01", "2027-12-01", "2028-01-01", "2028-02-01", "2028-03-01"],
      "Year",
      "One-off costs",
    ]);
  });

  test("positions: the built command prints the hand-worked years and agency fees (tests/unit/plan-positions.test.ts)", () => {
    const { hires, year } = budget(positions.stdout);
    // Existing 98,385.54; leaver 20,181.40; backfill 22,596.27; open 90,042.54; offer 107,384.63;
    // hired 67,735.80; contractors 164,575 and 142,000.60; existing 146,124.91; two open 83,313.81.
    expect(hires.map((row) => figures(row).year)).toEqual([
      98385.54, 20181.4, 22596.27, 90042.54, 107384.63, 67735.8, 164575, 142000.6, 146124.91, 83313.81,
    ]);
    // Fees: 11,700 (backfill), 20,000 (offer), 12,375 (hire at 15%), 28,800 (two open at 20% less 10%)
    expect(hires.map((row) => Number(row[oneOffsAt]))).toEqual([0, 0, 11700, 0, 20000, 12375, 0, 0, 0, 28800]);
    expect([year("One-off costs"), year("Total")]).toEqual([72875, 1015215.5]);
  });

  test("a leaver: a Mid-Level MLOps Engineer aged to her start, loaded, phased by payroll months until 31 December", () => {
    // mid (55,000 + 75,000) / 2 = 65,000, aged 1 + 90/365 years at 4%: × 1.04^1.246575 = 68,256.92;
    // loaded for 2026/27: 68,256.92 + 15% × (68,256.92 − 5,000) + 3% × (50,270 − 6,240) = 79,066.36.
    // April, a twelfth: 79,066.36 / 12 = 6,588.863… → 6,588.86; April–December is 9 months: × 9/12 = 59,299.77.
    const leaver = figures(budget(employees.stdout).hires[0]);
    expect([leaver.kind, leaver.rate, leaver.aged, leaver.annual]).toEqual(["Employee", 65000, 68256.92, 79066.36]);
    expect(leaver.months[0]).toBe(6588.86);
    expect(leaver.months.slice(9)).toEqual([0, 0, 0]);
    expect(leaver.year).toBe(59299.77);
  });

  test("a part-timer (0.5) is one person on half the salary, so the NI threshold and pension band are hers", () => {
    // half of 68,256.92 is 34,128.46: + 15% × (34,128.46 − 5,000) + 3% × (34,128.46 − 6,240)
    // = 34,128.46 + 4,369.27 + 836.65 = 39,334.38, a whole year from 1 April.
    const halfTime = figures(budget(employees.stdout).hires[1]);
    expect(halfTime.annual).toBe(39334.38);
    expect(halfTime.year).toBe(39334.38);
    // 2.5 heads: two full-time and one at half time
    const { hires } = budget(employees.stdout);
    const mlops = evaluate("LOADEDCOST", [figures(hires[3]).aged, "2026/27"])[0][0] as number;
    const part = evaluate("LOADEDCOST", [figures(hires[3]).aged * 0.5, "2026/27"])[0][0] as number;
    expect(figures(hires[3]).annual).toBeCloseTo(2 * mlops + part, 2);
  });

  test("an outside contractor costs the aged day rate × days; inside through an agency the same; inside paid by the client, NI and levy more", () => {
    const [outside, agency, client] = budget(contractors.stdout).hires.map(figures);
    // AI Engineer Senior outside: mid (650 + 800) / 2 = 725 a day, aged 1 + 90/365 years at 4%:
    // 725 × 1.04^1.246575 = 761.33; × 227 days (the client's year) = 172,821.91, a whole year from 1 April.
    expect([outside.kind, outside.rate, outside.aged, outside.annual]).toEqual(["Contractor", 725, 761.33, 172821.91]);
    expect(outside.year).toBe(172821.91);
    // April: 172,821.91 / 12 = 14,401.825… → 14,401.83
    expect(outside.months[0]).toBe(14401.83);
    expect(agency.annual).toBe(172821.91);
    // the client as fee payer adds employer NI on the deemed payment above the £5,000 secondary
    // threshold and the 0.5% levy: 15% × 167,821.91 + 0.5% × 172,821.91 = 25,173.29 + 864.11 → 198,859.31
    expect(client.annual).toBe(198859.31);
    expect(client.year).toBe(198859.31);
  });

  test("a contractor's rate is not reviewed; an employee's is", () => {
    const { hires } = budget(reviewed.stdout);
    // Head of MLOps, high 160,000 aged to 1 October 2026 (273/365 of a year at 4%): 164,763.11;
    // loaded 164,763.11 + 15% × 159,763.11 + 1,320.90 = 190,048.48; reviewed 3% on 1 April 2027:
    // 195,749.93 over the year.
    expect(figures(hires[0]).annual).toBe(190048.48);
    expect(figures(hires[0]).year).toBe(195749.93);
    // ML Platform Engineer outside from 1 September, unreviewed: September to March is 7 payroll
    // months of 12 at the rate it started on.
    const platform = figures(hires[2]);
    expect(platform.year).toBeCloseTo(pence((platform.annual * 7) / 12), 2);
  });

  test("a percentile target prices contractor rows at that percentile of the day rate, and does not refuse them", () => {
    const [employee, insideClient, insideAgency, outside] = budget(percentile.stdout).hires.map(figures);
    expect(employee.rate).toBe(evaluate("SALARYBAND", ["AI Engineer", "Senior", "London", 0.9])[0][0]);
    expect(insideClient.rate).toBe(evaluate("DAYRATE", ["ML Engineer", "Senior", "outside", 0.9])[0][0]);
    expect(outside.rate).toBe(evaluate("DAYRATE", ["MLOps Engineer", "Mid-Level", "outside", 0.9])[0][0]);
    // the plan's default fee payer (client) prices the row that names none; 200 days a year
    expect(insideAgency.annual).toBe(pence(insideAgency.aged * 200));
    expect(insideClient.annual).toBeGreaterThan(insideAgency.annual);
  });
});

test("inside IR35 never costs the client less than outside, for every role and level with a day rate", () => {
  const { roles, levels } = payGuide.data.guide.dayRates;
  const variants = [
    ["outside", ""],
    ["inside", "agency"],
    ["inside", "client"],
  ];
  const lines = roles.flatMap(({ role }) =>
    levels.flatMap(({ level }) => variants.map(([ir35, payer]) => `${role},${level},2027-06-01,${ir35},${payer}`)),
  );
  const out = plan(["role,level,start,ir35,feePayer", ...lines].join("\n"), fy2027);
  expect(out.status).toBe(0);
  const rows = budget(out.stdout).hires.map(figures);
  expect(rows).toHaveLength(roles.length * levels.length * 3);
  for (let i = 0; i < rows.length; i += 3) {
    const [outside, agency, client] = rows.slice(i, i + 3);
    expect(agency.year).toBeGreaterThanOrEqual(outside.year);
    expect(client.year).toBeGreaterThan(outside.year);
  }
});

describe("totals and assumptions", () => {
  test("employees and contractors are totalled and counted apart; heads may be fractions", () => {
    const { hires, months, year } = budget(employees.stdout);
    const byMonth = (k: number) => sum(hires.map((row) => figures(row).months[k]));
    expect(months("Employees total")).toEqual(Array.from({ length: 12 }, (_, k) => byMonth(k)));
    expect(months("Contractors total")).toEqual(new Array(12).fill(0));
    expect(year("Total")).toBe(sum(hires.map((row) => figures(row).year)));
    // leaver April–December (1), a half-timer all year (0.5), 2 from 15 July, 2.5 from 15 June
    expect(months("Employees in post")).toEqual([1.5, 1.5, 4, 6, 6, 6, 6, 6, 6, 5, 5, 5]);
    // three from 1 April, one from 1 June to 30 November, and half a head from 1 May
    const contracted = budget(contractors.stdout);
    expect(contracted.months("Contractors in post")).toEqual([
      3, 3.5, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5, 3.5, 3.5, 3.5, 3.5,
    ]);
    expect(contracted.months("Employees in post")).toEqual(new Array(12).fill(0));
    const total = contracted.months("Total");
    let running = 0;
    expect(contracted.months("Cumulative")).toEqual(total.map((month) => (running = pence(running + month))));
  });

  test("the assumptions block states every input as priced, and the guide's edition", () => {
    const { assumption } = budget(percentile.stdout);
    const { source } = payGuide.data.guide;
    expect(planInputs.map((input) => assumption(input.label))).toEqual([
      "2027-04-01",
      "2026/27",
      "0.9",
      "0.04",
      "none",
      String(payGuide.data.trends.salaryGrowth.annualRate),
      "6",
      "200",
      "client",
      "0",
      "0",
      "0",
    ]);
    expect(assumption("Pay guide")).toBe(source.citation);
    expect(assumption("Pay guide edition")).toBe(source.edition);
    expect(assumption("Pay guide data as of")).toBe(source.asOf);
    expect(assumption("Pay guide effective date")).toBe(source.effectiveDate);
  });

  test("--json is the same budget as one document: rows, totals and assumptions", () => {
    const json = plan(planFile(sharedPlans[1]), [...planOptions(sharedPlans[1]), "--json"]);
    expect(json.status).toBe(0);
    const document = JSON.parse(json.stdout);
    const csv = budget(contractors.stdout);
    expect(document.months).toEqual(csv.header.slice(monthsAt, yearAt));
    expect(document.rows.map((row: { line: number }) => row.line)).toEqual([2, 3, 4, 5, 6]);
    document.rows.forEach((row: Record<string, unknown>, i: number) => {
      const { kind, ...shown } = figures(csv.hires[i]);
      expect(kind).toBe("Contractor");
      expect(row).toMatchObject({ ...shown, kind: "contractor", role: sharedPlans[1].rows[i].role, stage: null });
      expect((row.heads as number[]).length).toBe(12);
    });
    expect(document.totals.contractorsInPost).toEqual(csv.months("Contractors in post"));
    expect(document.totals.year.total).toBe(csv.year("Total"));
    expect(Object.keys(document.assumptions)).toEqual([
      ...planInputs.map((i) => i.name),
      "guide",
      "guideEdition",
      "guideAsOf",
      "guideEffectiveDate",
    ]);
    expect(document.assumptions).toMatchObject({ taxYear: "2026/27", payTarget: "mid", reviewMonth: null });
  });
});

const simple = "role,level,start\nAI Engineer,Senior,2027-04-01\n";

describe("hostile plan files", () => {
  const simpleYear = () => figures(budget(plan(simple, fy2027).stdout).hires[0]).year;

  (fs.existsSync("/dev/full") ? test : test.skip)(
    "a write error (a full disk) is one line on stderr and exit 2",
    () => {
      const full = fs.openSync("/dev/full", "w");
      try {
        const out = plan(simple, fy2027, { stdio: ["pipe", full, "pipe"] });
        expect(out.stderr).toBe("aipay: cannot write the output: ENOSPC: no space left on device, write\n");
        expect(out.status).toBe(2);
      } finally {
        fs.closeSync(full);
      }
    },
  );

  test("two headers that name one field (level and Level) are refused, naming both", () => {
    const out = plan("role,level,Level,start\nAI Engineer,Senior,Junior,2027-04-01\n", fy2027);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/: the columns "level" and "Level" are the same column/);
  });

  test("headers are compared without case, spaces, underscores or hyphens", () => {
    const out = plan(
      "ROLE,Level,Start,IR35,Fee payer,cost-centre\nAI Engineer,Senior,2027-04-01,inside,client,CC 7\n",
      fy2027,
    );
    expect(out.status).toBe(0);
    const row = budget(out.stdout).hires[0];
    expect([row[column("feePayer")], row[column("costCentre")]]).toEqual(["client", "CC 7"]);
    expect(plan("role,start,fee_payer,feePayer\nAI Engineer,2027-04-01,,\n", fy2027).stderr).toMatch(
      /"fee_payer" and "feePayer" are the same column/,
    );
  });

  test("cells a spreadsheet would read as formulas are written as text; the figures stay numbers", () => {
    const csv =
      'role,level,start,department,costCentre,notes\nAI Engineer,Senior,2027-04-01,=1+2,+44 20,"\t=HYPERLINK(""x"")"\n' +
      "AI Engineer,Senior,2027-04-01,-5,@SUM(A1),ok\n";
    const { hires } = budget(plan(csv, fy2027).stdout);
    expect(hires.map((row) => [row[column("department")], row[column("costCentre")], row[column("notes")]])).toEqual([
      ["'=1+2", "'+44 20", `'\t=HYPERLINK("x")`],
      ["'-5", "'@SUM(A1)", "ok"],
    ]);
    expect(figures(hires[0]).annual).toBeGreaterThan(0);
    expect(hires[0][yearAt]).toMatch(/^\d+(\.\d+)?$/);
  });

  test("a cell holding a semicolon is quoted, so that Excel with either list separator keeps it one cell", () => {
    const out = plan("role,level,start,notes\nAI Engineer,Senior,2027-04-01,a;=1+2\n", fy2027);
    expect(out.stdout).toContain(',"a;=1+2",');
  });

  test("a UTF-8 byte-order mark and CRLF line ends, as Excel's CSV UTF-8 writes them", () => {
    const out = plan(Buffer.from(`\uFEFF${simple.replace(/\n/g, "\r\n")}`), fy2027);
    expect(out.status).toBe(0);
    expect(figures(budget(out.stdout).hires[0]).year).toBe(simpleYear());
  });

  test.each([
    ["semicolon", ";"],
    ["tab", "\t"],
  ])("a %s-separated file is read by the delimiter of its header, and written with it", (_, delimiter) => {
    const out = plan(simple.replace(/,/g, delimiter), fy2027);
    expect(out.status).toBe(0);
    expect(out.stdout.split("\n")[0]).toContain(`role${delimiter}level${delimiter}location`);
    expect(figures(budget(out.stdout, delimiter).hires[0]).year).toBe(simpleYear());
  });

  test("a year with no employer rates is refused unless --tax-year names the rates to use", () => {
    const out = plan(simple, ["--year-start", "2027-04-01"]);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe("");
    expect(out.stderr).toBe(
      "aipay plan: #N/A: AIPAY holds no employer rates for 2027/28: name the tax year whose rates to use, 2025/26 or 2026/27.\n",
    );
    const named = plan(simple, ["--year-start", "2027-04-01", "--tax-year", "2026/27"]);
    expect(named.status).toBe(0);
    expect(budget(named.stdout).assumption("Tax year of employer rates")).toBe("2026/27");
  });

  test("ir35 = no is refused with its line and the words that are meant", () => {
    const out = plan("role,level,start,ir35\nAI Engineer,Senior,2027-04-01,no\n", fy2027);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(
      /: line 2: #VALUE!: ir35 must be "outside" or "inside" for a contractor, or empty for an employee \(got "no"\)\.\n$/,
    );
  });

  test("day-first dates, in the file and in --year-start, are read as UK Excel writes them", () => {
    const iso = plan("role,level,start,end\nAI Engineer,Senior,2027-06-15,2028-01-31\n", fy2027);
    const uk = plan("role,level,start,end\nAI Engineer,Senior,15/06/2027,31/01/2028\n", [
      ...fy2027.slice(2),
      "--year-start",
      "01/04/2027",
    ]);
    expect(uk.status).toBe(0);
    expect(uk.stdout).toBe(iso.stdout);
    expect(budget(uk.stdout).hires[0][column("start")]).toBe("2027-06-15");
  });
});

describe("a plan that cannot be priced", () => {
  const bad =
    "role,level,start,headcount\nLLM Engineer,Senior,2027-07-15,1\nFoo,Senior,2027-07-01,1\n" +
    '"AI\nEngineer",Nope,2027-07-01,1\nAI Engineer,Senior,2027-07-01,-1\n';

  test("each bad row is reported with the line it starts on; stdout ends with a Refused row; exit 1", () => {
    const out = plan(bad, fy2027);
    expect(out.status).toBe(1);
    const lines = out.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^aipay plan .*: line 3: #N\/A: Unknown role 'Foo'/);
    expect(lines[1]).toMatch(/: line 4: #N\/A: .*Nope/);
    expect(lines[2]).toMatch(/: line 6: #NUM!: headcount cannot be negative/);
    expect(lines).toHaveLength(3);
    const rows = parse(out.stdout) as string[][];
    // The header, the one good row before the first bad one, and the marker: no totals.
    expect(rows.map((row) => row[0])).toEqual(["role", "LLM Engineer", "Refused"]);
    expect(rows[2][1]).toMatch(/^line 3: #N\/A: Unknown role 'Foo'/);
  });

  test("--json is left unfinished, so that no parser takes a part for the whole", () => {
    const out = plan(bad, [...fy2027, "--json"]);
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/^\{"months"/);
    expect(() => JSON.parse(out.stdout)).toThrow();
  });

  test("with -o, the file is written only when the whole plan is priced, and left as it was otherwise", () => {
    const target = path.join(directory, "budget.csv");
    const good = plan(simple, [...fy2027, "-o", target]);
    expect(good.status).toBe(0);
    expect(good.stdout).toBe("");
    const written = fs.readFileSync(target, "utf8");
    expect(budget(written).hires).toHaveLength(1);
    const failed = plan(bad, [...fy2027, "-o", target]);
    expect(failed.status).toBe(1);
    expect(fs.readFileSync(target, "utf8")).toBe(written);
    // no temporary file is left beside it
    expect(fs.readdirSync(directory).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    const missing = path.join(directory, "never.csv");
    expect(plan(bad, [...fy2027, "-o", missing]).status).toBe(1);
    expect(fs.existsSync(missing)).toBe(false);
  });

  test("-o to a place that cannot be written is exit 2 with the reason", () => {
    const out = plan(simple, [...fy2027, "-o", path.join(directory, "no-such-folder", "budget.csv")]);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/^aipay plan: cannot write .*budget\.csv: ENOENT/);
  });

  test("the file's header and its rows are checked before anything is written", () => {
    const refused = (csv: string) => {
      const out = plan(csv, fy2027);
      expect(out.stdout).toBe("");
      expect(out.status).toBe(1);
      return out.stderr;
    };
    expect(refused("role,level,when\nAI Engineer,Senior,2027-07-01\n")).toMatch(
      `: unknown column "when": columns are ${planFields.map((f) => f.name).join(", ")}.\n`,
    );
    expect(refused("role,level\nAI Engineer,Senior\n")).toMatch(/the header needs the column start\.\n$/);
    expect(refused("role,start\n\n")).toMatch(/the plan has no rows/);
    expect(refused('role,start\n"AI Engineer,2027-01-01\n')).toMatch(/not a CSV file: Quote Not Closed/);
    expect(refused("role,start\nAI Engineer,2027-07-01,extra\n")).toMatch(
      /: line 2 has 3 cells where the header names 2 columns: quote a cell that holds the delimiter\.\n$/,
    );
  });

  test("options: --year-start required, the first of a month; every input is an option; misuse is exit 2", () => {
    const missing = plan(simple, []);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^aipay plan: --year-start is required\.\naipay plan FILE --year-start DATE/);
    for (const input of planInputs) expect(missing.stderr).toContain(`--${input.flag} `);
    expect(plan(simple, ["--year-start", "2027-04-15"]).stderr).toMatch(
      /^aipay plan: #NUM!: --year-start must be the first day of a month/,
    );
    expect(plan(simple, [...fy2027, "--bogus"]).stderr).toMatch(/^aipay plan: unknown option --bogus\./);
    const help = spawnSync(process.execPath, [cli, "plan", "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--fee-payer WORD");
  });
});

describe("--edition", () => {
  test("the default edition named is the same budget as none named", () => {
    const file = planFile(sharedPlans[0]);
    const named = plan(file, [...planOptions(sharedPlans[0]), "--edition", "2026"]);
    expect(named.status).toBe(0);
    expect(named.stdout).toBe(plan(file, planOptions(sharedPlans[0])).stdout);
  });
  test("an edition AIPAY does not hold is refused before any row, naming those it does", () => {
    const out = plan(planFile(sharedPlans[0]), [...planOptions(sharedPlans[0]), "--edition", "1999"]);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain(`AIPAY holds no edition '1999' of the guide: use "2026".`);
  });
});
