/**
 * The bundled dataset as the engine loads it in Node (the CLI, tests, scripts): the files
 * given the full schema check, so a bad one is refused with each field's path. The web
 * build resolves bundled-dataset.web.ts in this module's place (webpack.config.js).
 */
import { bundledRawDataset, validateDataset } from "./dataset";
import type { Dataset } from "./dataset-schema";

export const loadBundledDataset = (): Dataset => validateDataset(bundledRawDataset);
