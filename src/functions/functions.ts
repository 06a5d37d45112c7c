/**
 * AIPAY's Excel custom functions, declared once, a family a file in ./declarations. The
 * JSDoc there is the declaration: custom-functions-metadata-plugin reads every file in
 * that folder into one functions.json and associates each function at build time. Every
 * body hands Excel's arguments to the engine unchanged. A test checks each declaration
 * against the engine's parameters (src/engine/functions/parameters.ts).
 *
 * Every parameter is a range (any[][]): Excel passes a single cell as a 1×1 range and
 * an omitted argument as null, and the engine lifts the function over whole ranges so
 * that one formula can price a whole plan.
 */
import "./declarations/catalogue";
import "./declarations/pay";
import "./declarations/budget";
import "./declarations/by-month";
import "./declarations/editions";
