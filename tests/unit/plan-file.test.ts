/**
 * The plan command's parts that need no build: reading a plan file's header and lines,
 * the running totals, the CSV form's neutralised text, and the options from the model.
 */
import {
  breaksWithin,
  firstLine,
  headerDelimiter,
  headerFields,
  PlanFileError,
  rowValues,
} from "../../src/cli/plan-file";
import { csvLayout, neutralised } from "../../src/cli/plan-csv";
import { PlanTotals, yearOf } from "../../src/cli/plan-totals";
import { planUsage, readPlanArguments, UsageError, withFlags } from "../../src/cli/plan-options";
import { planFields, planInputs, type PricedHire } from "../support/engine";
import { planFile, pricedTable, sharedPlans } from "../support/plans";

describe("the header line", () => {
  test("the delimiter is the one of comma, semicolon and tab the header holds most of, outside quotes", () => {
    expect(headerDelimiter("role,level,start")).toBe(",");
    expect(headerDelimiter("role;level;start")).toBe(";");
    expect(headerDelimiter("role\tlevel\tstart")).toBe("\t");
    // a quoted header holding the others does not count them
    expect(headerDelimiter('"a;b;c",role,start')).toBe(",");
    expect(headerDelimiter('role;"level,grade";start')).toBe(";");
    // a tie, or none, is a comma
    expect(headerDelimiter("role;level,start")).toBe(",");
    expect(headerDelimiter("role")).toBe(",");
    // the header is the first line that is not blank
    expect(headerDelimiter(firstLine("\uFEFF\r\n  \nrole;level;start\r\nx,y;z"))).toBe(";");
  });

  test("headers name fields without case, spaces, underscores or hyphens", () => {
    expect(headerFields(["ROLE", "Fee payer", "cost_centre", "Start", "i-r-35"])).toEqual([
      "role",
      "feePayer",
      "costCentre",
      "start",
      "ir35",
    ]);
  });

  test("two headers that name one field are refused, naming both; unknown and missing columns too", () => {
    expect(() => headerFields(["role", "start", "feePayer", "Fee_Payer"])).toThrow(
      new PlanFileError(
        'the columns "feePayer" and "Fee_Payer" are the same column (headers are compared without case, spaces, underscores or hyphens).',
      ),
    );
    expect(() => headerFields(["role", "start", "when", ""])).toThrow(
      `unknown column "when", "": columns are ${planFields.map((f) => f.name).join(", ")}.`,
    );
    expect(() => headerFields(["level", "location"])).toThrow("the header needs the column role and start.");
  });
});

test("a line's cells as a plan row: blank cells absent, dates read day first or ISO, other text as given", () => {
  const fields = headerFields(["role", "start", "end", "notes", "headcount"]);
  expect(rowValues(["AI Engineer", "15/06/2027", "2028-01-31", "15/06/2027", ""], fields)).toEqual({
    role: "AI Engineer",
    start: "2027-06-15",
    end: "2028-01-31",
    notes: "15/06/2027",
  });
  // a date that names no day is passed on as given, for the engine's message to quote
  expect(rowValues(["AI Engineer", "31/02/2027", "", "", "2"], fields)).toMatchObject({
    start: "31/02/2027",
    headcount: "2",
  });
});

test("line breaks inside quoted cells count however they are written", () => {
  expect(breaksWithin(["a", "b"])).toBe(0);
  expect(breaksWithin(["a\nb", "c\r\nd\re"])).toBe(3);
});

test("a plan's line numbers are the lines its records start on, past blank lines and quoted breaks, CRLF or not", () => {
  for (const end of ["\n", "\r\n"]) {
    const csv = ["role,start", "", "Nope,2027-04-01", '"Two', 'lines",2027-04-01', "", "", "Also no,2027-04-01"].join(
      end,
    );
    const { problems } = pricedTable(csv, { yearStart: "2027-04-01", taxYear: "2026/27" });
    expect(problems.map((p) => p.slice(0, 8))).toEqual(["line 3: ", "line 4: ", "line 8: "]);
  }
});

