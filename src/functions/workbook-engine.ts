/**
 * The engine of the workbook this page calculates for: the bundled dataset, with every
 * edition it holds. One per page, made here and nowhere else in the Excel adapter; the
 * workbook's pin is read into it by workbook-pin.ts.
 */
import { bundledEngine } from "../engine";

export const aipay = bundledEngine();
