/**
 * An empty cell reaches a custom function as null on Excel on the web, but as 0 on Excel
 * desktop builds before Microsoft's 2024 fix, and as 0 within a range argument. Where 0
 * cannot be meant (a name, an option word, a date, a skill, a number of billable days) AIPAY
 * reads it as empty; where 0 is a real value (amounts, rates, heads, years) it stays 0, and
 * docs/functions.md says, for every optional number, what an empty cell gives either way.
 */
import { evaluate } from "../support/engine";
import { latestHeld } from "../support/tax-years";

const one = (name: string, args: unknown[]) => evaluate(name, args)[0][0];

describe("0 where a name, option or date belongs is an empty cell", () => {
  test("an empty location or point takes its default", () => {
    // MLOps Senior UK National £75,000 – £95,000: mid 85,000
    expect(one("SALARYBAND", ["MLOps Engineer", "Senior", 0])).toBe(85000);
    // DAYRATE AI Senior £650 – £800: outside IR35 (ir35 empty), mid (point empty) 725, not specialist
    expect(one("DAYRATE", ["AI Engineer", "Senior", 0, 0, 0])).toBe(725);
  });

  test("a leadership role's empty level cell is no level", () => {
    // Head of MLOps London £140k – £180k
    expect(one("SALARYBAND", ["Head of MLOps", 0, "London", "high"])).toBe(180000);
    expect(one("TOTALCOMP", ["Head of MLOps", 0, "UK", 0])).toBe(one("TOTALCOMP", ["Head of MLOps", null, "UK"]));
  });

  test("a column of locations with empty cells: those rows are UK National", () => {
    // MLOps Senior: London mid (85,000 + 110,000)/2 = 97,500; UK National 85,000
    expect(evaluate("SALARYBAND", ["MLOps Engineer", "Senior", [["London"], [0]]])).toEqual([[97500], [85000]]);
  });

  test("empty cells in a skills range are not skills", () => {
    // Data Senior with dbt (+5–8%): 70,000 × 1.065 = 74,550; AI Senior with PyTorch (+8–12%): 80,000 × 1.10 = 88,000
    expect(
      evaluate("SALARYBAND", [
        [["Data"], ["AI"]],
        "Senior",
        null,
        "low",
        [
          ["dbt", 0],
          ["PyTorch", 0],
        ],
      ]),
    ).toEqual([[74550], [88000]]);
  });

  test("empty optional dates take their defaults; an empty start date is #N/A", () => {
    // The calendar year 2026 from 1 July: 6 payroll months of 12. 100,000 × 6 / 12 = 50,000
    expect(one("PRORATE", [100000, "2026-07-01", 0, 0, 0, 0])).toBe(50000);
    expect(one("PRORATE", [100000, 0])).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("startDate is empty"),
    });
    // No tax year: the latest AIPAY holds (0 read as a date would be 1899/00, which has no rates)
    expect(one("LOADEDCOST", [100000, 0])).toBe(one("LOADEDCOST", [100000, latestHeld]));
  });

  test("an empty role is #N/A saying so", () => {
    expect(one("SALARYBAND", [0, "Senior"])).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("role is empty"),
    });
  });
});

