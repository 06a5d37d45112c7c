/**
 * How a workbook carries its pin: two workbook-scoped defined names, each a text constant,
 * which Excel saves with the file, every platform reads, and the user can see in the Name
 * Manager. The Excel adapter reads them when its page starts; the task pane writes them.
 */
import type { WorkbookPin } from "./engine";

export const pinNames: Readonly<Record<keyof WorkbookPin, string>> = {
  edition: "AIPAY_EDITION",
  taxYear: "AIPAY_TAXYEAR",
};

/**
 * The event the task pane dispatches on the page it shares with the functions after it
 * changes the pin, so that they read it again.
 */
export const pinChangedEvent = "aipay:pin";

/** A name's formula for a pin value: the text constant ="2026". */
export const pinFormula = (value: string): string => `="${value.replace(/"/g, '""')}"`;

/** The value a name holds, from its formula or value as Excel gives it (="2026", or 2026); undefined for none. */
export function pinValue(held: unknown): string | undefined {
  if (typeof held === "number" && Number.isFinite(held)) return String(held);
  if (typeof held !== "string") return undefined;
  const text = held.trim().replace(/^=/, "").trim();
  const quoted = /^"(.*)"$/.exec(text);
  const value = (quoted ? quoted[1].replace(/""/g, '"') : text).trim();
  return value === "" ? undefined : value;
}

/**
 * The pin a workbook's names hold, as far as they say: `held` gives a name's value as Excel
 * reads it, undefined for a name the workbook lacks.
 */
export function pinFromNames(held: (name: string) => unknown): Partial<WorkbookPin> {
  return Object.fromEntries(
    (Object.keys(pinNames) as (keyof WorkbookPin)[]).flatMap((key) => {
      const value = pinValue(held(pinNames[key]));
      return value === undefined ? [] : [[key, value]];
    }),
  );
}
