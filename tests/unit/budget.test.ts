/** AIPAY.PRORATE, GROWTH and CONTRACTCOST against hand-computed figures. */
import { evaluate, payGuide } from "../support/engine";
import { firstUnheld, latestHeld } from "../support/tax-years";

/** The client's year as the data derives it: weekdays less leave and bank holidays. */
const { billableDaysPerYear: clientYear } = payGuide.data.employerCosts.contractor;
const clientDays = clientYear.value;

const one = (name: string, args: unknown[]) => evaluate(name, args)[0][0];

/** PRORATE's arguments on the days basis: its phasing is the sixth argument. */
const prorateByDays = (args: unknown[]) =>
  one("PRORATE", [...args, ...Array<null>(5 - args.length).fill(null), "days"]);

describe("PRORATE by payroll months (the default): each full month a twelfth of a year", () => {
  test("a half year is half, whatever the months' days", () => {
    // July–December 2026: 6 payroll months of 12: 100,000 × 6/12 = 50,000, in a leap year too
    expect(one("PRORATE", [100000, "2026-07-01"])).toBe(50000);
    expect(one("PRORATE", [100000, "2028-07-01"])).toBe(50000);
    // March–December: 100,000 × 10/12 = 83,333.33 in 2026 and 2028 alike
    expect(one("PRORATE", [100000, "2026-03-01"])).toBe(83333.33);
    expect(one("PRORATE", [100000, "2028-03-01"])).toBe(83333.33);
  });

  test("a start on a period's last day is that day's share of its month", () => {
    // 31 March 2027 in the financial year 2026/27: 1/31 of one month: 100,000 × (1/31)/12 = 268.82
    expect(one("PRORATE", [100000, "2027-03-31", "2026-04-01", "2027-03-31"])).toBe(268.82);
  });

  test("a period that does not start on a month's first day counts its part months", () => {
    // 6 April 2026–5 April 2027 is 25/30 of April + 11 months + 5/30 of April 2027 = 12 months.
    // From 6 October: 26/31 of October + 5 months + 5/30 = 6.005376…: 100,000 × 6.005376/12 = 50,044.80
    expect(one("PRORATE", [100000, "2026-10-06", "2026-04-06"])).toBe(50044.8);
  });
});

describe("PRORATE by days: the share of the amount by days employed, counting both ends", () => {
  test("the default period is the calendar year of the start date", () => {
    // 1 July–31 December 2026 = 31+31+30+31+30+31 = 184 of 365 days: 100,000 × 184/365 = 50,410.96
    expect(prorateByDays([100000, "2026-07-01"])).toBe(50410.96);
  });

  test("a leap year has 366 days", () => {
    // 1 July–31 December 2028 = 184 of 366 days: 100,000 × 184/366 = 50,273.22
    expect(prorateByDays([100000, "2028-07-01"])).toBe(50273.22);
    // 1 March–31 December is 306 days in both years, of 366 in 2028 but 365 in 2026
    expect(prorateByDays([100000, "2028-03-01"])).toBe(83606.56); // 100,000 × 306/366
    expect(prorateByDays([100000, "2026-03-01"])).toBe(83835.62); // 100,000 × 306/365
  });

  test("a start date as an Excel serial", () => {
    expect(prorateByDays([100000, 46204])).toBe(50410.96); // serial 46204 = 2026-07-01
  });

  test("starting before the period gives the full amount; after it, 0", () => {
    const period = ["2026-04-01", "2027-03-31"]; // a financial year, 365 days
    expect(prorateByDays([100000, "2025-06-01", ...period])).toBe(100000);
    expect(prorateByDays([100000, "2026-04-01", ...period])).toBe(100000);
    expect(prorateByDays([100000, "2027-04-01", ...period])).toBe(0);
    // starting on the last day counts that one day: 100,000 × 1/365
    expect(prorateByDays([100000, "2027-03-31", ...period])).toBe(273.97);
  });

  test("a leaver's end date trims the days", () => {
    // 1 January–30 June 2026 = 31+28+31+30+31+30 = 181 of 365 days: 100,000 × 181/365 = 49,589.04
    expect(prorateByDays([100000, "2026-01-01", null, null, "2026-06-30"])).toBe(49589.04);
    // left before the period began: nothing falls inside it
    expect(prorateByDays([100000, "2025-01-01", "2026-01-01", "2026-12-31", "2025-12-31"])).toBe(0);
  });

  test("a period start alone means the year from it", () => {
    // tax year 6 April 2026–5 April 2027 (365 days); 6 October–5 April = 26+30+31+31+28+31+5 = 182 days
    expect(prorateByDays([100000, "2026-10-06", "2026-04-06"])).toBe(49863.01); // 100,000 × 182/365
  });

  test("a period end alone means the year up to it", () => {
    // 1 April 2026–31 March 2027; 1 October–31 March = 31+30+31+31+28+31 = 182 days
    expect(prorateByDays([100000, "2026-10-01", null, "2027-03-31"])).toBe(49863.01);
  });

  test("dates in the wrong order are #NUM!", () => {
    expect(prorateByDays([100000, "2026-07-01", null, null, "2026-06-30"])).toMatchObject({
      code: "#NUM!",
      message: "endDate is before startDate.",
    });
    expect(prorateByDays([100000, "2026-07-01", "2026-12-31", "2026-01-01"])).toMatchObject({ code: "#NUM!" });
    expect(prorateByDays([100000, "July"])).toMatchObject({ code: "#VALUE!" });
  });
});

