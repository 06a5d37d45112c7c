import { evaluate } from "../support/engine";
import { DAY_RATE_FIGURES } from "../fixtures/published";
import { list, shipped } from "../support/shipped";

const one = (name: string, ...args: unknown[]) => evaluate(name, args)[0][0];

describe("DAYRATE returns every published day rate (outside IR35)", () => {
  test.each(DAY_RATE_FIGURES)("$role / $level = £$low – £$high", ({ role, level, low, high }) => {
    expect(one("DAYRATE", role, level, null, "low")).toBe(low);
    expect(one("DAYRATE", role, level, "outside", "high")).toBe(high);
    expect(evaluate("DAYRATE", [role, level, false, "range"])).toEqual([[low, high]]);
    expect(one("DAYRATE", role, level)).toBe((low + high) / 2);
  });
});

describe("inside IR35: the contractor's effective rate, 17.5% (the midpoint of the guide's 15–20%) off both ends", () => {
  test("MLOps Senior £550–£700 inside is £453.75–£577.50", () => {
    // 550 × (1 − 0.175) = 453.75; 700 × 0.825 = 577.50; midpoint (453.75 + 577.50) / 2 = 515.625 → 515.63
    expect(evaluate("DAYRATE", ["MLOps Engineer", "Senior", "inside", "range"])).toEqual([[453.75, 577.5]]);
    expect(one("DAYRATE", "MLOps Engineer", "Senior", "inside")).toBe(515.63);
  });

  test("LLM Senior £700–£900 inside is £577.50–£742.50, mid £660 (the role card's example)", () => {
    // 700 × 0.825 = 577.50; 900 × 0.825 = 742.50; (577.50 + 742.50) / 2 = 660
    expect(one("DAYRATE", "LLM Engineer", "Senior", "inside")).toBe(660);
  });

  test("TRUE means inside; LLM Lead £900–£1,200 inside is £742.50–£990", () => {
    // 900 × 0.825 = 742.50; 1,200 × 0.825 = 990
    expect(evaluate("DAYRATE", ["LLM Engineer", "Lead", true, "range"])).toEqual([[742.5, 990]]);
  });

  test("Data Engineer Mid £400–£500 inside: low 330, high 412.50", () => {
    // 400 × 0.825 = 330; 500 × 0.825 = 412.50
    expect(one("DAYRATE", "Data Engineer", "Mid", "in", "low")).toBe(330);
    expect(one("DAYRATE", "Data Engineer", "Mid", "Inside IR35", "high")).toBe(412.5);
  });
});

describe("DAYRATE errors", () => {
  test("a Junior day rate is not published", () => {
    expect(one("DAYRATE", "AI Engineer", "Junior")).toMatchObject({
      code: "#N/A",
      message: `The guide publishes no Junior day rate for AI Engineer. Levels published: ${list(shipped.dayRateLevels)}.`,
    });
  });

  test("an unknown day-rate level lists the levels only, since years are refused here", () => {
    expect(one("DAYRATE", "MLOps Engineer", "Wizard")).toMatchObject({
      code: "#N/A",
      message: `Unknown level 'Wizard' for MLOps Engineer. Valid levels: ${list(shipped.dayRateLevels)}.`,
    });
  });

  test("years of experience do not map to day-rate levels", () => {
    expect(one("DAYRATE", "AI Engineer", 5)).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("not years of experience"),
    });
    expect(one("DAYRATE", "AI Engineer", -2)).toMatchObject({ code: "#NUM!" });
  });

  test("a leadership role has no day rate", () => {
    expect(one("DAYRATE", "Director of AI", "Senior")).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("publishes no day rate for Director of AI"),
    });
  });

  test("an unknown IR35 word is #VALUE!", () => {
    expect(one("DAYRATE", "AI Engineer", "Senior", "maybe")).toMatchObject({
      code: "#VALUE!",
      message: `Unknown IR35 status 'maybe'. Use "outside" (the default), "inside", TRUE (inside) or FALSE (outside).`,
    });
    expect(one("DAYRATE", "AI Engineer", "Senior", 1)).toMatchObject({ code: "#VALUE!" });
  });
});
