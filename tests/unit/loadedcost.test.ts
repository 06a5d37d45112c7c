/** AIPAY.LOADEDCOST against hand-computed UK employer costs (rates in src/data/employer-costs.json). */
import { defaultTaxYear, evaluate } from "../support/engine";
import { firstUnheld, firstUnheldStart, heldTaxYears, latestHeld } from "../support/tax-years";

const loaded = (args: unknown[]) => evaluate("LOADEDCOST", args)[0][0];

describe("2026/27 rates: employer NI 15% above £5,000, pension 3% of £6,240–£50,270", () => {
  test("the issue's worked check: £100,000 costs £115,570.90", () => {
    // 100,000 + 15% × (100,000 − 5,000) + 3% × (50,270 − 6,240) = 100,000 + 14,250 + 1,320.90
    expect(loaded([100000, "2026/27"])).toBe(115570.9);
  });

  test("MLOps Senior midpoint £85,000 costs £98,320.90", () => {
    // 85,000 + 15% × 80,000 (12,000) + 3% × 44,030 (1,320.90): above the band, pension is capped
    expect(loaded([85000, "2026/27"])).toBe(98320.9);
  });

  test("inside the qualifying earnings band", () => {
    // 20,000 + 15% × 15,000 (2,250) + 3% × (20,000 − 6,240 = 13,760) (412.80)
    expect(loaded([20000, "2026/27"])).toBe(22662.8);
  });

  test("above the NI threshold but below the pension band pays NI only", () => {
    // 6,000 + 15% × 1,000 (150); 6,000 < 6,240 so no qualifying earnings
    expect(loaded([6000, "2026/27"])).toBe(6150);
  });

  test("below the NI threshold costs the salary alone", () => {
    expect(loaded([4000, "2026/27"])).toBe(4000);
    expect(loaded([0, "2026/27"])).toBe(0);
  });

  test("a pension rate, benefits with their Class 1A NI, and the levy", () => {
    // 40,000 + NI 15% × 35,000 (5,250) + pension 5% × (40,000 − 6,240 = 33,760) (1,688)
    //        + benefits 10% × 40,000 (4,000) + Class 1A 15% × 4,000 (600) + levy 0.5% × 40,000 (200) = 51,738
    expect(loaded([40000, "2026/27", 0.05, 0.1, true])).toBe(51738);
    // without the levy: 51,738 − 200
    expect(loaded([40000, "2026/27", 0.05, 0.1, false])).toBe(51538);
  });

  test("benefits carry Class 1A NI at 15%: £100,000 with 10% benefits costs £127,070.90", () => {
    // 100,000 + 14,250 NI + 1,320.90 pension + 10,000 benefits + 15% × 10,000 (1,500) Class 1A
    expect(loaded([100000, "2026/27", null, 0.1])).toBe(127070.9);
    expect(evaluate("BASIS", ["LOADEDCOST", 100000, "2026/27", null, 0.1])[0][0]).toContain("Class 1A NI");
  });
});

describe("the tax year", () => {
  test("2025/26 is available and has the same rates", () => {
    expect(loaded([100000, "2025/26"])).toBe(115570.9);
  });

  test("defaults to the latest tax year AIPAY holds, not the one containing today", () => {
    expect(defaultTaxYear).toBe(latestHeld);
    expect(loaded([100000])).toEqual(loaded([100000, latestHeld]));
    // At the 2026/27 rates, 100,000 + 14,250 NI + 1,320.90 pension, while 2026/27 is the latest held
    expect(loaded([100000, "2026/27"])).toBe(115570.9);
  });

  test('"latest" asks for the latest rates explicitly, in any spelling', () => {
    for (const word of ["latest", "Latest", " LATEST ", "latest rates"])
      expect(loaded([100000, word])).toBe(loaded([100000, latestHeld]));
  });

  test("an explicit year AIPAY has no rates for is #N/A saying what to do", () => {
    // The first year after the latest held (2027/28 while 2026/27 is latest), by name or by its first day
    for (const year of [firstUnheld, firstUnheldStart])
      expect(loaded([100000, year])).toMatchObject({
        code: "#N/A",
        message: `AIPAY has no employer rates for tax year ${firstUnheld}. Tax years available: ${heldTaxYears.join(", ")}. Write "latest" to use the ${latestHeld} rates, or add ${firstUnheld}'s gov.uk rates to employer-costs.json.`,
      });
  });

  test("a date (ISO text or Excel serial) means the tax year containing it", () => {
    expect(loaded([100000, "2026-07-01"])).toBe(115570.9);
    expect(loaded([100000, 46204])).toBe(115570.9); // 2026-07-01
  });

  test("a year with no rates is #N/A naming the years available", () => {
    expect(loaded([100000, "2024/25"])).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining(`Tax years available: ${heldTaxYears.join(", ")}.`),
    });
  });
});

describe("bad input says what is valid", () => {
  test.each([
    [[-1], "#NUM!", "salary cannot be negative"],
    [["lots"], "#VALUE!", "salary must be a number"],
    [[null], "#N/A", "salary is empty"],
    [[50000, "2026/27", 3], "#NUM!", "pensionRate is a fraction"],
    [[50000, "2026/27", null, -0.1], "#NUM!", "benefitsRate is a fraction"],
    [[50000, "2026/27", null, null, "yes"], "#VALUE!", "levy must be TRUE or FALSE"],
    [[50000, "last year"], "#VALUE!", "taxYear must be a tax year"],
    // Excel serial 2026 is 1905-07-18: a bare year is refused rather than read as that date.
    [[50000, 2026], "#VALUE!", 'serial 2026 is 1905-07-18). Write "2026/27" for the tax year from 6 April 2026'],
  ])("%j → %s", (args, code, message) => {
    expect(loaded(args)).toMatchObject({ code, message: expect.stringContaining(message) });
  });

  test("numeric text counts as its number, as Excel's arithmetic does", () => {
    expect(loaded(["100000", "2026/27"])).toBe(115570.9);
  });
});
