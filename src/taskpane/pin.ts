/**
 * The workbook's pin, as the task pane reads and writes it: the first time the pane puts
 * AIPAY formulas into a workbook (a plan sheet, or Insert), it pins the workbook to the edition
 * and tax year those formulas are calculated with, so that they keep their figures when a
 * newer edition ships. A pin already there is never changed here. The pin is two
 * workbook-scoped names (the engine's pinNames); the reads and writes join the batches of the
 * action that needs them, so pinning costs no extra round trip to Excel.
 */
import { pinChangedEvent, pinFormula, pinFromNames, pinNames, type AipayEngine, type WorkbookPin } from "../engine";
import { aipay } from "./workbook-engine";

const pinKeys = Object.keys(pinNames) as (keyof WorkbookPin)[];

/** Queues the read of the workbook's pin; after the next sync, the pin (what of it there is). */
export function queuePinRead(context: Excel.RequestContext): () => Partial<WorkbookPin> {
  const items = new Map(
    Object.values(pinNames).map((name) => [name, context.workbook.names.getItemOrNullObject(name)]),
  );
  for (const item of items.values()) item.load("value");
  return () => pinFromNames((name) => (items.get(name)!.isNullObject ? undefined : items.get(name)!.value));
}

/**
 * The pane's engine follows the workbook's pin `held`; for a workbook with none, the names
 * that pin it to the edition and tax year in force are queued. Queue them last in a batch: a
 * batch that fails before them leaves no pin behind. Returns what to call once the batch has
 * synced: it tells the page's functions of a new pin.
 */
export function followOrPin(context: Excel.RequestContext, held: Partial<WorkbookPin>): () => void {
  aipay.pinWorkbook(held);
  if (held.edition !== undefined) return () => undefined;
  const pin = aipay.inForce();
  queuePinWrite(context, held, pin);
  return () => announcePin(aipay, pin);
}

/** Queues the names that change the workbook's pin from `held` to `pin`: each that differs replaced. */
export function queuePinWrite(context: Excel.RequestContext, held: Partial<WorkbookPin>, pin: WorkbookPin): void {
  const { names } = context.workbook;
  for (const key of pinKeys) {
    if (held[key] === pin[key]) continue;
    if (held[key] !== undefined) names.getItem(pinNames[key]).delete();
    names.add(pinNames[key], pinFormula(pin[key]));
  }
}

/** Once the pin is written: `engine` follows it, and the page's functions are told to read it again. */
export function announcePin(engine: AipayEngine, pin: WorkbookPin): void {
  engine.pinWorkbook(pin);
  if (typeof dispatchEvent === "function") dispatchEvent(new Event(pinChangedEvent));
}
