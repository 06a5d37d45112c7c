/** The vocabulary's shape: the names and aliases every look-up accepts, and the option words. */
import * as z from "zod/mini";
import { nonEmpty } from "./common-schema";

const named = z.strictObject({ name: nonEmpty, aliases: z.array(nonEmpty) });

export const vocabularySchema = z.strictObject({
  roles: z.array(named).check(z.minLength(1)),
  locations: z.array(named).check(z.minLength(1)),
  /**
   * The level tiers, lowest first: a table's levels follow this order. Every permanent
   * table publishes each tier unless the tier is `optional` (published by some tables only).
   */
  levelTiers: z
    .array(
      z.strictObject({
        tier: nonEmpty,
        aliases: z.array(nonEmpty).check(z.minLength(1)),
        optional: z.optional(z.literal(true)),
      }),
    )
    .check(z.minLength(1)),
  points: z.array(
    z.strictObject({
      point: z.enum(["low", "mid", "high", "range"]),
      aliases: z.array(nonEmpty).check(z.minLength(1)),
    }),
  ),
  /**
   * IR35 statuses. `answers` are words that answer "inside IR35?" (yes, no): a function's ir35
   * argument reads them as the status, but a plan's IR35 column refuses them, since there they
   * read as "a contractor?".
   */
  ir35: z
    .array(
      z.strictObject({
        status: z.enum(["outside", "inside"]),
        aliases: z.array(nonEmpty).check(z.minLength(1)),
        answers: z.optional(z.array(nonEmpty)),
      }),
    )
    .check(z.length(2)),
  /** Who pays an inside-IR35 contractor's company and so carries employer NI (see CONTRACTCOST). */
  feePayers: z
    .array(z.strictObject({ feePayer: z.enum(["agency", "client"]), aliases: z.array(nonEmpty).check(z.minLength(1)) }))
    .check(z.length(2)),
  /**
   * How an amount is spread over months: `payroll` pays each full month a twelfth of the year
   * (as a UK monthly payroll does); `days` by calendar days employed (see MONTHLY and PRORATE).
   */
  phasings: z
    .array(z.strictObject({ phasing: z.enum(["payroll", "days"]), aliases: z.array(nonEmpty).check(z.minLength(1)) }))
    .check(z.length(2)),
  /**
   * A plan row's position: a new position (priced at the market unless a salary is given), an
   * existing employee or a leaver (on their own salary), or a backfill (a leaver's replacement).
   */
  positionTypes: z
    .array(
      z.strictObject({
        type: z.enum(["new", "existing", "leaver", "backfill"]),
        aliases: z.array(nonEmpty).check(z.minLength(1)),
      }),
    )
    .check(z.length(4)),
  /** Where a new position (or backfill) stands: open, an offer out, or hired. */
  positionStatuses: z
    .array(
      z.strictObject({
        status: z.enum(["open", "offer", "hired"]),
        aliases: z.array(nonEmpty).check(z.minLength(1)),
      }),
    )
    .check(z.length(3)),
  roleTables: z
    .array(
      z.strictObject({
        table: z.enum(["salary", "dayrate", "leadership"]),
        aliases: z.array(nonEmpty).check(z.minLength(1)),
      }),
    )
    .check(z.length(3)),
});
