/**
 * The workbook's pin, as the task pane writes it: the first time the pane puts AIPAY formulas
 * into a workbook (a plan sheet, or Insert), it pins the workbook to the edition and tax year
 * those formulas were calculated with, so that they keep their figures when a newer edition
 * ships. A pin already there is never changed here. The pin is two workbook-scoped names
 * (the engine's pinNames); the page's functions are then told to read them again.
 */
import { pinFormula, pinNames, pinValue, type WorkbookPin } from "../engine";
import { aipay } from "./workbook-engine";

/** The event the Excel adapter listens for on the page both share. */
const pinChangedEvent = "aipay:pin";

/** Reads the workbook's pin (what of it there is) in `context`. */
export async function readPin(context: Excel.RequestContext): Promise<Partial<WorkbookPin>> {
  const keys = Object.keys(pinNames) as (keyof WorkbookPin)[];
  const items = keys.map((key) => context.workbook.names.getItemOrNullObject(pinNames[key]));
  for (const item of items) item.load("value");
  await context.sync();
  return Object.fromEntries(
    keys.flatMap((key, i) => {
      const value = items[i].isNullObject ? undefined : pinValue(items[i].value);
      return value === undefined ? [] : [[key, value]];
    }),
  );
}

/**
 * Pins the workbook to the edition and tax year in force, unless it is pinned already; the
 * pin it has afterwards. The pane's engine follows it either way.
 */
export async function pinIfUnpinned(context: Excel.RequestContext): Promise<Partial<WorkbookPin>> {
  const held = await readPin(context);
  if (held.edition !== undefined) {
    aipay.pinWorkbook(held);
    return held;
  }
  const pin = aipay.inForce();
  for (const key of Object.keys(pinNames) as (keyof WorkbookPin)[])
    if (held[key] === undefined) context.workbook.names.add(pinNames[key], pinFormula(pin[key]));
  await context.sync();
  aipay.pinWorkbook(pin);
  if (typeof dispatchEvent === "function") dispatchEvent(new Event(pinChangedEvent));
  return pin;
}
