/**
 * The editions' rules, checked with the whole dataset: each edition's guide is the bundled
 * guide with the overlays of its chain of bases laid over it, and must pass the same checks
 * as the bundled one; its source must name it and be dated after its base's.
 */
import type * as z from "zod/mini";
import type { Guide } from "./schema";
import type { Editions } from "./editions-schema";
import { overlay } from "./edition-overlay";

interface WithEditions {
  guide: Guide;
  employerCosts: { taxYears: readonly string[] };
  editions: Editions;
}

/** The guide of edition `id`: its base's guide with its changes laid over; undefined for an edition the data lacks. */
export function editionGuide(data: WithEditions, id: string): Guide | undefined {
  const entry = data.editions.editions.find((e) => e.id === id);
  if (!entry) return undefined;
  if (entry.base === undefined) return data.guide;
  const base = editionGuide(data, entry.base);
  return base && (overlay(base, entry.changes ?? {}) as Guide);
}

type Problem = (path: (string | number)[], message: string) => void;

/** Edition `index` as a dataset of its own, checked by `editionSchema`; its problems are reported under its entry. */
function checkOverlay(data: WithEditions, index: number, editionSchema: z.ZodMiniType, problem: Problem): void {
  const entry = data.editions.editions[index];
  const at = ["editions", index, "changes"];
  let guide: Guide | undefined;
  try {
    guide = editionGuide(data, entry.id);
  } catch (error) {
    return problem(at, (error as Error).message);
  }
  const { editions, ...shared } = data;
  const result = editionSchema.safeParse({ ...shared, guide });
  if (!result.success) {
    for (const issue of result.error.issues) problem([...at, ...issue.path.map(String)], issue.message);
    return;
  }
  const base = editionGuide(data, entry.base!)!;
  if (guide!.source.edition !== entry.id)
    problem([...at, "source", "edition"], `the edition's source must say edition '${entry.id}'`);
  if (guide!.source.effectiveDate <= base.source.effectiveDate)
    problem([...at, "source", "effectiveDate"], `an edition is dated after its base's ${base.source.effectiveDate}`);
}

/** The editions file against the guide and the employer rates, then every later edition as a dataset of its own. */
export function checkEditions<Data extends WithEditions>(
  data: Data,
  editionSchema: z.ZodMiniType,
  ctx: z.core.$RefinementCtx<Data>,
): void {
  const { editions } = data.editions;
  let found = 0;
  const problem: Problem = (path, message) => {
    found++;
    ctx.addIssue({ code: "custom", path: ["editions", ...path], message });
  };
  const seen = new Set<string>();
  editions.forEach((entry, i) => {
    if (seen.has(entry.id)) problem(["editions", i, "id"], `edition '${entry.id}' is listed twice`);
    if (i === 0 && entry.base !== undefined)
      problem(["editions", i, "base"], "the first edition is the bundled guide file itself and has no base");
    if (i === 0 && entry.id !== data.guide.source.edition)
      problem(["editions", i, "id"], `the first edition must be the guide file's own, '${data.guide.source.edition}'`);
    if (i > 0 && (entry.base === undefined || !seen.has(entry.base)))
      problem(["editions", i, "base"], "a later edition names an earlier one as its base");
    if (i > 0 && entry.changes === undefined) problem(["editions", i, "changes"], "a later edition lists its changes");
    if (!data.employerCosts.taxYears.includes(entry.defaultTaxYear))
      problem(["editions", i, "defaultTaxYear"], `AIPAY holds no employer rates for ${entry.defaultTaxYear}`);
    seen.add(entry.id);
  });
  if (!seen.has(data.editions.default))
    problem(["default"], `the default edition '${data.editions.default}' is not one of ${[...seen].join(", ")}`);
  if (found > 0) return;
  for (let i = 1; i < editions.length; i++) checkOverlay(data, i, editionSchema, problem);
}
