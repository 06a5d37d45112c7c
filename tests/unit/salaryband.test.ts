import { evaluate } from "../support/engine";
import { PERMANENT_FIGURES } from "../fixtures/published";
import { list, shipped } from "../support/shipped";

const one = (name: string, ...args: unknown[]) => evaluate(name, args)[0][0];

describe("SALARYBAND returns every published permanent figure", () => {
  test.each(PERMANENT_FIGURES)(
    "$role / $level / $location = £$low – £$high",
    ({ role, level, location, low, high }) => {
      expect(one("SALARYBAND", role, level, location, "low")).toBe(low);
      expect(one("SALARYBAND", role, level, location, "high")).toBe(high);
      expect(evaluate("SALARYBAND", [role, level, location, "range"])).toEqual([[low, high]]);
      expect(one("SALARYBAND", role, level, location)).toBe((low + high) / 2);
    },
  );
});

describe("SALARYBAND defaults and points", () => {
  test("location defaults to UK National and point to the midpoint", () => {
    // MLOps Senior UK National is £75,000–£95,000: (75,000 + 95,000) / 2 = 85,000.
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, null)).toBe(85000);
    expect(one("SALARYBAND", "MLOps Engineer", "Senior")).toBe(85000);
  });

  test("the issue's example: MLOps Senior London low is £85,000", () => {
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", "London", "low")).toBe(85000);
  });

  test("LLM Lead/Principal in London keeps its published open-ended £200,000", () => {
    expect(one("SALARYBAND", "LLM Engineer", "Lead/Principal", "London", "high")).toBe(200000);
  });

  test("point words are forgiving: P25, Upper, MID", () => {
    // AI Engineer Mid-Level London is £70,000–£95,000.
    expect(one("SALARYBAND", "AI Engineer", "Mid-Level", "London", "P25")).toBe(70000);
    expect(one("SALARYBAND", "AI Engineer", "Mid-Level", "London", "Upper")).toBe(95000);
    expect(one("SALARYBAND", "AI Engineer", "Mid-Level", "London", "MID")).toBe(82500);
  });

  test("Excel's 1×1 ranges and empty strings are read like scalars and omitted arguments", () => {
    expect(evaluate("SALARYBAND", [[["Data Engineer"]], [["Junior"]], [[""]], [[null]]])).toEqual([[45000]]);
  });
});

describe("levels by years of experience map through the role's own ranges", () => {
  test.each([
    ["MLOps Engineer", 5, 85000], // Senior (4–7 years): £75k–£95k → 85,000
    ["MLOps Engineer", 8, 112500], // Staff/Principal (7+): £95k–£130k → 112,500
    ["MLOps Engineer", 0, 50000], // Junior (0–2): £45k–£55k → 50,000
    ["MLOps Engineer", 2, 65000], // a boundary year belongs to the higher level: Mid-Level £55k–£75k → 65,000
    ["MLOps Engineer", 1.5, 50000], // fractional years stay in Junior
    ["LLM Engineer", 5, 110000], // Senior (4+ years): £90k–£130k → 110,000
    ["LLM Engineer", 25, 110000], // Lead/Principal has no years in the guide, so years never reach it
  ])("%s with %d years → %d", (role, years, mid) => {
    expect(one("SALARYBAND", role, years)).toBe(mid);
  });

  test("negative years are #NUM!", () => {
    const error = one("SALARYBAND", "MLOps Engineer", -1);
    expect(error).toMatchObject({ code: "#NUM!" });
  });
});

