/**
 * Each edit a data editor makes (tests/support/data-edits.ts), applied to a copy of the
 * shipped JSON, is served by an engine built from that copy: no TypeScript names a role,
 * location, level, tier or skill. The shipped guide's own answers are unchanged beside it.
 */
import { bundledRawDataset, Calculator, evaluate, PayGuide, validateDataset } from "../support/engine";
import { dataEdits, type DataEdit } from "../support/data-edits";

/** An engine over the shipped dataset with one edit applied, and a call into it. */
function engineWith(edit: DataEdit) {
  const raw = structuredClone(bundledRawDataset);
  dataEdits[edit](raw);
  const guide = new PayGuide(validateDataset(raw));
  const calculator = new Calculator(guide);
  const call = (name: string, ...args: unknown[]) => calculator.call(name, args);
  return { guide, call, one: (name: string, ...args: unknown[]) => call(name, ...args)[0][0] };
}
const column = (matrix: readonly (readonly unknown[])[]) => matrix.map(([value]) => value);

test("every edit leaves the shipped dataset itself untouched", () => {
  const before = JSON.stringify(bundledRawDataset);
  for (const edit of Object.keys(dataEdits) as DataEdit[]) engineWith(edit);
  expect(JSON.stringify(bundledRawDataset)).toBe(before);
});

describe("a derived location: Leeds, 15–20% below London, typically £60k – £95k", () => {
  const { call, one } = engineWith("leeds");

  test("its printed factor, and its bands from London's by its typical range over London's", () => {
    expect(call("LOCATIONFACTOR", "Leeds", "range")[0]).toEqual([0.8, 0.85]); // 1 − 0.20, 1 − 0.15
    expect(one("LOCATIONFACTOR", "LDS")).toBe(0.825); // (0.80 + 0.85) / 2
    // MLOps Senior London £85,000 – £110,000: 85,000 × 60/75 = 68,000; 110,000 × 95/120 = 87,083.33
    expect(call("SALARYBAND", "MLOps Engineer", "Senior", "Leeds", "range")[0]).toEqual([68000, 87083.33]);
    expect(one("BASIS", "SALARYBAND", "MLOps Engineer", "Senior", "Leeds")).toMatch(
      /^Derived: Leeds from the London band by §8's typical Senior ranges, low × 0\.8 \(£60k ÷ £75k\)/,
    );
  });

  test("LOCATIONS lists it; leadership roles read the UK Range there", () => {
    expect(column(call("LOCATIONS"))).toContain("Leeds");
    // Head of MLOps UK £120,000 – £160,000
    expect(call("SALARYBAND", "Head of MLOps", null, "Leeds", "range")[0]).toEqual([120000, 160000]);
  });
});

describe("a new role with its own salary table: Research Scientist", () => {
  const { call, one } = engineWith("researchScientist");

  test("its printed bands, by level, alias and years", () => {
    expect(call("SALARYBAND", "Research Scientist", "Senior", "London", "range")[0]).toEqual([95000, 125000]);
    expect(call("SALARYBAND", "RS", "Sr", null, "range")[0]).toEqual([80000, 110000]); // UK National by default
    expect(call("SALARYBAND", "AI Research Scientist", 9, "Remote UK", "range")[0]).toEqual([105000, 140000]); // 8+ years
  });

  test("the catalogue lists it, and the regional rule applies to it", () => {
    expect(column(call("ROLES", "salary"))).toContain("Research Scientist");
    expect(column(call("LEVELS", "Research Scientist"))).toEqual(["Junior", "Mid-Level", "Senior", "Principal"]);
    // London Senior £95,000 – £125,000, Manchester × 65/75 and × 100/120 = 82,333.34 – 104,166.66
    expect(call("SALARYBAND", "Research Scientist", "Senior", "Manchester", "range")[0]).toEqual([82333.34, 104166.66]);
    expect(one("DAYRATE", "Research Scientist", "Senior")).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("publishes no day rate for Research Scientist"),
    });
  });
});

describe("a level alias: Expert for the principal tier", () => {
  const { call } = engineWith("levelAlias");

  test("it reads each table's principal level", () => {
    expect(call("SALARYBAND", "MLOps Engineer", "Expert", "London", "range")[0]).toEqual([110000, 150000]); // Staff/Principal
    expect(call("SALARYBAND", "LLM Engineer", "expert", "UK", "range")[0]).toEqual([130000, 180000]); // Lead/Principal
    expect(call("DAYRATE", "MLOps Engineer", "Expert", null, "range")[0]).toEqual([700, 900]); // Lead/Principal
  });
});

