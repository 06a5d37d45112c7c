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

/** Cross-file rule: every role a table names must exist in the vocabulary. */
export const datasetSchema = z
  .strictObject({
    guide: guideSchema,
    vocabulary: vocabularySchema,
    trends: trendsSchema,
    // Employer on-cost rates by tax year, with their gov.uk sources.
    employerCosts: employerCostsSchema,
  })
  .check(
    z.superRefine(({ guide, vocabulary }, ctx) => {
      const known = new Set(vocabulary.roles.map((r) => r.name));
      const check = (role: string, path: (string | number)[]) => {
        if (!known.has(role))
          ctx.addIssue({ code: "custom", path, message: `role '${role}' is not in vocabulary.roles` });
      };
      guide.salaryTables.forEach((t, i) => check(t.role, ["guide", "salaryTables", i, "role"]));
      guide.dayRates.roles.forEach((r, i) => check(r.role, ["guide", "dayRates", "roles", i, "role"]));
      guide.leadership.roles.forEach((r, i) => check(r.role, ["guide", "leadership", "roles", i, "role"]));
      guide.skillPremiums.forEach((s, i) => check(s.role, ["guide", "skillPremiums", i, "role"]));
      checkLocationRules(guide, vocabulary, ctx);
      checkTierRules(guide, vocabulary, ctx);
      checkPremiumRules(guide, ctx);
      checkUniqueNames(guide, vocabulary, ctx);
    }),
    // Figures a reader would catch, once the data is otherwise sound: a broken band is one problem, not three.
    z.superRefine(
      ({ guide }, ctx) => {
        checkLevelOrder(guide, ctx);
        checkHighestLocation(guide, ctx);
      },
      { when: ({ issues }) => issues.length === 0 },
    ),
  );

export type Dataset = z.infer<typeof datasetSchema>;