describe("every optional number: left out, and 0 as desktop may pass an empty cell", () => {
  test("billable days: 0 is the contractor year, as leaving it out is", () => {
    // AIPAY's contractor year is the client's 227 days: 625 × 227 = 141,875, inside IR35 with an agency the same.
    expect(one("CONTRACTCOST", [625, null])).toBe(141875);
    expect(one("CONTRACTCOST", [625, 0])).toBe(141875);
    expect(one("CONTRACTCOST", [625, 0, "inside"])).toBe(141875);
    expect(evaluate("PERMVSCONTRACT", ["MLOps Engineer", "Senior", null, null, 0])).toEqual(
      evaluate("PERMVSCONTRACT", ["MLOps Engineer", "Senior"]),
    );
    expect(one("CONTRACTCOST", [625, 200])).toBe(125000); // 625 × 200
  });

  test("a percentile point, specialist, valuation, benefits and levy: 0 gives what leaving it out gives", () => {
    // MLOps Senior UK £75,000–£95,000: mid 85,000.
    expect(one("SALARYBAND", ["MLOps Engineer", "Senior", null, 0])).toBe(85000);
    // AI Engineer Senior's day-rate table, £650–£800: mid 725, not a specialist rate.
    expect(one("DAYRATE", ["AI Engineer", "Senior", null, null, 0])).toBe(725);
    const totalComp = ["MLOps Engineer", "Senior", null, null, null, "Scale-up"];
    expect(one("TOTALCOMP", [...totalComp, 0])).toBe(one("TOTALCOMP", totalComp));
    // 85,000 + NI 15% × (85,000 − 5,000) = 12,000 + pension 3% × (50,270 − 6,240) = 1,320.90: 98,320.90.
    expect(one("LOADEDCOST", [85000, "2026/27", null, 0, 0])).toBe(98320.9);
    expect(one("LOADEDCOST", [85000, "2026/27"])).toBe(98320.9);
  });

  test("a pension rate of 0 is 0%, not the minimum: an empty cell passed as 0 drops the pension", () => {
    // 85,000 + 12,000 NI, no pension: 97,000.
    expect(one("LOADEDCOST", [85000, "2026/27", 0])).toBe(97000);
  });

  test("a growth rate of 0 is no growth, not the trends note's 4%", () => {
    // A year at the projected 4%: 100,000 × 1.04 = 104,000; at 0: 100,000.
    expect(one("GROWTH", [100000, "2026-01-01", "2027-01-01", null])).toBe(104000);
    expect(one("GROWTH", [100000, "2026-01-01", "2027-01-01", 0])).toBe(100000);
    expect(one("AGED", [100000, "2030-01-01", 0])).toBe(100000);
  });

  test("a review month of 0 is no review, with a rise of 0 or none; a rise of 0 with a month is a pay freeze", () => {
    // 120,000 a year from 1 January 2026: January 120,000 / 12 = 10,000.
    const noReview = evaluate("MONTHLY", [120000, "2026-01-01", "2026-01-01"]);
    expect(noReview[0][0]).toBe(10000);
    expect(evaluate("MONTHLY", [120000, "2026-01-01", "2026-01-01", null, 0, 0, 0, 0])).toEqual(noReview);
    expect(evaluate("MONTHLY", [120000, "2026-01-01", "2026-01-01", null, 0, null])).toEqual(noReview);
    // Started in 2025 and reviewed each April, pay has risen twice by May 2026: left out, the rise
    // is 4% (120,000 × 1.04² = 129,792; May 129,792 / 12 = 10,816); 0 freezes pay (10,000).
    const reviewed = (rate: number | null) =>
      evaluate("MONTHLY", [120000, "2025-01-01", "2026-01-01", null, 4, rate])[0];
    expect(reviewed(null)[4]).toBe(10816);
    expect(reviewed(0)[4]).toBe(10000);
  });

  test("a headcount of 0 is no heads, not the default 1", () => {
    expect(evaluate("HEADCOUNT", ["2026-01-01", "2026-01-01", null, null])).toEqual([Array(12).fill(1)]);
    expect(evaluate("HEADCOUNT", ["2026-01-01", "2026-01-01", null, 0])).toEqual([Array(12).fill(0)]);
  });

  test("0 years of experience is Junior (0–2 years); a salary of 0 is 0", () => {
    // MLOps Junior UK National £45,000 – £55,000: mid 50,000
    expect(one("SALARYBAND", ["MLOps Engineer", 0])).toBe(50000);
    expect(one("LOADEDCOST", [0, "2026/27"])).toBe(0); // a salary of 0: nothing above either threshold
  });
});
