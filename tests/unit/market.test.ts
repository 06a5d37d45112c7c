/** The Market tab's headline figures read in their own units. */
import { payGuide } from "../support/engine";
import { headlineRange } from "../../src/taskpane/market";

const headline = (id: string) => headlineRange(payGuide.data.guide.headlines.find((h) => h.id === id)!);

test.each([
  ["median-ai-salary", "£75,000–£95,000 a year"], // Key Market Insights: £75,000 – £95,000
  ["senior-ml-day-rate", "£600–£800 a day"], // Executive Summary: £600–£800/day
  ["leadership-salary", "£120,000–£180,000+ a year"], // Executive Summary: £120,000–£180,000+
  ["london-premium", "10%–20%"], // Executive Summary: 10–20%
  ["hybrid-office-days", "2–3 days per week"], // Market Commentary: 2–3 days in office
])("%s reads %s", (id, text) => {
  expect(headline(id)).toBe(text);
});
