/** AIPAY.BASIS: a figure's provenance in a neighbouring cell, for the same arguments as the figure. */
import { evaluate, FUNCTIONS } from "../support/engine";
import { latestHeld } from "../support/tax-years";

const basis = (...args: unknown[]) => evaluate("BASIS", args)[0][0];
const mlopsTable = "2. MLOps Engineer Salaries, Permanent Salary Ranges (Annual, £)";

describe("SALARYBAND", () => {
  test("a printed end is published, with its section and table", () => {
    expect(basis("SALARYBAND", "MLOps Engineer", "Senior", "London", "low")).toBe(
      `Published: ${mlopsTable} (MLOps Engineer, Senior (4–7 years), London)`,
    );
    expect(basis("AIPAY.SALARYBAND", "MLOps", "Senior", null, "range")).toBe(
      `Published: ${mlopsTable} (MLOps Engineer, Senior (4–7 years), UK National)`,
    );
  });

  test("mid is the midpoint of the printed range, said plainly", () => {
    expect(basis("SALARYBAND", "MLOps Engineer", "Senior")).toBe(
      `Derived: mid is the arithmetic midpoint of the 25th–75th percentile range. From ${mlopsTable} (MLOps Engineer, Senior (4–7 years), UK National)`,
    );
  });

  test("a Bristol band with a skill and a percentile names every rule and section, in order", () => {
    const text = basis("SALARYBAND", "MLOps Engineer", "Senior", "Bristol", 0.6, "Kubernetes") as string;
    expect(text).toMatch(
      /^Derived: Bristol from the London band by §8's typical Senior ranges, low × 0\.827 .*8\. London vs Regional Comparison/,
    );
    expect(text).toContain('§8\'s "vs London" column (−12% to −18%) would give × 0.85: £72,250 – £93,500');
    expect(text).toContain("Kubernetes orchestration & Helm charts premium × 1.075");
    expect(text).toContain("2. MLOps Engineer Salaries, Skills Commanding Premium");
    expect(text).toContain("the 0.6 percentile of a lognormal");
    expect(text).toMatch(/From 2\. MLOps Engineer Salaries, .*\(MLOps Engineer, Senior \(4–7 years\), Bristol\)$/);
  });

  test("a leadership Remote UK band reads the UK Range, and says why", () => {
    expect(basis("SALARYBAND", "Head of MLOps", null, "Remote UK", "high")).toMatch(
      /^Derived: Remote UK reads the UK National band \(£120,000 – £160,000\): .*From 6\. Leadership & Principal Roles/,
    );
  });

  test("arguments the figure refuses give the figure's own error", () => {
    expect(basis("SALARYBAND", "MLOps Lead")).toEqual(evaluate("SALARYBAND", ["MLOps Lead"])[0][0]);
    expect(basis("SALARYBAND", "Chief AI Officer", null, "London", 0.9)).toMatchObject({ code: "#N/A" });
  });
});

test("DAYRATE inside IR35 is derived: the contractor's effective rate", () => {
  expect(basis("DAYRATE", "MLOps Engineer", "Senior", null, "high")).toBe(
    "Published: 7. Contractor Day Rates, Day Rates by Role (£/day) (MLOps Engineer, Senior, UK)",
  );
  expect(basis("DAYRATE", "MLOps Engineer", "Senior", "inside", "high")).toMatch(
    /^Derived: inside IR35, the contractor's effective rate: the assignment rate × 0\.825/,
  );
});

test("TOTALCOMP says its ends are bounds", () => {
  expect(basis("TOTALCOMP", "MLOps Engineer", "Senior", null, "range", null, "Scale-up")).toMatch(
    /^Derived: Scale-up base × 0\.95 .*\+ bonus: Scale-up target 10%–20% of base .*low and high are bounds, not percentiles/,
  );
});

