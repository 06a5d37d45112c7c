/** The small pieces of wording several messages share. */

/** "a", "b" or "c". */
export const oneOf = (items: readonly string[]): string =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