describe("names are forgiving", () => {
  test.each([
    ["MLOps", "Senior"],
    ["ml ops engineer", "senior"],
    ["ML-Ops Engineer", "SR"],
    ["mlops-engineer", "Senior (4–7 years)"],
    ["MLOps Engineer", "snr"],
  ])("%s / %s → MLOps Senior UK National", (role, level) => {
    expect(one("SALARYBAND", role, level, "UK", "low")).toBe(75000);
  });

  test("tier aliases land on the table's own label: Staff, Principal and Lead", () => {
    // MLOps top tier is "Staff/Principal (7+ years)" (£95k–£130k); LLM's is "Lead/Principal" (£130k–£180k).
    expect(one("SALARYBAND", "MLOps", "Staff", "National", "low")).toBe(95000);
    expect(one("SALARYBAND", "MLOps", "Lead", "National", "low")).toBe(95000);
    expect(one("SALARYBAND", "LLM", "Principal", "National", "low")).toBe(130000);
    expect(one("SALARYBAND", "LLM", "Staff/Principal", "National", "low")).toBe(130000);
    expect(one("SALARYBAND", "LLM Engineer", "Mid", "Remote", "low")).toBe(68000);
  });

  test("another table's printed label is read by its level name", () => {
    // MLOps prints "Staff/Principal (7+ years)" and "Senior (4–7 years)"; LLM prints "Lead/Principal" and
    // "Senior (4+ years)": London £150,000 and £110,000 low. Day rates print no years: MLOps Lead £700.
    expect(one("SALARYBAND", "LLM", "Staff/Principal (7+ years)", "London", "low")).toBe(150000);
    expect(one("SALARYBAND", "LLM", "Senior (4–7 years)", "London", "low")).toBe(110000);
    expect(one("DAYRATE", "MLOps", "Staff/Principal (7+ years)", null, "low")).toBe(700);
    expect(one("SALARYBAND", "MLOps", "Wizard (3 years)")).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("Unknown level 'Wizard (3 years)'"),
    });
  });
});

describe("errors say what was wrong and what is valid", () => {
  test("an unknown role suggests the closest", () => {
    expect(one("SALARYBAND", "MLOp Engineer", "Senior")).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(
        /^Unknown role 'MLOp Engineer'\. Did you mean 'MLOps Engineer'\? Valid roles: MLOps Engineer, AI Engineer, LLM Engineer, /,
      ),
    });
  });

  test("a role the guide prices only by the day is #N/A, naming DAYRATE", () => {
    expect(one("SALARYBAND", "ML Engineer", "Senior")).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining(
        "publishes no permanent salary for ML Engineer, only contractor day rates (AIPAY.DAYRATE)",
      ),
    });
  });

  test("an unknown level lists the role's levels", () => {
    expect(one("SALARYBAND", "AI Engineer", "Wizard")).toMatchObject({
      code: "#N/A",
      message: `Unknown level 'Wizard' for AI Engineer. Valid levels: ${list(shipped.salaryLevels("AI Engineer"))}, or years of experience as a number.`,
    });
  });

  test("a misspelt level gets a suggestion", () => {
    expect(one("SALARYBAND", "AI Engineer", "Senoir")).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("Did you mean 'Senior'?"),
    });
  });

  test("an unknown location suggests the closest", () => {
    expect(one("SALARYBAND", "AI Engineer", "Senior", "Londn")).toMatchObject({
      code: "#N/A",
      message: `Unknown location 'Londn'. Did you mean 'London'? Valid locations: ${list(shipped.locations)}.`,
    });
  });

  test("an unknown point word is #VALUE! listing the valid words", () => {
    expect(one("SALARYBAND", "AI Engineer", "Senior", "London", "average")).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining(
        'Use "low" (25th percentile), "mid" (midpoint), "high" (75th percentile) or "range"',
      ),
    });
  });

  test("wrong types are #VALUE!", () => {
    expect(one("SALARYBAND", 42, "Senior")).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("role must be text"),
    });
    expect(one("SALARYBAND", "AI Engineer", true)).toMatchObject({ code: "#VALUE!" });
    expect(one("SALARYBAND", "AI Engineer", "Senior", 3)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("location must be text"),
    });
  });

  test("a missing level is #N/A listing the levels", () => {
    expect(one("SALARYBAND", "Data Engineer", null)).toMatchObject({
      code: "#N/A",
      message: `Give a level for Data Engineer: ${list(shipped.salaryLevels("Data Engineer"))}, or years of experience.`,
    });
  });
});