test("budget functions name their rates and conventions", () => {
  expect(basis("LOADEDCOST", 100000)).toBe(
    `Derived: the salary given + employer NI + minimum pension, at ${latestHeld} employer rates (gov.uk pages cited in employer-costs.json)`,
  );
  expect(basis("CONTRACTCOST", 625, null, "inside", "client")).toMatch(
    /^Derived: the day rate given × 227 days \(AIPAY convention: the client's year.*\) \+ employer NI and Apprenticeship Levy on the deemed payment, inside IR35 with the client as fee-payer, at /,
  );
  expect(basis("CONTRACTCOST", 625, null, "inside", "client")).toContain(
    `as fee-payer, at ${latestHeld} employer rates`,
  );
  expect(basis("GROWTH", 100000, "2026-01-01", "2027-01-01")).toBe(
    "Derived: the amount given, compounded at 4% a year, the projection of AI & Machine Learning Hiring Trends – Q1 2026 (UK vs US)",
  );
  expect(basis("PERMVSCONTRACT", "MLOps", "Senior")).toMatch(/^Salary: Derived: mid is .* \| day rate: Derived: mid/);
});

test("every figure function has a basis; the lists have none and say which do", () => {
  const figures = [
    "SALARYBAND",
    "DAYRATE",
    "TOTALCOMP",
    "SKILLPREMIUM",
    "LOCATIONFACTOR",
    "LOADEDCOST",
    "PRORATE",
    "GROWTH",
    "CONTRACTCOST",
    "PERMVSCONTRACT",
    "COMPARATIO",
    "RANGEPOSITION",
  ];
  expect(
    FUNCTIONS.filter((f) => f.basis)
      .map((f) => f.name)
      .sort(),
  ).toEqual([...figures].sort());
  expect(basis("ROLES")).toMatchObject({
    code: "#VALUE!",
    message: expect.stringContaining("BASIS explains a figure function: SALARYBAND"),
  });
  expect(basis("SALARYBAND", "MLOps", "Senior", null, null, null, null, "extra")).toMatchObject({ code: "#VALUE!" });
});

test("BASIS lifts over a plan's columns like the figure does", () => {
  const cells = evaluate("BASIS", ["SALARYBAND", [["MLOps"], ["Data"]], "Senior", [["London"], ["Manchester"]], "low"]);
  expect(cells[0][0]).toMatch(/^Published:/);
  expect(cells[1][0]).toMatch(/^Derived: Manchester from the London band/);
});

describe("a figure built on a band whose top is a floor says 'at least'", () => {
  test("the mid and high of a '£…+' band, and a total built on one; never the printed low", () => {
    // Chief AI Officer London £250k – £400k+: the mid 325,000 is a lower bound
    expect(basis("SALARYBAND", "Chief AI Officer", null, "London")).toContain(
      "At least: the guide prints the high end as a floor (£400,000+), so the mid is a lower bound, not the midpoint of a known range.",
    );
    expect(basis("SALARYBAND", "Chief AI Officer", null, "London", "high")).toMatch(
      /^Published: .*At least: the guide prints the high end as a floor \(£400,000\+\), so the high end is a lower bound\.$/,
    );
    expect(basis("SALARYBAND", "Chief AI Officer", null, "London", "low")).not.toContain("At least");
    // Total: 400,000 × (1 + 60%+) = 640,000, a floor on a floor
    expect(basis("TOTALCOMP", "Chief AI Officer", null, "London")).toContain("floor (£640,000+), so the mid");
    expect(basis("SALARYBAND", "MLOps Engineer", "Senior")).not.toContain("At least");
  });

  test("PERMVSCONTRACT's salary row says so in its label", () => {
    // LLM Lead/Principal London £150,000 – £200,000+: mid 175,000
    const table = evaluate("PERMVSCONTRACT", ["LLM Engineer", "Lead", "London"]);
    expect(table[0]).toEqual(["Permanent salary (band midpoint, at least: its top is a floor, London)", 175000]);
    expect(evaluate("PERMVSCONTRACT", ["LLM Engineer", "Senior", "London"])[0][0]).toBe(
      "Permanent salary (band midpoint, London)",
    );
  });
});
