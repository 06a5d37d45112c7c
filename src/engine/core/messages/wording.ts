/** The small pieces of wording several messages share: lists, suggestions and amounts. */

/** "a, b, c": the names a message offers, in the order given. */
export const list = (names: readonly string[]): string => names.join(", ");

/** "a", "b" or "c". */
export const oneOf = (items: readonly string[]): string =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;

/** " Did you mean 'x'?" after an unknown name, or nothing when no name is near. */
export const didYouMean = (suggestion: string | undefined): string =>
  suggestion ? ` Did you mean '${suggestion}'?` : "";

/** Pounds as the guide prints them: whole pounds bare, pence to two places. */
export const gbp = (amount: number): string =>
  `£${amount.toLocaleString("en-GB", { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2, maximumFractionDigits: 2 })}`;
