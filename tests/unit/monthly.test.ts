/** AIPAY.MONTHLY, HEADCOUNT and AGED against hand-computed figures, and their relation to PRORATE and LOADEDCOST. */
import fc from "fast-check";
import { evaluate, payGuide } from "../support/engine";

const row = (name: string, args: unknown[]) => evaluate(name, args)[0] as number[];
const one = (name: string, args: unknown[]) => evaluate(name, args)[0][0];
const sum = (values: readonly number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
/** MONTHLY's arguments on the days basis: its phasing is the eighth argument. */
const byDays = (args: unknown[]) => [...args, ...Array<null>(7 - args.length).fill(null), "days"];
const monthlyByDays = (args: unknown[]) => row("MONTHLY", byDays(args));

describe("MONTHLY on the payroll basis (the default): each full month a twelfth", () => {
  test("a full year pays 1/12 every month, February included", () => {
    // 120,000 ÷ 12 = 10,000 in each month of 1 April 2027–31 March 2028 (February 2028 has 29 days)
    expect(row("MONTHLY", [120000, "2027-04-01", "2027-04-01"])).toEqual(Array(12).fill(10000));
    expect(row("MONTHLY", [120000, "2027-04-01", "2027-04-01", null, null, null, null, "payroll"])).toEqual(
      Array(12).fill(10000),
    );
  });

  test("a part month is its twelfth × the days employed ÷ the month's days; PRORATE agrees", () => {
    // from 16 June 2027: June 10,000 × 15/30 = 5,000, then nine full months of 10,000
    expect(row("MONTHLY", [120000, "2027-06-16", "2027-04-01"])).toEqual([
      0, 0, 5000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000,
    ]);
    // 120,000 × 9.5 / 12 = 95,000 over the financial year
    expect(one("PRORATE", [120000, "2027-06-16", "2027-04-01", "2028-03-31"])).toBe(95000);
    expect(one("PRORATE", [120000, "2027-06-16", "2027-04-01"])).toBe(95000);
  });

  test("a leaver on 10 October is paid 10/31 of October's twelfth", () => {
    // 10,000 × 10/31 = 3,225.806… → 3,225.81; six full months before it: 63,225.81 in all
    const months = row("MONTHLY", [120000, "2027-04-01", "2027-04-01", "2027-10-10"]);
    expect(months).toEqual([10000, 10000, 10000, 10000, 10000, 10000, 3225.81, 0, 0, 0, 0, 0]);
    expect(one("PRORATE", [120000, "2027-04-01", "2027-04-01", null, "2027-10-10"])).toBe(63225.81);
  });

  test("a January review with a qualifying period: recent starters skip it", () => {
    const january = (start: string, qualifying: number | null) =>
      row("MONTHLY", [120000, start, "2027-04-01", null, 1, 0.1, qualifying]);
    // from 16 June, six months served by 16 December: raised to 11,000 from 1 January.
    // 5,000 + 6 × 10,000 + 3 × 11,000 = 98,000
    expect(sum(january("2027-06-16", 6))).toBe(98000);
    // from 1 August, six months are served on 1 February: no raise this year, 8 × 10,000
    expect(sum(january("2027-08-01", 6))).toBe(80000);
    // with no qualifying period (the default) the August starter is raised: 5 × 10,000 + 3 × 11,000
    expect(sum(january("2027-08-01", null))).toBe(83000);
    expect(sum(january("2027-08-01", 0))).toBe(83000);
    // six months to the day qualifies: 1 July + 6 months = 1 January
    expect(january("2027-07-01", 6)[9]).toBe(11000);
    expect(january("2027-07-02", 6)[9]).toBe(10000);
  });

  test("bad qualifying periods and phasings say what is valid", () => {
    const args = [120000, "2027-04-01", "2027-04-01", null, 1, 0.1];
    for (const bad of [2.5, -1, 121])
      expect(one("MONTHLY", [...args, bad])).toMatchObject({
        code: "#NUM!",
        message: expect.stringContaining("qualifyingMonths is a whole number of months from 0 to 120"),
      });
    expect(one("MONTHLY", [120000, "2027-04-01", "2027-04-01", null, null, null, 6])).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("qualifyingMonths is given without reviewMonth"),
    });
    expect(one("MONTHLY", [...args, null, "weekly"])).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/"payroll".*"days"/),
    });
    expect(one("PRORATE", [120000, "2027-04-01", null, null, null, "weekly"])).toMatchObject({ code: "#VALUE!" });
  });

  test("the phasings' words and aliases are data", () => {
    for (const { phasing, aliases } of payGuide.data.vocabulary.phasings)
      for (const word of [phasing, ...aliases])
        expect(one("PRORATE", [36600, "2028-02-10", "2028-01-01", "2028-12-31", null, word])).toBe(
          phasing === "days" ? 32600 : 32603.45,
        );
    // by days: 36,600 × 326/366 = 32,600 (40 days of 2028 before 10 February). Payroll: 36,600 × (20/29 + 10)/12 = 32,603.448… → 32,603.45
  });
});

