/** Rounding money to the penny, the one precision every AIPAY figure is reported in. */

/**
 * Money is reported to the penny so that derived figures (e.g. × 0.85) print cleanly. A half
 * penny rounds away from zero, as Excel's ROUND rounds the decimal a cell shows: 161,666.665
 * is 16,166,666.4999… pence in binary, which a plain Math.round would take down. So a product
 * within a few units of float error of a half penny counts as the half it stands for.
 */
export function toPence(amount: number): number {
  const pence = Math.abs(amount) * 100;
  const noise = pence < largestNudged ? pence * halfPennyTolerance : 0;
  const rounded = Math.round(pence + noise) / 100;
  return amount < 0 && rounded !== 0 ? -rounded : rounded;
}
/** About four units in the last place of a double: float error, never a real fraction of a penny. */
const halfPennyTolerance = 2 ** -50;
/** Above £10bn in pence the nudge would reach a thousandth of a penny: such sums are left as they are. */
const largestNudged = 2 ** 40;

/** Pence with binary floating-point noise removed (75,000 × 1.075 is 80,624.99999999999). */
const exactPence = (amount: number) => Math.round(amount * 1e6) / 1e4;
/** Up or down to the penny, for the ends of a derived band (see adjust). */
export const toPenceUp = (amount: number) => Math.ceil(exactPence(amount)) / 100;
export const toPenceDown = (amount: number) => Math.floor(exactPence(amount)) / 100;

/** Amounts to the penny added in whole pence, so the sum is exact: a year's twelve months, say. */
export function sumInPence(amounts: readonly number[]): number {
  let pence = 0;
  for (let k = 0; k < amounts.length; k++) pence += Math.round(amounts[k] * 100);
  return pence / 100;
}
