/** Date reading (Excel serials and ISO text) and UK tax years. */
import { addYears, dayOf, fromExcelSerial, isoOf, toExcelSerial, yearsBetween } from "../../src/engine/calendar/dates";
import { taxYearContaining } from "../../src/engine/calendar/tax-years";
import { dateArgument, optionalDate, taxYearArgument } from "../../src/engine/args/dates";

const iso = (text: string) => dateArgument(text, "date");

describe("Excel serial numbers (1900 date system)", () => {
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"], // Excel's fake 29 February 1900 is serial 60, so 61 is 1 March
    [45658, "2025-01-01"],
    [46204, "2026-07-01"], // 45658 + 365 (2025) + 181 (Jan–Jun 2026)
    [46204.75, "2026-07-01"], // the time of day is ignored
    [47177, "2029-02-28"],
  ])("serial %d is %s", (serial, expected) => {
    expect(isoOf(fromExcelSerial(serial, "date"))).toBe(expected);
  });

  test("round trip from a day to its serial", () => {
    expect(toExcelSerial(dayOf(2025, 1, 1))).toBe(45658);
  });

  test("serial 60 (29 February 1900, which never existed), 0 and negatives are #NUM!", () => {
    expect(() => fromExcelSerial(60, "startDate")).toThrow(expect.objectContaining({ code: "#NUM!" }));
    expect(() => fromExcelSerial(0, "startDate")).toThrow(expect.objectContaining({ code: "#NUM!" }));
    expect(() => fromExcelSerial(-5, "startDate")).toThrow(expect.objectContaining({ code: "#NUM!" }));
  });
});

describe("ISO text", () => {
  test("reads YYYY-MM-DD, with surrounding spaces", () => {
    expect(iso(" 2026-07-01 ")).toBe(dayOf(2026, 7, 1));
    expect(iso("2028-02-29")).toBe(dayOf(2028, 2, 29)); // 2028 is a leap year
  });

  test("a day that does not exist is #NUM!; other text is #VALUE! saying what is valid", () => {
    expect(() => iso("2026-02-29")).toThrow(expect.objectContaining({ code: "#NUM!" })); // 2026 is not a leap year
    expect(() => iso("1 July 2026")).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining('ISO text such as "2026-07-01"') }),
    );
    expect(() => dateArgument(true, "startDate")).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });

  test("a blank required date is #N/A; a blank optional date is undefined", () => {
    expect(() => dateArgument(null, "startDate")).toThrow(expect.objectContaining({ code: "#N/A" }));
    expect(optionalDate("", "endDate")).toBeUndefined();
  });
});

describe("years between dates", () => {
  test("a year is a year in leap and common years", () => {
    expect(yearsBetween(iso("2026-01-01"), iso("2027-01-01"))).toBe(1); // 365 days
    expect(yearsBetween(iso("2028-01-01"), iso("2029-01-01"))).toBe(1); // 366 days
    expect(yearsBetween(iso("2026-03-15"), iso("2028-03-15"))).toBe(2);
  });

  test("part years are days elapsed over the days in that year", () => {
    expect(yearsBetween(iso("2026-01-01"), iso("2026-07-02"))).toBeCloseTo(182 / 365, 12);
    expect(yearsBetween(iso("2028-01-01"), iso("2028-07-01"))).toBeCloseTo(182 / 366, 12); // Jan–Jun 2028 = 182 days
    expect(yearsBetween(iso("2027-01-01"), iso("2026-01-01"))).toBe(-1);
  });

  test("29 February's anniversary in a common year is 28 February, as with EDATE", () => {
    expect(isoOf(addYears(iso("2028-02-29"), 1))).toBe("2029-02-28");
    expect(yearsBetween(iso("2028-02-29"), iso("2029-02-28"))).toBe(1);
  });
});

describe("UK tax years run 6 April to 5 April", () => {
  test.each([
    ["2026-04-05", "2025/26"],
    ["2026-04-06", "2026/27"],
    ["2027-01-31", "2026/27"],
    ["2099-12-31", "2099/00"],
  ])("%s is in %s", (date, year) => {
    expect(taxYearContaining(iso(date))).toBe(year);
  });

  const latest = "2026/27";
  test.each([
    ["2026/27", "2026/27"],
    ["2026-27", "2026/27"],
    ["2026/2027", "2026/27"],
    ["2026 to 2027", "2026/27"],
    ["2026-04-05", "2025/26"],
    [46204, "2026/27"], // serial 46204 = 2026-07-01
    [null, "2025/26"], // blank: the year the workbook's edition or pin names, whatever the date
    ["latest", "2026/27"],
  ])("taxYear %j means %s", (given, year) => {
    expect(taxYearArgument(given, "2025/26", latest)).toBe(year);
  });

  test("a pair that is not one year apart, and other text, are #VALUE!", () => {
    expect(() => taxYearArgument("2026/28", latest, latest)).toThrow(expect.objectContaining({ code: "#VALUE!" }));
    expect(() => taxYearArgument("next year", latest, latest)).toThrow(
      expect.objectContaining({ message: expect.stringContaining('a tax year such as "2026/27"') }),
    );
  });
});