describe("GROWTH: compound projection", () => {
  test("one year at the trends note's 4% turns 100,000 into 104,000", () => {
    expect(one("GROWTH", [100000, "2026-01-01", "2027-01-01"])).toBe(104000);
    expect(one("GROWTH", [100000, "2028-01-01", "2029-01-01"])).toBe(104000); // 366 days is still one year
  });

  test("whole years compound and part years are by days", () => {
    expect(one("GROWTH", [100000, "2026-01-01", "2028-01-01", 0.05])).toBe(110250); // 100,000 × 1.05²
    expect(one("GROWTH", [100000, "2026-01-01", "2028-01-01", "5%"])).toBe(110250); // "5%" reads as 0.05, as in Excel
    // 1 January–2 July 2026 is 182 of 365 days: 100,000 × 1.04^(182/365) = 101,974.91
    expect(one("GROWTH", [100000, "2026-01-01", "2026-07-02"])).toBe(101974.91);
  });

  test("backwards in time deflates", () => {
    expect(one("GROWTH", [104000, "2027-01-01", "2026-01-01"])).toBe(100000); // 104,000 / 1.04
  });

  test("a rate that is not a fraction is #NUM! saying how to write it", () => {
    expect(one("GROWTH", [100000, "2026-01-01", "2027-01-01", 4])).toMatchObject({
      code: "#NUM!",
      message: expect.stringContaining("4% is 0.04"),
    });
  });
});

describe("CONTRACTCOST: day rate × billable days", () => {
  test("the client's year by default: 227 days, from the data's own parts", () => {
    const { weekdays, leave, bankHolidays } = clientYear.breakdown;
    expect(clientDays).toBe(weekdays - leave - bankHolidays); // 260 − 25 − 8 = 227 in the shipped data
    expect(one("CONTRACTCOST", [700])).toBe(700 * clientDays); // 700 × 227 = 158,900
    expect(one("CONTRACTCOST", [625])).toBe(625 * clientDays);
    expect(one("CONTRACTCOST", [625, 200])).toBe(125000);
  });

  test("a negative day rate or days is #NUM!", () => {
    expect(one("CONTRACTCOST", [-625])).toMatchObject({ code: "#NUM!" });
    expect(one("CONTRACTCOST", [625, -1])).toMatchObject({ code: "#NUM!" });
  });

  test("days are at most 366, the longest year", () => {
    expect(one("CONTRACTCOST", [625, 366])).toBe(228750); // 625 × 366
    expect(one("CONTRACTCOST", [625, 400])).toMatchObject({
      code: "#NUM!",
      message: "days is billable days in one year, at most 366 (got 400).",
    });
  });
});

describe("CONTRACTCOST inside IR35: the client's cost", () => {
  test("with an agency or umbrella as fee-payer (the default), the client pays the assignment rate", () => {
    expect(one("CONTRACTCOST", [625, null, "inside"])).toBe(625 * clientDays); // as outside
    expect(one("CONTRACTCOST", [625, null, "inside", "umbrella"])).toBe(625 * clientDays);
  });

  test("with the client as fee-payer, it adds employer NI and the levy on the deemed payment", () => {
    // A year of 220 days (12 monthly pays): fees 625 × 220 = 137,500; NI 15% × (137,500 − 5,000) = 19,875;
    // levy 0.5% × 137,500 = 687.50 → 158,062.50
    expect(one("CONTRACTCOST", [625, 220, "inside", "client", "2026/27"])).toBe(158062.5);
    expect(one("CONTRACTCOST", [625, 220, true, "direct", "2025/26"])).toBe(158062.5); // same rates in 2025/26
  });

  test("an engagement shorter than a year is allowed a monthly threshold for each month it is paid", () => {
    // 60 days is 60 × 12 / 227 = 3.17 months: 3 monthly pays. Fees 725 × 60 = 43,500;
    // NI 15% × (43,500 − 3 × 417) = 15% × 42,249 = 6,337.35, not 15% × (43,500 − 5,000) = 5,775;
    // levy 0.5% × 43,500 = 217.50 → 43,500 + 6,337.35 + 217.50 = 50,054.85
    expect(one("CONTRACTCOST", [725, 60, "inside", "client", "2026/27"])).toBe(50054.85);
    expect(one("BASIS", ["CONTRACTCOST", 725, 60, "inside", "client", "2026/27"])).toContain(
      "over 3 monthly pays with a monthly threshold each",
    );
    // 10 days (0.53 months) is one pay: 500 × 10 = 5,000; NI 15% × (5,000 − 417) = 687.45; levy 25
    expect(one("CONTRACTCOST", [500, 10, "inside", "client", "2026/27"])).toBe(5712.45);
    // no tax year: the latest AIPAY holds
    expect(one("CONTRACTCOST", [625, null, "inside", "client"])).toBe(
      one("CONTRACTCOST", [625, null, "inside", "client", latestHeld]),
    );
  });

  test("outside IR35 the fee-payer changes nothing", () => {
    expect(one("CONTRACTCOST", [625, null, "outside", "client"])).toBe(625 * clientDays);
  });

  test("an unknown fee-payer, or a tax year without rates, says what is valid", () => {
    expect(one("CONTRACTCOST", [625, null, "inside", "HMRC"])).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining('Use "agency" (the default'),
    });
    expect(one("CONTRACTCOST", [625, null, "inside", "client", firstUnheld])).toMatchObject({ code: "#N/A" });
  });
});
