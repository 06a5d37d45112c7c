import { evaluate } from "../src/engine";

describe("ROLES, LEVELS, LOCATIONS spill canonical names down a column", () => {
  test("ROLES() lists every role in the guide's order", () => {
    expect(evaluate("ROLES", [])).toEqual(
      [
        "MLOps Engineer",
        "AI Engineer",
        "LLM Engineer",
        "Data Engineer",
        "ML Engineer",
        "ML Platform Engineer",
        "Head of MLOps",
        "Head of ML Engineering",
        "Director of AI",
        "VP of Engineering (AI)",
        "Chief AI Officer",
      ].map((r) => [r]),
    );
  });

  test("ROLES(table) narrows to one table", () => {
    expect(evaluate("ROLES", ["salary"])).toEqual([
      ["MLOps Engineer"],
      ["AI Engineer"],
      ["LLM Engineer"],
      ["Data Engineer"],
    ]);
    expect(evaluate("ROLES", ["contract"]).map((r) => r[0])).toEqual([
      "MLOps Engineer",
      "ML Engineer",
      "AI Engineer",
      "LLM Engineer",
      "Data Engineer",
      "ML Platform Engineer",
    ]);
    expect(evaluate("ROLES", ["leadership"])).toHaveLength(5);
    expect(evaluate("ROLES", ["bonus"])[0][0]).toMatchObject({ code: "#VALUE!" });
  });

  test("LEVELS(role) follows the role's own table", () => {
    expect(evaluate("LEVELS", ["MLOps"])).toEqual([["Junior"], ["Mid-Level"], ["Senior"], ["Staff/Principal"]]);
    expect(evaluate("LEVELS", ["LLM Engineer"])).toEqual([["Junior"], ["Mid-Level"], ["Senior"], ["Lead/Principal"]]);
    expect(evaluate("LEVELS", ["ML Engineer"])).toEqual([["Mid-Level"], ["Senior"], ["Lead/Principal"]]);
    expect(evaluate("LEVELS", ["MLOps", "dayrate"])).toEqual([["Mid-Level"], ["Senior"], ["Lead/Principal"]]);
    expect(evaluate("LEVELS", ["ML Engineer", "salary"])[0][0]).toMatchObject({ code: "#N/A" });
    expect(evaluate("LEVELS", ["Chief AI Officer"])[0][0]).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("leave level empty"),
    });
  });

  test("LOCATIONS() lists the guide's columns", () => {
    expect(evaluate("LOCATIONS", [])).toEqual(
      ["UK National", "London", "Remote UK", "Cambridge", "Manchester", "Edinburgh", "Bristol"].map((l) => [l]),
    );
  });
});

describe("SOURCE", () => {
  test("with no key it cites the guide, its edition and as-of date", () => {
    expect(evaluate("SOURCE", [])).toEqual([
      ["UK AI & ML Engineering Salary Guide 2026 (CodeRise Talent), 2026 edition, data as of January 2026"],
    ]);
  });

  test("keys are forgiving and a list spills", () => {
    expect(evaluate("SOURCE", ["asof"])).toEqual([["January 2026"]]);
    expect(evaluate("SOURCE", ["Edition"])).toEqual([["2026"]]);
    expect(evaluate("SOURCE", ["percentiles"])).toEqual([["Ranges are the 25th to 75th percentile of market data"]]);
    expect(evaluate("SOURCE", ["inputs"])).toHaveLength(7);
  });

  test("an unknown key lists the valid ones", () => {
    expect(evaluate("SOURCE", ["author"])[0][0]).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^Unknown key 'author'\. Valid keys: name, publisher, edition, asOf/),
    });
  });
});

describe("leadership roles (single band, UK and London)", () => {
  test("Head of MLOps UK £120k–£160k and London £140k–£180k", () => {
    expect(evaluate("SALARYBAND", ["Head of MLOps", null, "UK", "range"])).toEqual([[120000, 160000]]);
    expect(evaluate("SALARYBAND", ["Head of MLOps", null, "London", "range"])).toEqual([[140000, 180000]]);
  });

  test("a level given for a leadership role is refused", () => {
    expect(evaluate("SALARYBAND", ["CAIO", "Senior"])[0][0]).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("leave level empty"),
    });
  });
});
