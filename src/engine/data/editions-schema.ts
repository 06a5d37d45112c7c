/**
 * The editions file's shape (src/data/editions.json): which editions of the guide AIPAY
 * holds, which one a workbook without a pin uses, and each one's employer-rate year. The
 * rules that reach into the guide and the employer rates are checked with the whole
 * dataset (dataset-schema.ts).
 */
import * as z from "zod/mini";
import { nonEmpty } from "./common-schema";

const taxYearName = z.string().check(z.regex(/^\d{4}\/\d{2}$/, "a tax year is written like 2026/27"));

const edition = z.strictObject({
  /** What the edition is called: its guide's source.edition. */
  id: nonEmpty,
  /** The edition it is laid over; none for the bundled guide file itself. */
  base: z.optional(nonEmpty),
  /** The tax year employer-cost functions price when given none, in a workbook on this edition. */
  defaultTaxYear: taxYearName,
  defaultTaxYearBasis: nonEmpty,
  /** The guide's fields that differ from the base's (edition-overlay.ts); its source must say the new edition. */
  changes: z.optional(z.record(z.string(), z.unknown())),
});

export const editionsSchema = z.strictObject({
  about: nonEmpty,
  default: nonEmpty,
  editions: z.array(edition).check(z.minLength(1)),
});

export type Editions = z.infer<typeof editionsSchema>;
export type EditionEntry = Editions["editions"][number];
