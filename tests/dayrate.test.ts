import { evaluate } from "../src/engine";
import { DAY_RATE_FIGURES } from "./fixtures/published";

const one = (name: string, ...args: unknown[]) => evaluate(name, args)[0][0];

describe("DAYRATE returns every published day rate (outside IR35)", () => {
  test.each(DAY_RATE_FIGURES)("$role / $level = £$low – £$high", ({ role, level, low, high }) => {
    expect(one("DAYRATE", role, level, null, "low")).toBe(low);
    expect(one("DAYRATE", role, level, "outside", "high")).toBe(high);
    expect(evaluate("DAYRATE", [role, level, false, "range"])).toEqual([[low, high]]);
    expect(one("DAYRATE", role, level)).toBe((low + high) / 2);
  });
});

describe("inside IR35: 20% off the low end, 15% off the high end", () => {
  test("MLOps Senior £550–£700 inside is £440–£595", () => {
    // 550 × (1 − 0.20) = 440; 700 × (1 − 0.15) = 595; midpoint (440 + 595) / 2 = 517.50
    expect(evaluate("DAYRATE", ["MLOps Engineer", "Senior", "inside", "range"])).toEqual([[440, 595]]);
    expect(one("DAYRATE", "MLOps Engineer", "Senior", "inside")).toBe(517.5);
  });

  test("TRUE means inside; LLM Lead £900–£1,200 inside is £720–£1,020", () => {
    // 900 × 0.80 = 720; 1,200 × 0.85 = 1,020
    expect(evaluate("DAYRATE", ["LLM Engineer", "Lead", true, "range"])).toEqual([[720, 1020]]);
  });

  test("Data Engineer Mid £400–£500 inside: low 320, high 425", () => {
    // 400 × 0.80 = 320; 500 × 0.85 = 425
    expect(one("DAYRATE", "Data Engineer", "Mid", "in", "low")).toBe(320);
    expect(one("DAYRATE", "Data Engineer", "Mid", "Inside IR35", "high")).toBe(425);
  });
});

describe("DAYRATE errors", () => {
  test("a Junior day rate is not published", () => {
    expect(one("DAYRATE", "AI Engineer", "Junior")).toMatchObject({
      code: "#N/A",
      message:
        "The guide publishes no Junior day rate for AI Engineer. Levels published: Mid-Level, Senior, Lead/Principal.",
    });
  });

  test("an unknown day-rate level lists the levels only, since years are refused here", () => {
    expect(one("DAYRATE", "MLOps Engineer", "Wizard")).toMatchObject({
      code: "#N/A",
      message: "Unknown level 'Wizard' for MLOps Engineer. Valid levels: Mid-Level, Senior, Lead/Principal.",
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
