/** AIPAY.COMPARATIO, RANGEPOSITION and PERMVSCONTRACT against the guide's bands. */
import { evaluate, payGuide } from "../support/engine";
import { toPence } from "../../src/engine/core/money";

const one = (name: string, args: unknown[]) => evaluate(name, args)[0][0];
/** The client's year in the data (260 weekdays − 25 leave − 8 bank holidays = 227 as shipped). */
const days = payGuide.data.employerCosts.contractor.billableDaysPerYear.value;

describe("COMPARATIO = salary ÷ band midpoint", () => {
  test("MLOps Senior, UK National £75,000–£95,000 (midpoint £85,000)", () => {
    expect(one("COMPARATIO", [85000, "MLOps Engineer", "Senior"])).toBe(1);
    expect(one("COMPARATIO", [90000, "MLOps Engineer", "Senior"])).toBeCloseTo(90000 / 85000, 12); // 1.0588
  });

  test("London: £85,000–£110,000, midpoint £97,500", () => {
    expect(one("COMPARATIO", [78000, "MLOps", "Senior", "London"])).toBe(0.8); // 78,000 / 97,500
  });

  test("a leadership role has no level", () => {
    // Head of MLOps, London: £140,000–£180,000, midpoint £160,000
    expect(one("COMPARATIO", [176000, "Head of MLOps", null, "London"])).toBe(1.1);
  });

  test("errors say what is wrong", () => {
    expect(one("COMPARATIO", [85000, "MLOp Engineer", "Senior"])).toMatchObject({ code: "#N/A" });
    expect(one("COMPARATIO", [-85000, "MLOps", "Senior"])).toMatchObject({ code: "#NUM!" });
  });
});

describe("RANGEPOSITION = (salary − P25) ÷ (P75 − P25)", () => {
  test.each([
    [75000, 0], // at the 25th percentile
    [85000, 0.5], // (85,000 − 75,000) / 20,000
    [95000, 1], // at the 75th percentile
    [70000, -0.25], // below the band: (70,000 − 75,000) / 20,000
    [100000, 1.25], // above it
  ])("MLOps Senior £75,000–£95,000: %d → %d", (salary, position) => {
    expect(one("RANGEPOSITION", [salary, "MLOps Engineer", "Senior"])).toBe(position);
  });
});

describe("PERMVSCONTRACT: a labelled 6×2 breakdown", () => {
  test("MLOps Senior, UK National, outside IR35, 2026/27", () => {
    const table = evaluate("PERMVSCONTRACT", ["MLOps Engineer", "Senior", null, null, null, "2026/27"]);
    const fees = 625 * days; // 141,875 at 227 days
    expect(table).toEqual([
      ["Permanent salary (band midpoint, UK National)", 85000], // (75,000 + 95,000) / 2
      ["Permanent loaded cost (2026/27: salary + employer NI + minimum pension)", 98320.9], // 85,000 + 12,000 + 1,320.90
      ["Contractor day rate (assignment rate, midpoint, outside IR35)", 625], // (550 + 700) / 2
      [`Contractor annual cost to the client (£625 × ${days} days)`, fees],
      ["Difference (contractor − permanent)", toPence(fees - 98320.9)], // 43,554.10 at 227 days
      ["Contractor ÷ permanent", fees / 98320.9],
    ]);
  });

  test("inside IR35, London, 200 days: the client still pays the assignment rate", () => {
    const table = evaluate("PERMVSCONTRACT", ["MLOps", "Senior", "London", "inside", 200, "2026/27"]);
    // London Senior £85,000–£110,000: midpoint 97,500; loaded 97,500 + 15% × 92,500 (13,875) + 1,320.90 = 112,695.90
    // inside IR35 with an agency as fee-payer (the default): the assignment rate 625 × 200 = 125,000
    expect(table.map((row) => row[1])).toEqual([97500, 112695.9, 625, 125000, 12304.1, 125000 / 112695.9]);
    expect(table[2][0]).toBe("Contractor day rate (assignment rate, midpoint, inside IR35)");
    expect(table[3][0]).toBe("Contractor annual cost to the client (£625 × 200 days)");
  });

  test("inside IR35 with the client as fee-payer: NI and the levy on the deemed payment, and the levy on the salary too", () => {
    const table = evaluate("PERMVSCONTRACT", ["MLOps", "Senior", null, "inside", null, "2026/27", "client"]);
    // At 227 days: fees 625 × 227 = 141,875; NI 15% × (141,875 − 5,000) = 20,531.25; levy 0.5% × 141,875 = 709.38
    // → 163,115.63. The client pays the levy, so the permanent side does too: 98,320.90 + 0.5% × 85,000 (425) = 98,745.90
    const fees = 625 * days;
    const contractor = toPence(fees + 0.15 * (fees - 5000) + 0.005 * fees);
    const permanent = 98320.9 + 425;
    expect(table.map((row) => row[1])).toEqual([
      85000,
      permanent,
      625,
      contractor,
      toPence(contractor - permanent),
      contractor / permanent,
    ]);
    expect(table[1][0]).toBe(
      "Permanent loaded cost (2026/27: salary + employer NI + minimum pension + Apprenticeship Levy)",
    );
    expect(table[3][0]).toBe(
      `Contractor annual cost to the client (£625 × ${days} days + employer NI and levy at 2026/27 rates, client as fee-payer)`,
    );
  });

  test("the levy is on both sides or neither: an agency as fee-payer, or outside IR35, leaves it off both", () => {
    for (const args of [
      ["MLOps", "Senior", null, "inside", null, "2026/27", "agency"],
      ["MLOps", "Senior", null, "outside", null, "2026/27", "client"],
    ])
      expect(evaluate("PERMVSCONTRACT", args)[1][1]).toBe(98320.9);
  });

  test("a role without both tables, or years as the level, is an error saying why", () => {
    expect(one("PERMVSCONTRACT", ["ML Engineer", "Senior"])).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("no permanent salary for ML Engineer"),
    });
    expect(one("PERMVSCONTRACT", ["MLOps", "Junior", null, null, null, "2026/27"])).toMatchObject({ code: "#N/A" });
    // As DAYRATE("MLOps", 5): day rates are published by level, not years.
    expect(one("PERMVSCONTRACT", ["MLOps", 5])).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("not years of experience"),
    });
  });
});
