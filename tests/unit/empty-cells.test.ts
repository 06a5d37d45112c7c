/**
 * Excel desktop passes an empty cell to a custom function as 0 (Excel on the web as null).
 * Where 0 cannot be meant (a name, an option word, a date, a skill) AIPAY reads it as
 * empty; where 0 is a real value (amounts, rates, days, years) it stays 0.
 */
import { evaluate } from "../../src/engine";
import { latestHeld } from "../support/tax-years";

const one = (name: string, args: unknown[]) => evaluate(name, args)[0][0];

describe("0 where a name, option or date belongs is an empty cell", () => {
  test("an empty location or point takes its default", () => {
    // MLOps Senior UK National £75,000 – £95,000: mid 85,000
    expect(one("SALARYBAND", ["MLOps Engineer", "Senior", 0])).toBe(85000);
    // DAYRATE AI Senior £650 – £800: outside IR35 (ir35 empty), mid (point empty) 725, not specialist
    expect(one("DAYRATE", ["AI Engineer", "Senior", 0, null, 0])).toBe(725);
  });

  test("a point of 0 is a percentile, for DAYRATE as for SALARYBAND: refused, not read as empty", () => {
    // A point may be a percentile, so 0 is a number the user gave; both refuse it with the same message.
    const salary = one("SALARYBAND", ["MLOps Engineer", "Senior", null, 0]);
    expect(salary).toMatchObject({ code: "#NUM!" });
    expect(one("DAYRATE", ["AI Engineer", "Senior", 0, 0, 0])).toEqual(salary);
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
    // The calendar year 2026 from 1 July: 184 of 365 days. 100,000 × 184 / 365 = 50,410.96
    expect(one("PRORATE", [100000, "2026-07-01", 0, 0, 0])).toBe(50410.96);
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

describe("0 where a number belongs stays 0", () => {
  test("amounts and days", () => {
    expect(one("CONTRACTCOST", [625, 0])).toBe(0); // 625 × 0 days
    expect(one("LOADEDCOST", [0, "2026/27"])).toBe(0); // nothing above either threshold
  });

  test("0 years of experience is Junior (0–2 years)", () => {
    // MLOps Junior UK National £45,000 – £55,000: mid 50,000
    expect(one("SALARYBAND", ["MLOps Engineer", 0])).toBe(50000);
  });

  test("a percentile of 0 is still #NUM!", () => {
    expect(one("SALARYBAND", ["MLOps Engineer", "Senior", null, 0])).toMatchObject({ code: "#NUM!" });
  });
});
