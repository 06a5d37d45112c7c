/**
 * The bundled dataset as the web bundles (Excel's functions.js, the task pane) load it: the
 * data the build validated. DatasetValidationPlugin (scripts/validate-data.js) runs the full
 * schema check at build and embeds the data it passed as JSON text; this module only checks
 * that the build did. That keeps zod and the schemas out of the bundle: building and running
 * them was most of the add-in's start-up time.
 */
import { DatasetMessage } from "../core/messages";
import { DatasetError } from "./dataset-error";
import type { Dataset } from "./dataset-schema";

/** The validated dataset as JSON, defined by DatasetValidationPlugin; undefined in a build without it. */
declare const AIPAY_VALIDATED_DATASET: string | undefined;

/** The dataset from the build's stamp; refuses to load when the build did not validate the data. */
export function datasetFromStamp(stamp: string | undefined): Dataset {
  if (stamp === undefined) throw new DatasetError(DatasetMessage.notValidated());
  return JSON.parse(stamp) as Dataset;
}

export const loadBundledDataset = (): Dataset =>
  datasetFromStamp(typeof AIPAY_VALIDATED_DATASET === "undefined" ? undefined : AIPAY_VALIDATED_DATASET);
