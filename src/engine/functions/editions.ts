/**
 * AIPAY.EDITION, EDITIONS and CHANGES: which edition of the guide a workbook calculates with,
 * which editions AIPAY holds, and which published figures differ between two of them.
 */
import type { Matrix, Scalar } from "../core/values";
import { notAvailable } from "../core/values";
import { EditionMessage } from "../core/messages";
import { changedFigures, publishedFigures } from "../model/guide-figures";
import type { PayGuide } from "../model/guide";
import { defineFunction, type CallContext } from "./spec";
import { edition, text } from "./parameters";

export const EDITION = defineFunction({
  name: "EDITION",
  parameters: [],
  evaluate: (guide) => guide.edition,
});

/** EDITIONS' columns, in order. */
export const editionColumns = ["edition", "effective date", "citation", "default tax year"] as const;

export const EDITIONS = defineFunction({
  name: "EDITIONS",
  parameters: [],
  evaluate: (_guide, _args, { editions }) =>
    editions.editions.map((e): Scalar[] => [e.id, e.effectiveDate, e.citation, e.defaultTaxYear]),
});

const fromEdition = edition("fromEdition", {
  about: "the edition to compare from, as `AIPAY.EDITIONS()` lists them",
  default: "the edition the workbook calculates with",
});
const toEdition = edition("toEdition", {
  about: "the edition to compare to",
  default: "the newest edition AIPAY holds",
});
const changesRole = text("role", {
  about: "a role, or its alias, to list that role's figures only",
  default: "every figure",
  example: "LLM Engineer",
  listedBy: "`AIPAY.ROLES()`",
});

/** CHANGES' columns, in order. */
export const changeColumns = ["role", "level", "location", "figure", "old", "new", "change"] as const;

function figuresOf(editionId: string, { editions }: CallContext) {
  const guide = editions.guide(editionId);
  return publishedFigures(guide.data.guide, guide.data.vocabulary);
}

export const CHANGES = defineFunction({
  name: "CHANGES",
  parameters: [fromEdition, toEdition, changesRole],
  evaluate(guide: PayGuide, [fromArg, toArg, roleArg], context): Matrix {
    const { editions } = context;
    const from = editions.edition(fromEdition.read(fromArg, guide) ?? guide.edition).id;
    const to = editions.edition(toEdition.read(toArg, guide) ?? editions.ids[editions.ids.length - 1]).id;
    const roleGiven = changesRole.read(roleArg, guide);
    const role = roleGiven === null ? null : editions.guide(to).role(roleGiven).name;
    const changed = changedFigures(figuresOf(from, context), figuresOf(to, context)).filter(
      (f) => role === null || f.role === role,
    );
    if (changed.length === 0) throw notAvailable(EditionMessage.noChanges(from, to, role));
    return changed.map((f): Scalar[] => [
      f.role,
      f.level,
      f.location,
      f.figure,
      f.old ?? "",
      f.new ?? "",
      // Rounded past float noise: 0.2 − 0.15 is 0.05, not 0.05000000000000002.
      f.old === null || f.new === null ? "" : Math.round((f.new - f.old) * 1e9) / 1e9,
    ]);
  },
});
