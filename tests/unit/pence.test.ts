/** The engine's one rounding of money: to the penny, a half penny away from zero, as Excel's ROUND. */
import fc from "fast-check";
import { evaluate } from "../support/engine";
import { toPence } from "../../src/engine/core/money";

test("a half penny rounds away from zero even where the double holding it is a hair below", () => {
  // 1.005 is 1.00499999999999989… as a double, and 82,666.665 is 82,666.66499999999…: ROUND(x,2)
  // in Excel gives 1.01 and 82,666.67, and so does AIPAY.
  expect([toPence(1.005), toPence(82666.665), toPence(2.675)]).toEqual([1.01, 82666.67, 2.68]);
  expect([toPence(-1.005), toPence(-0.005)]).toEqual([-1.01, -0.01]);
  // Less than a half is less than a half, and nothing rounds to −0.
  expect([toPence(1.004999), toPence(8097.574)]).toEqual([1, 8097.57]);
  expect(Object.is(toPence(-0.001), 0)).toBe(true);
});

test("a derived band's midpoint on a half penny: LLM Engineer, Lead/Principal, Cambridge", () => {
  // (140,000 + 183,333.33) / 2 = 161,666.665: 161,666.67, as =ROUND((low+high)/2,2) in Excel
  expect(evaluate("SALARYBAND", ["LLM Engineer", "Lead/Principal", "Cambridge", "range"])).toEqual([
    [140000, 183333.33],
  ]);
  expect(evaluate("SALARYBAND", ["LLM Engineer", "Lead/Principal", "Cambridge"])).toEqual([[161666.67]]);
});

test("property: whole pence, and a thousandth of a penny short of a half, are left as they are up to £100m", () => {
  fc.assert(
    fc.property(fc.integer({ min: -1e10, max: 1e10 }), (pence) => {
      expect(toPence(pence / 100)).toBe(pence / 100 + 0);
      expect(toPence((pence + 0.499) / 100)).toBe(pence / 100 + 0);
    }),
    { numRuns: 2000 },
  );
});