describe("MONTHLY on the days basis: an annual amount by days employed, as PRORATE counts them", () => {
  test("a mid-month start in a year beginning in April", () => {
    // 73,000 over the 365 days of 1 April 2026–31 March 2027 is £200 a day. From 15 July:
    // July 17 days = 3,400; 31-day months 6,200; 30-day months 6,000; February (28) 5,600.
    expect(monthlyByDays([73000, "2026-07-15", "2026-04-01"])).toEqual([
      0, 0, 0, 3400, 6200, 6000, 6200, 6000, 6200, 6200, 5600, 6200,
    ]);
    // 17 + 31 + 30 + 31 + 30 + 31 + 31 + 28 + 31 = 260 days: 73,000 × 260/365 = 52,000
    expect(one("PRORATE", [73000, "2026-07-15", "2026-04-01", null, null, "days"])).toBe(52000);
  });

  test("a year beginning in January; the rounding remainder goes to the last month with pay", () => {
    // 10,000 × 31/365 = 849.315… → 849.32; × 30/365 = 821.917… → 821.92; × 28/365 = 767.123… → 767.12.
    // Rounded months add to 7 × 849.32 + 4 × 821.92 + 767.12 = 10,000.04: December takes −0.04.
    const months = monthlyByDays([10000, "2025-06-01", "2026-01-01"]);
    expect(months).toEqual([
      849.32, 767.12, 849.32, 821.92, 849.32, 821.92, 849.32, 849.32, 821.92, 849.32, 821.92, 849.28,
    ]);
    expect(sum(months)).toBe(10000);
  });

  test("a leap year and a leaver", () => {
    // 2028 has 366 days: 36,600 is £100 a day. 10 February–20 November 2028:
    // February 10–29 = 20 days, November 1–20 = 20 days, 31-day months 3,100, 30-day months 3,000.
    const months = monthlyByDays([36600, "2028-02-10", "2028-01-01", "2028-11-20"]);
    expect(months).toEqual([0, 2000, 3100, 3000, 3100, 3000, 3100, 3100, 3000, 3100, 2000, 0]);
    // 20 + 31 × 5 + 30 × 3 + 20 = 285 days: 36,600 × 285/366 = 28,500, as PRORATE says
    expect(one("PRORATE", [36600, "2028-02-10", "2028-01-01", "2028-12-31", "2028-11-20", "days"])).toBe(28500);
    expect(sum(months)).toBe(28500);
  });

  test("a pay review in April raises a January starter's pay from April", () => {
    // 36,500 over 2026 (365 days) is £100 a day; from 1 April £110 a day at a 10% review.
    const months = monthlyByDays([36500, "2026-01-01", "2026-01-01", null, 4, 0.1]);
    expect(months).toEqual([3100, 2800, 3100, 3300, 3410, 3300, 3410, 3410, 3300, 3410, 3300, 3410]);
    // 90 days at £100 + 275 days at £110 = 9,000 + 30,250 = 39,250
    expect(sum(months)).toBe(39250);
  });

  test("reviews count from the start date: none on the day a hire starts, one each later year", () => {
    const april = ["2026-04-01", null, 4, 0.1] as const;
    // starts on the review day: no raise until April 2027, after this year (73,000 at £200 a day)
    expect(sum(monthlyByDays([73000, "2026-04-01", ...april]))).toBe(73000);
    // started in June 2025: raised on 1 April 2026, so the whole year is at 73,000 × 1.1 = 80,300
    expect(sum(monthlyByDays([73000, "2025-06-01", ...april]))).toBe(80300);
    // started in 2024: raised in April 2025 and April 2026, 73,000 × 1.1² = 88,330
    expect(sum(monthlyByDays([73000, "2024-06-01", ...april]))).toBe(88330);
  });

  test("a review month alone uses the trends note's rate", () => {
    // 36,500 from January 2026, reviewed in July at the dataset's rate r: 181 days at £100, 184 at £100 × (1 + r)
    const rate = payGuide.data.trends.salaryGrowth.annualRate;
    const expected = Math.round((18100 + 18400 * (1 + rate)) * 100) / 100;
    expect(sum(monthlyByDays([36500, "2026-01-01", "2026-01-01", null, 7]))).toBe(expected);
  });

  test("bad inputs say what is valid", () => {
    expect(one("MONTHLY", [73000, "2026-07-15", "2026-04-15"])).toMatchObject({
      code: "#NUM!",
      message: expect.stringContaining("yearStart must be the first day of a month"),
    });
    expect(one("MONTHLY", [73000, "2026-07-15", "2026-04-01", "2026-07-01"])).toMatchObject({
      code: "#NUM!",
      message: "endDate is before startDate.",
    });
    expect(one("MONTHLY", [73000, "2026-07-15", "2026-04-01", null, 13])).toMatchObject({ code: "#NUM!" });
    expect(one("MONTHLY", [73000, "2026-07-15", "2026-04-01", null, null, 0.04])).toMatchObject({ code: "#N/A" });
    expect(one("MONTHLY", [73000, "2026-07-15", "2026-04-01", null, 4, 4])).toMatchObject({ code: "#NUM!" });
    expect(one("MONTHLY", [73000, "2026-07-15"])).toMatchObject({ code: "#N/A" });
    expect(one("MONTHLY", [73000, "July", "2026-04-01"])).toMatchObject({ code: "#VALUE!" });
  });

  test("a column of hires spills one row of twelve each", () => {
    const grid = evaluate("MONTHLY", byDays([[[73000], [36600]], [["2026-07-15"], ["2027-03-01"]], "2026-04-01"]));
    expect(grid).toHaveLength(2);
    expect(grid[0]).toEqual(monthlyByDays([73000, "2026-07-15", "2026-04-01"]));
    // March 2027 only: 36,600 × 31/365 = 3,108.49
    expect(grid[1]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3108.49]);
  });
});

