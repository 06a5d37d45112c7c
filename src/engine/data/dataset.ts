/** The full check of a dataset: refuses a bad one with the path of each bad field. */
import guideJson from "../../data/salary-guide-2026.json";
import trendsJson from "../../data/hiring-trends-q1-2026.json";
import vocabularyJson from "../../data/vocabulary.json";
import employerCostsJson from "../../data/employer-costs.json";
import editionsJson from "../../data/editions.json";
import { datasetSchema, type Dataset } from "./dataset-schema";
import { DatasetMessage } from "../core/messages";
import { DatasetError } from "./dataset-error";

export { DatasetError };

/** Validates raw data; on failure lists every problem as `path: message`. */
export function validateDataset(raw: unknown): Dataset {
  const result = datasetSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  throw new DatasetError(DatasetMessage.invalid(problems));
}

export const bundledRawDataset = {
  guide: guideJson,
  vocabulary: vocabularyJson,
  trends: trendsJson,
  employerCosts: employerCostsJson,
  editions: editionsJson,
};
