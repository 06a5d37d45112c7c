/** TOTALCOMP: base + target bonus + annualised equity (guide sections 6 and 9). */
import { evaluate, payGuide } from "../src/engine";
import { LEADERSHIP } from "./fixtures/premiums";

const one = (name: string, ...args: unknown[]) => evaluate(name, args)[0][0];
const range = (...args: unknown[]) => evaluate("TOTALCOMP", [...args.slice(0, 3), "range", ...args.slice(3)])[0];

describe("leadership: equity/bonus as a share of base, low × (1 + low %), high × (1 + high %)", () => {
  test.each(LEADERSHIP)("$role", ({ role, uk, london, equityBonus }) => {
    const total = (base: { low: number; high: number }) => [
      Math.round(base.low * (1 + equityBonus.low)),
      Math.round(base.high * (1 + equityBonus.high)),
    ];
    expect(range(role, null, "UK")).toEqual(total(uk));
    expect(range(role, null, "London")).toEqual(total(london));
  });

  test.each([
    ["Head of MLOps", "UK", 132000, 200000], // 120,000 × 1.10; 160,000 × 1.25
    ["Director of AI", "London", 204000, 350000], // 170,000 × 1.20; 250,000 × 1.40
    ["Chief AI Officer", "London", 325000, 640000], // 250,000 × 1.30; 400,000 × 1.60 (both floors: £400k+, 60%+)
    ["Head of MLOps", "Remote UK", 130900, 207000], // London × 0.85, × 0.92 = 119,000, 165,600; × 1.10, × 1.25
  ])("%s %s: %d – %d", (role, location, low, high) => {
    expect(range(role, null, location)).toEqual([low, high]);
  });

  test("a stage still scales a leader's base, but adds no stage bonus or equity", () => {
    // Head of MLOps UK £120k – £160k at Enterprise (100–110%): 120,000, 176,000; × 1.10, × 1.25 = 132,000, 220,000
    expect(range("Head of MLOps", null, "UK", null, "Enterprise", 1e9)).toEqual([132000, 220000]);
  });
});

describe("individual contributors: the company-stage table", () => {
  // MLOps Senior UK National £75,000 – £95,000
  test("Scale-up: base 90–100% of market + 10–20% bonus", () => {
    // base 67,500 – 95,000; bonus 6,750 – 19,000; total 74,250 – 114,000; mid 94,125
    expect(range("MLOps Engineer", "Senior", null, null, "Scale-up")).toEqual([74250, 114000]);
    expect(one("TOTALCOMP", "MLOps Engineer", "Senior", null, null, null, "Scale-up")).toBe(94125);
  });

  test("Enterprise: base 100–110% + 15–25% bonus + RSUs £10k – £50k a year", () => {
    // base 75,000 – 104,500; bonus 11,250 – 26,125; RSUs 10,000 – 50,000; total 96,250 – 180,625
    expect(range("MLOps Engineer", "Senior", null, null, "Enterprise")).toEqual([96250, 180625]);
  });

  test("Early Startup: bonus is rare (0) and equity counts only with a valuation", () => {
    // base 52,500 – 80,750, nothing else
    expect(range("MLOps Engineer", "Senior", null, null, "Early Startup")).toEqual([52500, 80750]);
    // £20m valuation: 0.1% × 20,000,000 ÷ 4 = 5,000; 1.0% × 20,000,000 ÷ 4 = 50,000 → 57,500 – 130,750
    expect(range("MLOps Engineer", "Senior", null, null, "Early Startup", 20_000_000)).toEqual([57500, 130750]);
  });

  test("Scale-up equity with a valuation: 0.02% – 0.2% of £100m over 4 years", () => {
    // 0.0002 × 100,000,000 ÷ 4 = 5,000; 0.002 × 100,000,000 ÷ 4 = 50,000; 74,250 + 5,000; 114,000 + 50,000
    expect(range("MLOps Engineer", "Senior", null, null, "Scale-up", 100_000_000)).toEqual([79250, 164000]);
  });

  test("Enterprise RSUs are already £ a year: a valuation changes nothing", () => {
    expect(range("MLOps Engineer", "Senior", null, null, "Enterprise", 100_000_000)).toEqual([96250, 180625]);
  });

  test("skills and region apply to the base before bonus", () => {
    // LLM Senior London £110k – £150k, RAG (15–20%): 126,500 – 180,000; Enterprise × 1.00, × 1.10 = 126,500 – 198,000;
    // bonus 15% / 25% = 18,975 / 49,500; RSUs 10,000 / 50,000 → 155,475 – 297,500
    expect(range("LLM Engineer", "Senior", "London", "RAG", "Enterprise")).toEqual([155475, 297500]);
  });

  test("the components and their rules are available to the task pane", () => {
    const { components, total } = payGuide.totalComp("MLOps Engineer", "Senior", null, {
      stage: "Early Startup",
    });
    expect(components.map((c) => [c.name, c.amount])).toEqual([
      ["base", { low: 52500, high: 80750 }],
      ["bonus", { low: 0, high: 0 }],
      ["equity", { low: 0, high: 0 }],
    ]);
    expect(total.provenance.derived).toContain(
      "Early Startup 0.1%–1% ownership: not counted without a company valuation",
    );
  });
});

describe("TOTALCOMP errors", () => {
  test("an individual contributor needs a stage", () => {
    expect(one("TOTALCOMP", "MLOps Engineer", "Senior")).toMatchObject({
      code: "#N/A",
      message:
        'Give a stage for MLOps Engineer total compensation: the guide publishes bonus and equity by company stage only ("Early Startup", "Scale-up", "Enterprise").',
    });
  });

  test("valuation must be a non-negative number of £", () => {
    expect(one("TOTALCOMP", "AI", "Senior", null, null, null, "Seed", "lots")).toMatchObject({ code: "#VALUE!" });
    expect(one("TOTALCOMP", "AI", "Senior", null, null, null, "Seed", -1)).toMatchObject({ code: "#NUM!" });
  });

  test("percentiles are for base salary only", () => {
    expect(one("TOTALCOMP", "MLOps Engineer", "Senior", null, 0.75, null, "Scale-up")).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("percentiles (got 0.75) are modelled for base salary only, in SALARYBAND"),
    });
  });
});
