/**
 * The workbook's date system, told to the engine. A workbook may count its dates from 1904
 * (Excel's "Use 1904 date system" option; older Mac workbooks), and Excel hands a date cell
 * to a custom function as its serial in that system, with nothing to say which. Excel's
 * JavaScript API names the setting (Workbook.use1904DateSystem) only in its preview API set,
 * so this asks Excel's own DATE function, through the worksheet functions every Excel with
 * custom functions has (ExcelApi 1.2): DATE(1904, 1, 1) is 1462 in a 1900 workbook and 0 in
 * a 1904 one. Formulas Excel calculated before the answer came are calculated again.
 */
import { type DateSystem } from "../engine";
import { aipay } from "./workbook-engine";

/** Asks Excel once, where it can be asked; the system found, or undefined outside Excel. */
export async function followDateSystem(): Promise<DateSystem | undefined> {
  if (typeof Office === "undefined" || typeof Excel === "undefined") return undefined;
  try {
    const { host } = await Office.onReady();
    if (host !== Office.HostType.Excel || !Office.context.requirements.isSetSupported("ExcelApi", "1.2"))
      return undefined;
    return await Excel.run(async (context) => {
      const first1904Day = context.workbook.functions.date(1904, 1, 1);
      first1904Day.load("value");
      await context.sync();
      const system: DateSystem = first1904Day.value === 0 ? 1904 : 1900;
      if (aipay.useDateSystem(system)) {
        context.workbook.application.calculate("Full");
        await context.sync();
      }
      return system;
    });
  } catch {
    // Without an answer AIPAY reads dates in the 1900 system, Excel's default.
    return undefined;
  }
}
