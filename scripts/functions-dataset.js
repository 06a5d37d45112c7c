/**
 * The dataset as functions.js carries it: the validated dataset without the parts that only
 * the task pane and the docs read. Every Excel user downloads functions.js, and its JSON is
 * compiled at every start; the task pane's bundle keeps the whole dataset.
 *
 * Left out, and why no custom function, error message or BASIS text needs them:
 *  - all of the hiring-trends note but its name and its salary growth's rate, which are what
 *    the functions read (the market snapshot is the pane's market tab);
 *  - headline figures that no rule names: the functions read a headline only by its id, for
 *    the specialist day rate and the skill premiums' ceilings;
 *  - the notes of the guide's source records (a section's, table's or list's), which the pane
 *    shows: a figure's citation is its section and its table or list;
 *  - the guide's descriptive words that no rule reads: the day rates' and leadership equity's
 *    basis, and each company stage's benefits, risk and why its bonus counts as 0;
 *  - the employer rates' record of where they come from: the file's own source, each rate's
 *    description, each dated value's gov.uk reference and the threshold's freeze; and the
 *    contractor year's rationale and breakdown (CONTRACTCOST's basis cites its reference's
 *    title, which stays).
 * tests/unit/functions-dataset.test.ts holds the engine on this dataset to the same answers as
 * on the whole one.
 */
"use strict";

/**
 * Paths to leave out, `*` standing for any key or index. Each must match something in the
 * dataset, so a renamed field fails the build instead of silently staying in.
 */
const paneOnly = [
  "trends.source.publisher",
  "trends.source.published",
  "trends.source.document",
  "trends.salaryGrowth.approximate",
  "trends.salaryGrowth.appliesTo",
  "trends.salaryGrowth.source",
  "trends.itLeadersWillingToRaiseStartingSalaries",
  "trends.marketSnapshot",
  "guide.dayRates.basis",
  "guide.leadership.equityBonusBasis",
  "guide.companyStages.stages.*.benefits",
  "guide.companyStages.stages.*.risk",
  "guide.companyStages.stages.*.bonus.assumption",
  "employerCosts.source",
  "employerCosts.*.description",
  "employerCosts.*.*.values.*.reference",
  "employerCosts.employerNic.secondaryThreshold.frozenUntil",
  "employerCosts.contractor.billableDaysPerYear.rationale",
  "employerCosts.contractor.billableDaysPerYear.breakdown",
];

const isRecord = (value) => typeof value === "object" && value !== null;

/** Deletes what `path` reaches under `value`; returns how many it deleted. */
function remove(value, [key, ...rest]) {
  if (!isRecord(value)) return 0;
  const keys = key === "*" ? Object.keys(value) : Object.hasOwn(value, key) ? [key] : [];
  if (rest.length > 0) return keys.reduce((count, k) => count + remove(value[k], rest), 0);
  for (const k of keys) delete value[k];
  return keys.length;
}

/** Deletes the `note` of every source record (an object with a `section`) under `value`. */
function removeSourceNotes(value) {
  if (!isRecord(value)) return;
  if (typeof value.section === "string") delete value.note;
  Object.values(value).forEach(removeSourceNotes);
}

/** The headline ids the guide's rules name: the specialist day rate's and the skill premiums' ceilings'. */
const namedHeadlines = (guide) =>
  new Set([guide.dayRates.specialist.headline, ...guide.skillPremiums.flatMap((list) => list.ceiling?.headline ?? [])]);

/** A copy of the validated dataset without what only the task pane and the docs read. */
function functionsDataset(dataset) {
  const copy = structuredClone(dataset);
  for (const path of paneOnly)
    if (remove(copy, path.split(".")) === 0) throw new Error(`functions-dataset: nothing in the dataset at ${path}`);
  const named = namedHeadlines(copy.guide);
  copy.guide.headlines = copy.guide.headlines.filter((headline) => named.has(headline.id));
  removeSourceNotes(copy.guide);
  return copy;
}

module.exports = { functionsDataset };
