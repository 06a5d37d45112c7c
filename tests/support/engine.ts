/**
 * The engine as the tests use it: everything src/engine exports, and `bundled`, one engine
 * for the bundled dataset with no workbook pin (the dataset's default edition), with its
 * methods under the names the tests call them by.
 */
import { bundledEngine } from "../../src/engine";
import type { DateSystem } from "../../src/engine";

export * from "../../src/engine";

export const bundled = bundledEngine();
export const payGuide = bundled.guide();
export const defaultTaxYear = bundled.inForce().taxYear;
export const evaluate = (name: string, args: readonly unknown[]) => bundled.evaluate(name, args);
export const bindFunction = (name: string) => bundled.bind(name);
export const useDateSystem = (system: DateSystem) => bundled.useDateSystem(system);
export const roleCardFacts = (args: readonly unknown[]) => bundled.roleCardFacts(args);
