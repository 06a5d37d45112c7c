/**
 * The whole dataset's schema: the guide, vocabulary, trends and employer costs, each
 * validated by its own schema, and the rules that cross them (roles, locations and tiers the
 * vocabulary names, premium rules, names unique as look-ups fold them).
 */
import * as z from "zod/mini";
import { employerCostsSchema } from "./employer-costs-schema";
import { guideSchema, trendsSchema, vocabularySchema } from "./schema";
import { checkLocationRules, checkPremiumRules, checkTierRules } from "./cross-file-rules";
import { checkUniqueNames } from "./unique-names";
import { checkHighestLocation, checkLevelOrder } from "./plausibility";
import { editionsSchema } from "./editions-schema";
import { checkEditions } from "./edition-rules";

const editionParts = {
  guide: guideSchema,
  vocabulary: vocabularySchema,
  trends: trendsSchema,
  // Employer on-cost rates by tax year, with their gov.uk sources.
  employerCosts: employerCostsSchema,
};

type EditionData = { [K in keyof typeof editionParts]: z.infer<(typeof editionParts)[K]> };

/** The rules across one edition's files: roles, locations and tiers the vocabulary names, premium rules, unique names. */
const crossFileRules = z.superRefine(({ guide, vocabulary }: EditionData, ctx) => {
  const known = new Set(vocabulary.roles.map((r) => r.name));
  const check = (role: string, path: (string | number)[]) => {
    if (!known.has(role)) ctx.addIssue({ code: "custom", path, message: `role '${role}' is not in vocabulary.roles` });
  };
  guide.salaryTables.forEach((t, i) => check(t.role, ["guide", "salaryTables", i, "role"]));
  guide.dayRates.roles.forEach((r, i) => check(r.role, ["guide", "dayRates", "roles", i, "role"]));
  guide.leadership.roles.forEach((r, i) => check(r.role, ["guide", "leadership", "roles", i, "role"]));
  guide.skillPremiums.forEach((s, i) => check(s.role, ["guide", "skillPremiums", i, "role"]));
  checkLocationRules(guide, vocabulary, ctx);
  checkTierRules(guide, vocabulary, ctx);
  checkPremiumRules(guide, ctx);
  checkUniqueNames(guide, vocabulary, ctx);
});

/** Figures a reader would catch, once the data is otherwise sound: a broken band is one problem, not three. */
const plausibleFigures = z.superRefine(
  ({ guide }: EditionData, ctx) => {
    checkLevelOrder(guide, ctx);
    checkHighestLocation(guide, ctx);
  },
  { when: ({ issues }) => issues.length === 0 },
);

/** One edition's data: its guide with the vocabulary, trends and employer rates every edition shares. */
export const editionDatasetSchema = z.strictObject(editionParts).check(crossFileRules, plausibleFigures);

/**
 * The whole dataset: the bundled guide, what every edition shares, and the editions laid over
 * the guide, each of which must pass as a dataset of its own.
 */
export const datasetSchema = z.strictObject({ ...editionParts, editions: editionsSchema }).check(
  crossFileRules,
  plausibleFigures,
  z.superRefine((dataset, ctx) => checkEditions(dataset, editionDatasetSchema, ctx), {
    when: ({ issues }) => issues.length === 0,
  }),
);

export type Dataset = z.infer<typeof datasetSchema>;
