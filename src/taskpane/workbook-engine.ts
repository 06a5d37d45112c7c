/**
 * The engine of the workbook the task pane works on: the bundled dataset, with every edition
 * it holds. One per page, made here and nowhere else in the task pane; the pane reads the
 * workbook's pin into it (pin.ts) before it shows a figure.
 */
import { bundledEngine } from "../engine";

export const aipay = bundledEngine();