describe("a skill premium: Multimodal models for LLM Engineer, +10–20%", () => {
  const { call, one } = engineWith("skillPremium");

  test("SKILLPREMIUM and SKILLS serve it", () => {
    expect(call("SKILLPREMIUM", "LLM Engineer", "VLM", "range")[0]).toEqual([0.1, 0.2]);
    expect(column(call("SKILLS", "LLM Engineer"))).toContain("Multimodal models");
  });

  test("a band with the skill is the band × its midpoint", () => {
    // LLM Junior UK £50,000 – £65,000 × 1.15 = 57,500 – 74,750, within 25% over AI Junior UK (£60,000 – £75,000)
    expect(call("SALARYBAND", "LLM Engineer", "Junior", null, "range", "Multimodal")[0]).toEqual([57500, 74750]);
    expect(one("SKILLPREMIUM", "AI Engineer", "Multimodal")).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("'Multimodal' is a premium skill for LLM Engineer, not AI Engineer."),
    });
  });
});

describe("a published location column: Belfast in the LLM Engineer table", () => {
  const { guide, call, one } = engineWith("belfastColumn");

  test("the column is served as printed, not derived", () => {
    expect(call("SALARYBAND", "LLM Engineer", "Senior", "Belfast", "range")[0]).toEqual([80000, 115000]);
    expect(call("SALARYBAND", "LLM", "Junior", "Belfast UK", "range")[0]).toEqual([45000, 58000]);
    expect(one("BASIS", "SALARYBAND", "LLM Engineer", "Senior", "Belfast", "low")).toMatch(/^Published: /);
  });

  test("a table without the column, and no section 8 factor, is #N/A naming its columns", () => {
    const columns = guide.columnsOf("MLOps Engineer").join(", ");
    expect(columns).not.toContain("Belfast");
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", "Belfast")).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(
        new RegExp(
          `^The guide publishes MLOps Engineer pay for ${columns}, and derives .* from London; not Belfast\\.$`,
        ),
      ),
    });
  });
});

describe("a fifth level tier: Distinguished, published by LLM Engineer only", () => {
  const { call, one } = engineWith("distinguishedTier");

  test("LEVELS and SALARYBAND serve it by name and alias", () => {
    // The shipped table's levels, then the new one at the top.
    const shipped = column(evaluate("LEVELS", ["LLM Engineer"])).filter((level) => level !== "Distinguished");
    expect(column(call("LEVELS", "LLM Engineer"))).toEqual([...shipped, "Distinguished"]);
    expect(call("SALARYBAND", "LLM Engineer", "Fellow", "London", "range")[0]).toEqual([200000, 260000]);
  });

  test("a table that does not publish the tier says so", () => {
    expect(one("SALARYBAND", "MLOps Engineer", "Distinguished")).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("The guide publishes no Distinguished salary for MLOps Engineer."),
    });
  });

  test("the stacked-rule envelope widens to the new top band", () => {
    // Distinguished London £200,000 – £260,000, Bristol × 62/75 and × 95/120 = 165,333.34 – 205,833.33,
    // Scale-up base × 0.95 = 157,066.673 (up to 157,066.68) – 195,541.6635 (down to 195,541.66):
    // inside LLM Engineer's printed £45,000 – £260,000, so two rules stack without refusal.
    expect(call("SALARYBAND", "LLM Engineer", "Distinguished", "Bristol", "range", null, "Scale-up")[0]).toEqual([
      157066.68, 195541.66,
    ]);
  });
});

describe("the next tax year's rates: employer NI at 16% from its 6 April", () => {
  const { guide, one } = engineWith("nextTaxYear");
  const years = guide.data.employerCosts.taxYears;
  const [latestBefore, added] = years.slice(-2);

  test("the year is held, and is the latest, but undated formulas keep the edition's own year", () => {
    // 100,000 + 16% × (100,000 − 5,000) (15,200) + 3% × (50,270 − 6,240) (1,320.90)
    expect(one("LOADEDCOST", 100000, added)).toBe(116520.9);
    expect(one("LOADEDCOST", 100000, "latest")).toBe(116520.9);
    // No tax year: the edition's default, 2026/27, until editions.json says otherwise:
    // 100,000 + 15% × 95,000 (14,250) + 1,320.90
    expect(one("LOADEDCOST", 100000)).toBe(115570.9);
    // a year of 220 days: fees 625 × 220 = 137,500; NI 16% × (137,500 − 5,000) = 21,200; levy 0.5% × 137,500 = 687.50
    expect(one("CONTRACTCOST", 625, 220, "inside", "client", added)).toBe(159387.5);
    // Class 1A follows the new year's value too (15% written again): 10% benefits on 100,000 → + 10,000 + 1,500
    expect(one("LOADEDCOST", 100000, added, null, 0.1)).toBe(128020.9);
  });

  test("the year before keeps its own rates", () => {
    expect(one("LOADEDCOST", 100000, latestBefore)).toBe(evaluate("LOADEDCOST", [100000, latestBefore])[0][0]);
  });
});