describe("MONTHLY and PRORATE agree on either basis", () => {
  test("property: without a review the twelve add up to PRORATE over the same year, to the penny", () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)));
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }).map((pence) => pence / 100),
        day,
        fc.option(fc.integer({ min: 0, max: 800 })),
        fc.integer({ min: 2025, max: 2028 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom("payroll", "days"),
        (amount, start, stay, year, month, basis) => {
          const yearStart = iso(new Date(Date.UTC(year, month - 1, 1)));
          const end = stay === null ? null : iso(new Date(start.getTime() + stay * 86_400_000));
          const months = row("MONTHLY", [amount, iso(start), yearStart, end, null, null, null, basis]);
          expect(months).toHaveLength(12);
          expect(months.every((m) => Number.isFinite(m) && !Object.is(m, -0))).toBe(true);
          expect(sum(months)).toBe(one("PRORATE", [amount, iso(start), yearStart, null, end, basis]));
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe("HEADCOUNT: heads in post at each month's end", () => {
  test("a mid-month start and a leaver on a month's last day", () => {
    // in post from 15 July; leaving 30 November (the last day employed) still counts at November's end
    expect(row("HEADCOUNT", ["2026-07-15", "2026-04-01", "2026-11-30", 2])).toEqual([
      0, 0, 0, 2, 2, 2, 2, 2, 0, 0, 0, 0,
    ]);
    // leaving on 29 November: gone by November's end
    expect(row("HEADCOUNT", ["2026-07-15", "2026-04-01", "2026-11-29"])).toEqual([0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
  });

  test("a leap-year February ends on the 29th", () => {
    expect(row("HEADCOUNT", ["2028-02-29", "2028-01-01"])).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(row("HEADCOUNT", ["2028-03-01", "2028-01-01"])).toEqual([0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  test("bad headcount or dates are errors", () => {
    expect(one("HEADCOUNT", ["2026-07-15", "2026-04-01", null, -1])).toMatchObject({ code: "#NUM!" });
    expect(one("HEADCOUNT", ["2026-07-15", "2026-04-02"])).toMatchObject({ code: "#NUM!" });
  });
});

describe("AGED: a figure aged from the dataset's effective date", () => {
  const effective = payGuide.data.guide.source.effectiveDate;

  test("the effective date comes from the data, as SOURCE reports it", () => {
    expect(one("SOURCE", ["effectiveDate"])).toBe(effective);
  });

  test("is GROWTH from the effective date", () => {
    for (const to of ["2027-04-01", "2028-01-01", "2025-06-30"])
      expect(one("AGED", [100000, to, 0.03])).toBe(one("GROWTH", [100000, effective, to, 0.03]));
  });

  test("100,000 from 1 January 2026 to 1 April 2027 at the default 4%", () => {
    expect(effective).toBe("2026-01-01"); // "as of January 2026", the guide's methodology
    // 1 + 90/365 years (January–March 2027 is 31 + 28 + 31 days): 100,000 × 1.04^1.246575 = 105,010.65
    expect(one("AGED", [100000, "2027-04-01"])).toBe(105010.65);
  });
});

describe("employer cost by month: phasing the loaded cost against the loaded cost of phased pay", () => {
  // 85,000 in 2026/27: 85,000 + 15% × (85,000 − 5,000) + 3% × (50,270 − 6,240) = 85,000 + 12,000 + 1,320.90 = 98,320.90
  const loaded = 98320.9;
  /** LOADEDCOST per pay period: a month's pay at its annual rate (× 12), the result back to a month (÷ 12). */
  const loadedOfPhased = (months: number[]) =>
    (evaluate("LOADEDCOST", [[months.map((m) => m * 12)], "2026/27"])[0] as number[]).map((m) => m / 12);

  test("pay constant across the year: payroll months agree with per-period thresholds month by month", () => {
    expect(one("LOADEDCOST", [85000, "2026/27"])).toBe(loaded);
    const phasedLoaded = row("MONTHLY", [loaded, "2025-01-01", "2026-01-01"]);
    const perPeriod = loadedOfPhased(row("MONTHLY", [85000, "2025-01-01", "2026-01-01"]));
    // Every month's pay is above the monthly thresholds, and the loaded cost is 1.15 × pay + 570.90
    // (the pension less the NI on the secondary threshold), so both total 1.15 × 85,000 + 570.90,
    // and both put a twelfth of it in each month, as payroll does.
    expect(sum(phasedLoaded)).toBe(loaded);
    expect(sum(perPeriod)).toBeCloseTo(loaded, 1);
    // (within pennies: each month's pay is rounded to the penny before it is loaded)
    phasedLoaded.forEach((month, k) => expect(Math.abs(month - perPeriod[k])).toBeLessThan(0.1));
    // By days the fixed £570.90 falls 31/365 in January instead: 570.90 × (31/365 − 1/12) = 0.91.
    const byDaysLoaded = monthlyByDays([loaded, "2025-01-01", "2026-01-01"]);
    const byDaysPerPeriod = loadedOfPhased(monthlyByDays([85000, "2025-01-01", "2026-01-01"]));
    expect(byDaysLoaded[0] - byDaysPerPeriod[0]).toBeCloseTo(0.91, 1);
  });

  test("a starter in October: phasing the loaded cost is what per-period thresholds give", () => {
    // three payroll months: 98,320.90 × 3/12 = 24,580.225 → 24,580.22 (or .23: a float's half-penny)
    expect(sum(row("MONTHLY", [loaded, "2026-10-01", "2026-01-01"]))).toBeCloseTo(24580.22, 1);
    // per period: 1.15 × 85,000 × 3/12 + 3/12 × 570.90 = 24,437.50 + 142.725 = 24,580.225
    const perPeriod = loadedOfPhased(row("MONTHLY", [85000, "2026-10-01", "2026-01-01"]));
    expect(sum(perPeriod)).toBeCloseTo(24580.22, 1);
    // by days the two differ: 98,320.90 × 92/365 = 24,782.25 against 24,781.08 per period
    expect(sum(monthlyByDays([loaded, "2026-10-01", "2026-01-01"]))).toBe(24782.25);
  });
});
