/**
 * The standard normal quantile (inverse CDF) and the lognormal fit AIPAY uses to read
 * percentiles other than the published 25th and 75th.
 */
import type { Range } from "../data/schema";

/** Horner evaluation of a polynomial whose coefficients run from the constant term up. */
const polynomial = (coefficients: readonly number[], x: number) => coefficients.reduceRight((sum, c) => sum * x + c, 0);

// Wichura (1988), Algorithm AS 241 (PPND16): rational approximations accurate to about
// 1 part in 10^16, in three regions of p. The coefficients are kept digit for digit as
// published, so they can be checked against the paper; each rounds to the nearest double.
// The third region, p within e^-25 (about 1.4e-11) of 0 or 1, is left out: AIPAY reads
// percentiles from 0.05 to 0.95 (fittedPercentiles), far inside the first two.
/* eslint-disable no-loss-of-precision */
const CENTRAL_NUMERATOR = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457,
  67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
];
const CENTRAL_DENOMINATOR = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061,
  28729.085735721942674, 5226.495278852854561,
];
const NEAR_NUMERATOR = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258,
  0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
];
const NEAR_DENOMINATOR = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459,
  0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
];
/* eslint-enable no-loss-of-precision */

/** The p nearest 0 that the two regions cover, where √(−ln p) reaches 5. */
const NEAR_TAIL_END = Math.exp(-25);

/** Φ⁻¹(p): the z with P(Z ≤ z) = p for a standard normal Z; p must lie within e^-25 of neither 0 nor 1. */
export function standardNormalQuantile(p: number): number {
  if (!(p >= NEAR_TAIL_END && p <= 1 - NEAR_TAIL_END))
    throw new RangeError(`p must lie between e^-25 and 1 - e^-25 (got ${p}).`);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * polynomial(CENTRAL_NUMERATOR, r)) / polynomial(CENTRAL_DENOMINATOR, r);
  }
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p)) - 1.6;
  const z = polynomial(NEAR_NUMERATOR, r) / polynomial(NEAR_DENOMINATOR, r);
  return q < 0 ? -z : z;
}

/**
 * The percentiles the fit is read at. Two printed quartiles fix a lognormal's median and
 * spread, not its tails: beyond the 5th and 95th percentiles (z = ±1.645, about 2.4 quartile
 * half-widths from the median) the figure is the curve's shape, not the market's, and near
 * 0 or 1 it runs to pennies or millions. Outside this range a percentile is refused.
 */
export const fittedPercentiles = { min: 0.05, max: 0.95 } as const;

/** Φ⁻¹(0.75) ≈ 0.674490: a band's low and high sit this many σ either side of its median. */
const UPPER_QUARTILE_Z = standardNormalQuantile(0.75);

/**
 * The p-quantile of the lognormal whose 25th and 75th percentiles are the band's low and
 * high: median = √(low × high), σ = ln(high / low) / (2 × 0.674490). Using the same z for
 * the fit and the read-back makes p = 0.25 and 0.75 return low and high exactly.
 */
export function lognormalQuantile(band: Range, p: number): number {
  const median = Math.sqrt(band.low * band.high);
  const sigma = Math.log(band.high / band.low) / (2 * UPPER_QUARTILE_Z);
  return median * Math.exp(sigma * standardNormalQuantile(p));
}
