/**
 * The engine the command line calculates with: the bundled dataset, checked in full as it
 * loads, with every edition it holds. A command names an edition where it takes one; else the
 * dataset's default edition applies.
 */
import { bundledEngine } from "../engine";

export const aipay = bundledEngine();
