/** Rounding money to the penny, the one precision every AIPAY figure is reported in. */

/** Money is reported to the penny so that derived figures (e.g. × 0.85) print cleanly. */
export const toPence = (amount: number) => Math.round(amount * 100) / 100;

/** Pence with binary floating-point noise removed (75,000 × 1.075 is 80,624.99999999999). */
const exactPence = (amount: number) => Math.round(amount * 1e6) / 1e4;
/** Up or down to the penny, for the ends of a derived band (see adjust). */
export const toPenceUp = (amount: number) => Math.ceil(exactPence(amount)) / 100;
export const toPenceDown = (amount: number) => Math.floor(exactPence(amount)) / 100;