test("totals add in pence and millionths of a head, so long plans sum exactly", () => {
  const hire = (kind: PricedHire["kind"], month: number, heads: number): PricedHire => ({
    kind,
    type: "new",
    status: "hired",
    rate: 0,
    aged: 0,
    pay: 0,
    compaRatio: 1,
    annual: 0,
    months: new Array(12).fill(month),
    oneOffs: new Array(12).fill(month),
    heads: new Array(12).fill(heads),
  });
  const totals = new PlanTotals();
  for (let i = 0; i < 100_000; i++) totals.add(hire(i % 2 === 0 ? "employee" : "contractor", 0.1, 0.1));
  const byMonth = totals.byMonth();
  // 50,000 × £0.10 = £5,000.00 each, where adding 0.1 in floating point drifts (to 5,000.000000000…)
  expect(byMonth.employees[0]).toBe(5000);
  expect(byMonth.contractors[11]).toBe(5000);
  // and 100,000 × £0.10 of one-off costs: 10,000 a month
  expect(byMonth.oneOffs[5]).toBe(10000);
  expect(byMonth.total[0]).toBe(20000);
  expect(byMonth.cumulative[11]).toBe(240000);
  expect(byMonth.employeesInPost[0]).toBe(5000);
  expect(yearOf(new Array(12).fill(0.1))).toBe(1.2);
});

describe("formula-looking text (OWASP's CSV injection)", () => {
  test("text starting =, +, -, @, tab or carriage return gets a leading quote; other text is as given", () => {
    expect(["=1+2", "+44", "-5", "@SUM(A1)", "\t=x", "\r=x"].map(neutralised)).toEqual([
      "'=1+2",
      "'+44",
      "'-5",
      "'@SUM(A1)",
      "'\t=x",
      "'\r=x",
    ]);
    expect(["AI Engineer", "a=b", "", "'quoted"].map(neutralised)).toEqual(["AI Engineer", "a=b", "", "'quoted"]);
  });

  test("only text: a figure the engine computed stays a number, negative or not", () => {
    const hire: PricedHire = {
      kind: "employee",
      type: "new",
      status: "hired",
      rate: -1,
      aged: -2,
      pay: -2,
      compaRatio: 1,
      annual: -3,
      months: new Array(12).fill(-0.25),
      oneOffs: new Array(12).fill(0),
      heads: new Array(12).fill(1),
    };
    const [row] = csvLayout.row(2, { role: "=cmd", notes: "-x" }, hire);
    expect(row.slice(0, 1)).toEqual(["'=cmd"]);
    expect(row[planFields.findIndex((f) => f.name === "notes")]).toBe("'-x");
    expect(row.slice(planFields.length + 1)).toEqual([-1, -2, -2, 1, -3, ...new Array(12).fill(-0.25), -3, 0]);
  });
});

describe("options from the model", () => {
  test("every input is an option by its flag; a day-first --year-start is read as ISO", () => {
    const args = planInputs.flatMap((input) => [`--${input.flag}`, input.flag === "year-start" ? "01/04/2027" : "x"]);
    const read = readPlanArguments(["plan.csv", ...args, "-o", "out.csv", "--json"]);
    expect(read).toEqual({
      file: "plan.csv",
      given: Object.fromEntries(planInputs.map((i) => [i.name, i.flag === "year-start" ? "2027-04-01" : "x"])),
      output: "out.csv",
      json: true,
      summary: false,
    });
  });

  test("the usage lists each input's flag and what it takes, from its declaration", () => {
    for (const input of planInputs) expect(planUsage).toContain(`--${input.flag} `);
    expect(planUsage).toMatch(
      /--year-start DATE {2,}the first day of the budget year, the first of a month \(required\)/,
    );
  });

  test("misuse is a UsageError; --help is asked for", () => {
    expect(() => readPlanArguments(["plan.csv"])).toThrow(new UsageError("--year-start is required."));
    expect(() => readPlanArguments(["--year-start", "2027-04-01"])).toThrow(new UsageError("give one plan file."));
    expect(() => readPlanArguments(["a.csv", "--year-start", "x", "--nope"])).toThrow(
      new UsageError("unknown option --nope."),
    );
    expect(readPlanArguments(["--help"])).toBe("help");
  });

  test("an input's message names its option, not its name in the model", () => {
    expect(withFlags("yearStart must be the first day of a month; reviewMonth too")).toBe(
      "--year-start must be the first day of a month; --review-month too",
    );
  });
});

test("every shared plan prices in process without a refused line", () => {
  for (const plan of sharedPlans) {
    const { rows, problems } = pricedTable(planFile(plan), plan.inputs);
    expect(problems).toEqual([]);
    // the header, a row a hire, seven total rows, "Assumptions", an input a line, the guide's four
    // (citation, edition, data date, effective date)
    expect(rows.length).toBe(1 + plan.rows.length + 7 + 1 + planInputs.length + 4);
  }
});
