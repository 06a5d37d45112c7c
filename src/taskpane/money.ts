/**
 * How figures read on screen. Only the display is rounded: data-value attributes, the
 * formulas and the plan sheet keep the engine's exact figures.
 */
const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
const thousands = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  notation: "compact",
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});

/**
 * Whole pounds, as finance reads salaries, costs and day rates. The guide prints none in
 * pence, so pence from a derived step (a regional discount, the IR35 cut, employer NI) are
 * arithmetic, not information.
 */
export const formatMoney = (amount: number) => pounds.format(Math.round(amount) || 0); // || 0: never "-£0"

/**
 * The precision a modelled figure is shown to: the nearest £1,000. A lognormal fitted to two
 * published percentiles of a band printed in thousands supports no finer figure.
 */
export const modelledStep = 1000;
export const formatModelled = (amount: number) => formatMoney(Math.round(amount / modelledStep) * modelledStep);

/** A short axis label: £70k, £1.2m. */
export const formatAxis = (amount: number) => thousands.format(amount);
