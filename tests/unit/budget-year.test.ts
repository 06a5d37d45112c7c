/** The plan's budget-year choices: UK financial years, the year ahead by default, each with its employer-rate year. */
import { budgetYear, budgetYears, nameAndDetail } from "../support/engine";
import { heldTaxYears, latestHeld } from "../support/tax-years";

/** The years with rates, as the dataset lists them; a fixture, so the figures below outlive the next year's rates. */
const rateYears = ["2025/26", "2026/27"];

test("in November 2026 the default is the year ahead, 2027/28, on the latest rates AIPAY has (2026/27)", () => {
  const { years, default: chosen } = budgetYears(rateYears, new Date(2026, 10, 23));
  expect(years.map((y) => y.label)).toEqual([
    "2025/26 (1 Apr 2025 – 31 Mar 2026)",
    "2026/27 (1 Apr 2026 – 31 Mar 2027)",
    "2027/28 (1 Apr 2027 – 31 Mar 2028), 2026/27 employer rates",
  ]);
  expect(years[chosen]).toEqual({
    label: "2027/28 (1 Apr 2027 – 31 Mar 2028), 2026/27 employer rates",
    start: "2027-04-01",
    end: "2028-03-31",
    taxYear: "2026/27",
  });
  expect(years[1]).toMatchObject({ start: "2026-04-01", end: "2027-03-31", taxYear: "2026/27" });
});

test("the financial year turns on 1 April: on 31 March 2026 the year ahead is 2026/27, on 1 April it is 2027/28", () => {
  const on = (date: Date) => {
    const { years, default: chosen } = budgetYears(rateYears, date);
    return years[chosen].start;
  };
  expect(on(new Date(2026, 2, 31))).toBe("2026-04-01");
  expect(on(new Date(2026, 3, 1))).toBe("2027-04-01");
});

test("before the dataset's first year the first year with rates is offered and chosen", () => {
  const { years, default: chosen } = budgetYears(rateYears, new Date(2020, 0, 1));
  expect(years.map((y) => y.taxYear)).toEqual(["2025/26", "2026/27"]);
  expect(chosen).toBe(0);
});

test("a year's label splits into a short name for the list and its days and rates for the note", () => {
  const { years } = budgetYears(rateYears, new Date(2026, 10, 23));
  expect(years.map(nameAndDetail)).toEqual([
    { name: "2025/26", detail: "1 Apr 2025 – 31 Mar 2026" },
    { name: "2026/27", detail: "1 Apr 2026 – 31 Mar 2027" },
    { name: "2027/28", detail: "1 Apr 2027 – 31 Mar 2028, 2026/27 employer rates" },
  ]);
});

test("with the shipped data, the financial year after the latest held tax year is priced at the latest held rates", () => {
  const latestStart = Number(latestHeld.slice(0, 4));
  expect(budgetYear(latestStart, heldTaxYears).taxYear).toBe(latestHeld);
  expect(budgetYear(latestStart + 1, heldTaxYears)).toMatchObject({
    start: `${latestStart + 1}-04-01`,
    taxYear: latestHeld,
    label: expect.stringMatching(new RegExp(`, ${latestHeld} employer rates$`)),
  });
});
