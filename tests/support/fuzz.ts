/**
 * Shared pieces of the property-based tests: how many cases to run, where to report the
 * count, and arbitraries for everything Excel can hand a custom function. The vocabulary
 * comes from the dataset, so new roles, levels and options are fuzzed without edits here.
 */
import * as fs from "node:fs";
import fc from "fast-check";
import { payGuide } from "./engine";

/** `npm test` runs a bounded number; `npm run fuzz` sets AIPAY_FUZZ_RUNS high. */
export const fuzzRuns = (bounded: number): number => Number(process.env.AIPAY_FUZZ_RUNS) || bounded;

/** Adds the cases a property ran to the count `npm run fuzz` prints. */
export function countCases(cases: number): void {
  const report = process.env.AIPAY_FUZZ_REPORT;
  if (report) fs.appendFileSync(report, `${cases}\n`);
}

/** Runs a property and counts its cases. */
export function checkProperty<T>(property: fc.IProperty<T>, bounded: number): void {
  const numRuns = fuzzRuns(bounded);
  fc.assert(property, { numRuns });
  countCases(numRuns);
}

/** The codes a custom function may return (Excel refuses others). */
export const allowedCodes = ["#N/A", "#VALUE!", "#NUM!", "#DIV/0!", "#NULL!"];
/** The codes for which Excel shows the function's message. */
export const codesWithMessage = ["#N/A", "#VALUE!"];

const { vocabulary, guide } = payGuide.data;
/** Every word the dataset accepts somewhere: names, aliases, level labels, options. */
export const vocabularyWords: string[] = [
  ...vocabulary.roles.flatMap((r) => [r.name, ...r.aliases]),
  ...vocabulary.locations.flatMap((l) => [l.name, ...l.aliases]),
  ...vocabulary.levelTiers.flatMap((t) => [t.tier, ...t.aliases]),
  ...vocabulary.points.flatMap((p) => [p.point, ...p.aliases]),
  ...vocabulary.ir35.flatMap((s) => [s.status, ...s.aliases, ...(s.answers ?? [])]),
  ...vocabulary.roleTables.flatMap((t) => [t.table, ...t.aliases]),
  ...guide.salaryTables.flatMap((t) => t.levels.flatMap((l) => [l.level, l.label])),
  ...guide.dayRates.levels.map((l) => l.level),
  ...Object.keys(guide.source),
];

const longText = ["x".repeat(10_000), "Senior ".repeat(1_430), "é€😀".repeat(2_500)];

/** One cell's value as Excel or a caller may pass it. */
export const cellArbitrary = (errorValue: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...vocabularyWords), weight: 6 },
    { arbitrary: fc.constant(null), weight: 2 },
    { arbitrary: fc.double(), weight: 2 }, // includes NaN, ±Infinity, -0 and huge values
    { arbitrary: fc.integer({ min: -5, max: 40 }), weight: 2 }, // years of experience
    { arbitrary: fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, 5e-324), weight: 1 },
    { arbitrary: fc.boolean(), weight: 1 },
    { arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }), weight: 2 }, // unicode
    { arbitrary: fc.string({ unit: "binary", maxLength: 30 }), weight: 1 }, // lone surrogates too
    { arbitrary: fc.constantFrom("", " ", "\t\n", ...longText), weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: errorValue, weight: 1 },
  );

/** An error cell as another engine hands it in: allowed codes and codes Excel has but we may not return. */
export const plainErrorValue = fc.record({
  code: fc.constantFrom(...allowedCodes, "#REF!", "#NAME?", "#SPILL!", "#CALC!", "#GETTING_DATA", "", "x"),
  message: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
});

/** A rectangular range of cells, as Excel passes any[][]. */
export const rangeArbitrary = (cell: fc.Arbitrary<unknown>) =>
  fc
    .record({ rows: fc.integer({ min: 1, max: 4 }), columns: fc.integer({ min: 1, max: 3 }) })
    .chain(({ rows, columns }) =>
      fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
    );

/** Any argument a programmatic caller may pass: a cell, a range, or something malformed. */
export const anyArgument = (cell: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { arbitrary: cell, weight: 4 },
    { arbitrary: rangeArbitrary(cell), weight: 3 },
    { arbitrary: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }), weight: 1 }, // ragged, empty
    { arbitrary: fc.array(cell, { maxLength: 3 }), weight: 1 }, // a 1-D array
    { arbitrary: fc.constant([[[["deep"]]]]), weight: 1 },
    { arbitrary: fc.constantFrom({}, { code: 42 }, () => 1, Symbol("s"), 10n), weight: 1 },
  );
