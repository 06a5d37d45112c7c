/**
 * The web bundles' load path (src/engine/data/bundled-dataset.web.ts) takes the dataset the
 * build validated and embedded, and refuses to start without it. tests/built/web-dataset.test.ts
 * checks the built bundle really starts from the validated data.
 */
import { bundledRawDataset, DatasetError, validateDataset } from "../support/engine";
import { datasetFromStamp } from "../../src/engine/data/bundled-dataset.web";

test("a bundle whose build did not validate its data refuses to load, saying how to build it", () => {
  expect(() => datasetFromStamp(undefined)).toThrow(DatasetError);
  expect(() => datasetFromStamp(undefined)).toThrow(
    "The AIPAY dataset was not validated when this bundle was built: build it with webpack.config.js, whose DatasetValidationPlugin checks the data and embeds it.",
  );
});

test("the build's stamp loads as the dataset the full check returned", () => {
  const validated = validateDataset(bundledRawDataset);
  expect(datasetFromStamp(JSON.stringify(validated))).toEqual(validated);
});
