/** The inverse normal CDF (Wichura AS 241) against published values, and the lognormal fit. */
import { lognormalQuantile, standardNormalQuantile } from "../../src/engine/model/normal";

test.each([
  [0.5, 0],
  [0.75, 0.6744897502],
  [0.25, -0.6744897502],
  [0.975, 1.959963985],
  [0.025, -1.959963985],
  [0.9, 1.2815515655],
  [0.99, 2.326347874],
  [0.999, 3.0902323062], // the "near tail" region of AS 241 (r ≤ 5)
  [1e-10, -6.3613409024], // near its end: r = √(−ln 1e-10) ≈ 4.80
])("Φ⁻¹(%p) = %p", (p, z) => {
  expect(standardNormalQuantile(p)).toBeCloseTo(z, 9);
});

test("Φ⁻¹ is symmetric, and refuses p outside (0, 1) and in its far tails", () => {
  expect(standardNormalQuantile(0.3)).toBeCloseTo(-standardNormalQuantile(0.7), 15);
  for (const p of [0, 1, -0.1, 1.5, NaN]) expect(() => standardNormalQuantile(p)).toThrow(RangeError);
  // The far tails (r > 5), which AIPAY never reads, are refused rather than approximated by the near tail's fit.
  for (const p of [1e-12, 1 - 1e-12]) expect(() => standardNormalQuantile(p)).toThrow(RangeError);
});

test("the lognormal fit returns the band's ends at the quartiles and √(low × high) at the median", () => {
  const band = { low: 75000, high: 95000 };
  expect(lognormalQuantile(band, 0.25)).toBeCloseTo(75000, 6);
  expect(lognormalQuantile(band, 0.75)).toBeCloseTo(95000, 6);
  // √(75,000 × 95,000) = √7,125,000,000 = 84,409.7150…
  expect(lognormalQuantile(band, 0.5)).toBeCloseTo(84409.715, 3);
});
