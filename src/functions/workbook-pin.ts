/**
 * The workbook's pin, told to the engine: the edition of the guide and the tax year its
 * formulas were built on, held in two workbook-scoped names (AIPAY_EDITION, AIPAY_TAXYEAR)
 * that travel with the file. Read when the page starts, and again whenever the task pane says
 * it has changed them (the "aipay:pin" event on the page both share); when that changes any
 * answer, Excel calculates every formula again. Names are read through ExcelApi 1.4
 * (NamedItemCollection.getItemOrNullObject); an Excel without it calculates with the default.
 */
import { pinChangedEvent, pinFromNames, pinNames, type WorkbookPin } from "../engine";
import { aipay } from "./workbook-engine";

/** Reads the pin from the workbook, tells the engine, and recalculates when that changed it; the pin read, or undefined outside Excel. */
export async function followWorkbookPin(): Promise<Partial<WorkbookPin> | undefined> {
  if (typeof Office === "undefined" || typeof Excel === "undefined") return undefined;
  try {
    const { host } = await Office.onReady();
    if (host !== Office.HostType.Excel || !Office.context.requirements.isSetSupported("ExcelApi", "1.4"))
      return undefined;
    return await Excel.run(async (context) => {
      const items = new Map(
        Object.values(pinNames).map((name) => [name, context.workbook.names.getItemOrNullObject(name)]),
      );
      for (const item of items.values()) item.load("value");
      await context.sync();
      const pin = pinFromNames((name) => (items.get(name)!.isNullObject ? undefined : items.get(name)!.value));
      if (aipay.pinWorkbook(pin)) {
        context.workbook.application.calculate("Full");
        await context.sync();
      }
      return pin;
    });
  } catch {
    // Without an answer AIPAY calculates with its default edition, as in a workbook with no pin.
    return undefined;
  }
}

/** Follows the pin from now on: once now, and each time the task pane changes it. */
export function watchWorkbookPin(): Promise<Partial<WorkbookPin> | undefined> {
  if (typeof addEventListener === "function") addEventListener(pinChangedEvent, () => void followWorkbookPin());
  return followWorkbookPin();
}
