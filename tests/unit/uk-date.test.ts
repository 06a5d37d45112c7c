/** The plan's start dates are typed day first, as in the UK, whatever the machine's locale. */
import { isoFromUk, ukFromIso } from "../../src/engine/calendar/uk-date";

test("day/month/year with slashes, dots or hyphens, with or without leading zeros", () => {
  expect(isoFromUk("01/04/2027")).toBe("2027-04-01"); // 1 April, not 4 January
  expect(isoFromUk("1/4/2027")).toBe("2027-04-01");
  expect(isoFromUk(" 31.12.2026 ")).toBe("2026-12-31");
  expect(isoFromUk("29-02-2028")).toBe("2028-02-29"); // 2028 is a leap year
});

test("ISO text is accepted as it is", () => {
  expect(isoFromUk("2026-09-01")).toBe("2026-09-01");
});

test("text that names no calendar day is refused", () => {
  for (const text of ["", "31/04/2027", "29/02/2027", "13/13/2027", "04/01/27", "1 April 2027", "2026-02-30"])
    expect(isoFromUk(text)).toBeUndefined();
});

test("ISO dates read back day first, and round-trip", () => {
  expect(ukFromIso("2027-04-01")).toBe("01/04/2027");
  expect(isoFromUk(ukFromIso("2028-02-29"))).toBe("2028-02-29");
});
