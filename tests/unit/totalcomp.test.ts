/** TOTALCOMP: base + target bonus + annualised equity (guide sections 6 and 9). */
import { evaluate, payGuide } from "../support/engine";
import { LEADERSHIP } from "../fixtures/premiums";

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
    ["Head of MLOps", "Remote UK", 132000, 200000], // the UK Range, as outside London anywhere: as UK above
  ])("%s %s: %d – %d", (role, location, low, high) => {
    expect(range(role, null, location)).toEqual([low, high]);
  });

  test("a stage still scales a leader's base, but adds no stage bonus or equity", () => {
    // Head of MLOps UK £120k – £160k at Enterprise (× 1.05): 126,000, 168,000; × 1.10, × 1.25 = 138,600, 210,000
    expect(range("Head of MLOps", null, "UK", null, "Enterprise", 1e9)).toEqual([138600, 210000]);
  });
});

describe("individual contributors: the company-stage table", () => {
  // MLOps Senior UK National £75,000 – £95,000
  // The ends are bounds: every low component added to the low base, every high one to the high base.
  test("Scale-up: base × 0.95 (90–100% of market) + 10–20% bonus", () => {
    // base 71,250 – 90,250; bonus 7,125 – 18,050; total 78,375 – 108,300; mid 93,337.50
    expect(range("MLOps Engineer", "Senior", null, null, "Scale-up")).toEqual([78375, 108300]);
    expect(one("TOTALCOMP", "MLOps Engineer", "Senior", null, null, null, "Scale-up")).toBe(93337.5);
  });

  test("Enterprise: base × 1.05 (100–110%) + 15–25% bonus + RSUs £10k – £50k a year", () => {
    // base 78,750 – 99,750; bonus 11,812.50 – 24,937.50; RSUs 10,000 – 50,000; total 100,562.50 – 174,687.50
    expect(range("MLOps Engineer", "Senior", null, null, "Enterprise")).toEqual([100562.5, 174687.5]);
  });

  test("Early Startup: bonus is rare (0) and equity counts only with a valuation", () => {
    // base 58,125 – 73,625 (× 0.775), nothing else
    expect(range("MLOps Engineer", "Senior", null, null, "Early Startup")).toEqual([58125, 73625]);
    // £20m valuation: 0.1% × 20,000,000 ÷ 4 = 5,000; 1.0% × 20,000,000 ÷ 4 = 50,000 → 63,125 – 123,625
    expect(range("MLOps Engineer", "Senior", null, null, "Early Startup", 20_000_000)).toEqual([63125, 123625]);
  });

  test("Scale-up equity with a valuation: 0.02% – 0.2% of £100m over 4 years", () => {
    // 0.0002 × 100,000,000 ÷ 4 = 5,000; 0.002 × 100,000,000 ÷ 4 = 50,000; 78,375 + 5,000; 108,300 + 50,000
    expect(range("MLOps Engineer", "Senior", null, null, "Scale-up", 100_000_000)).toEqual([83375, 158300]);
  });

  test("Enterprise RSUs are already £ a year: a valuation changes nothing", () => {
    expect(range("MLOps Engineer", "Senior", null, null, "Enterprise", 100_000_000)).toEqual([100562.5, 174687.5]);
  });

  test("skills and region apply to the base before bonus", () => {
    // LLM Senior London £110k – £150k, RAG held to 25% over AI Senior London (× 156,250/150,000): 114,583.34 – 156,250;
    // Enterprise × 1.05 = 120,312.507 (up to 120,312.51) – 164,062.50;
    // bonus 15% / 25% = 18,046.8765 → 18,046.88 / 41,015.625 → 41,015.63; RSUs 10,000 / 50,000
    // → 120,312.51 + 18,046.88 + 10,000 = 148,359.39; 164,062.50 + 41,015.63 + 50,000 = 255,078.13
    expect(range("LLM Engineer", "Senior", "London", "RAG", "Enterprise")).toEqual([148359.39, 255078.13]);
  });

  test("the components and their rules are available to the task pane", () => {
    const { components, total } = payGuide.totalComp("MLOps Engineer", "Senior", null, {
      stage: "Early Startup",
    });
    expect(components.map((c) => [c.name, c.amount])).toEqual([
      ["base", { low: 58125, high: 73625 }],
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
