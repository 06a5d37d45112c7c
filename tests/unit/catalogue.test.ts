import { bundledRawDataset, evaluate } from "../support/engine";
import { list, shipped } from "../support/shipped";

const column = (names: readonly string[]) => names.map((name) => [name]);

describe("ROLES, LEVELS, LOCATIONS spill canonical names down a column", () => {
  test("ROLES() lists every role in the vocabulary's order", () => {
    expect(evaluate("ROLES", [])).toEqual(column(shipped.roles));
  });

  test("ROLES(table) narrows to one table, in the table's order", () => {
    expect(evaluate("ROLES", ["salary"])).toEqual(column(shipped.salaryRoles));
    expect(evaluate("ROLES", ["contract"])).toEqual(column(shipped.dayRateRoles));
    expect(evaluate("ROLES", ["leadership"])).toEqual(column(shipped.leadershipRoles));
    expect(evaluate("ROLES", ["bonus"])[0][0]).toMatchObject({ code: "#VALUE!" });
  });

  test("LEVELS(role) follows the role's own table", () => {
    for (const role of shipped.salaryRoles)
      expect(evaluate("LEVELS", [role])).toEqual(column(shipped.salaryLevels(role)));
    expect(evaluate("LEVELS", ["MLOps", "dayrate"])).toEqual(column(shipped.dayRateLevels));
    const dayRateOnly = shipped.dayRateRoles.filter((role) => !shipped.salaryRoles.includes(role));
    expect(dayRateOnly).toContain("ML Engineer"); // never vacuous
    for (const role of dayRateOnly) {
      expect(evaluate("LEVELS", [role])).toEqual(column(shipped.dayRateLevels));
      expect(evaluate("LEVELS", [role, "salary"])[0][0]).toMatchObject({ code: "#N/A" });
    }
    expect(evaluate("LEVELS", ["Chief AI Officer"])[0][0]).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("leave level empty"),
    });
  });

  test("LOCATIONS() lists the vocabulary's locations: the tables' columns, then the regions derived from London", () => {
    expect(evaluate("LOCATIONS", [])).toEqual(column(shipped.locations));
  });
});

describe("SKILLS and STAGES spill the names the skills and stage arguments take", () => {
  test("SKILLS(role) lists the role's premium skills in the guide's order", () => {
    for (const role of shipped.skillRoles)
      expect(evaluate("SKILLS", [role])).toEqual(shipped.skills(role).map((skill) => [skill]));
  });

  test("a role without premium skills, or an unknown one, is #N/A saying why", () => {
    expect(evaluate("SKILLS", ["ML Engineer"])[0][0]).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining(`Skill premiums are published for ${list(shipped.skillRoles)}.`),
    });
    expect(evaluate("SKILLS", ["MLOp Engineer"])[0][0]).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("Did you mean 'MLOps Engineer'?"),
    });
    expect(evaluate("SKILLS", [null])[0][0]).toMatchObject({ code: "#N/A" });
  });

  test("STAGES() lists section 9's columns", () => {
    expect(evaluate("STAGES", [])).toEqual(column(shipped.stages));
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
    expect(evaluate("SOURCE", ["inputs"])).toEqual(bundledRawDataset.guide.source.inputs.map((input) => [input]));
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
