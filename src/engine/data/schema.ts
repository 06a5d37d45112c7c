/**
 * The shape of the bundled dataset, in zod. The loader runs it on every start and a
 * test runs it on the shipped files, so a bad edit is refused with the path of the
 * offending field instead of turning into a silent zero or NaN. Each file's schema has
 * its own module; the rules that cross files are in cross-file-rules.ts.
 */
import type * as z from "zod/mini";
import type { guideSchema } from "./guide-schema";
import type { vocabularySchema } from "./vocabulary-schema";

export { guideSchema } from "./guide-schema";
export { vocabularySchema } from "./vocabulary-schema";
export { trendsSchema } from "./trends-schema";
export type { GuideSource, Range } from "./common-schema";

export type Guide = z.infer<typeof guideSchema>;
export type Vocabulary = z.infer<typeof vocabularySchema>;
/** A level tier as vocabulary.levelTiers names it, e.g. "senior". */
export type Tier = string;
