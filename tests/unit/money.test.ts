/** How the task pane shows money: whole pounds, the modelled percentile to the nearest £1,000. */
import { formatAxis, formatModelled, formatMoney } from "../../src/taskpane/money";

test("salaries, costs and day rates show whole pounds, rounded half up", () => {
  expect(formatMoney(130_000)).toBe("£130,000");
  expect(formatMoney(98_320.9)).toBe("£98,321"); // a loaded cost with pence of employer NI
  expect(formatMoney(517.5)).toBe("£518"); // 625 × (1 − 17.5%): the inside-IR35 cut
  expect(formatMoney(517.49)).toBe("£517");
  expect(formatMoney(-0.4)).toBe("£0"); // never "-£0"
});

test("a modelled figure shows to the nearest £1,000", () => {
  expect(formatModelled(105_663.08)).toBe("£106,000"); // the modelled 90th percentile of MLOps Senior
  expect(formatModelled(105_499.99)).toBe("£105,000");
});

test("axis labels are short", () => {
  expect([0, 70_000, 82_500, 1_200_000].map(formatAxis)).toEqual(["£0", "£70k", "£82.5k", "£1.2m"]);
});
