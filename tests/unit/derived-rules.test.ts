/**
 * Properties of the derived rules over the whole dataset: a derived band keeps the shape of
 * the band it comes from, and the client's cost of an inside-IR35 contractor is never below
 * outside. Expectations come from the data, so a new role, level or location is covered.
 */
import { evaluate, payGuide } from "../../src/engine";
import type { Range } from "../../src/engine/data/schema";

const { guide } = payGuide.data;
const locations = evaluate("LOCATIONS", []).map(([l]) => String(l));
const stages = [null, ...guide.companyStages.stages.map((s) => s.stage)];

/** Every role and level with its published bands by location (leadership roles have no level). */
const bandRows = [
  ...guide.salaryTables.flatMap((t) =>
    t.levels.map((l) => ({ role: t.role, level: l.level as string | null, bands: l.bands as Record<string, Range> })),
  ),
  ...guide.leadership.roles.map((r) => ({ role: r.role, level: null, bands: r.bands as Record<string, Range> })),
];
const skillsOf = (role: string) => [
  null,
  ...(guide.skillPremiums.find((s) => s.role === role)?.skills ?? []).map((s) => s.skill),
];
const ratio = (band: Range) => band.high / band.low;

test("no derived band is wider (high ÷ low) than the published band it comes from", () => {
  let derived = 0;
  for (const { role, level, bands } of bandRows)
    for (const location of locations) {
      // A location the table prints is its own source; the others are derived from the base (London).
      const source = bands[location] ?? bands[guide.regional.base];
      for (const skill of skillsOf(role))
        for (const stage of stages) {
          const band = evaluate("SALARYBAND", [role, level, location, "range", skill, stage])[0];
          if (typeof band[0] !== "number") continue; // a combination the guide does not support
          const [low, high] = band as number[];
          expect(ratio({ low, high })).toBeLessThanOrEqual(ratio(source));
          if (!bands[location] || skill || stage) derived++;
        }
    }
  // Every regional band is derived, so this is never vacuous: at least one per role, level and region.
  const regions = locations.filter((l) => guide.regional.rows.some((r) => r.location === l && r.discountVsBase));
  const levels = guide.salaryTables.reduce((sum, t) => sum + t.levels.length, 0);
  expect(derived).toBeGreaterThanOrEqual(levels * regions.length);
});

test("every regional band is the base location's (London's) × the midpoint of its §8 discount, at both ends", () => {
  for (const { role, level, bands } of bandRows)
    for (const row of guide.regional.rows) {
      if (bands[row.location] || !row.discountVsBase) continue;
      const factor = 1 - (row.discountVsBase.min + row.discountVsBase.max) / 2;
      const [low, high] = evaluate("SALARYBAND", [role, level, row.location, "range"])[0] as number[];
      const base = bands[guide.regional.base];
      expect(low).toBeCloseTo(base.low * factor, 2);
      expect(high).toBeCloseTo(base.high * factor, 2);
    }
});

describe("the client's cost of a contractor inside IR35 is never below outside", () => {
  const rows = guide.dayRates.roles.flatMap((r) =>
    guide.dayRates.levels.map((l) => ({ role: r.role, level: l.level })),
  );

  test.each(["agency", "client"])("for every role and level, fee-payer %s", (feePayer) => {
    for (const { role, level } of rows)
      for (const point of ["low", "mid", "high"]) {
        const rate = evaluate("DAYRATE", [role, level, "outside", point])[0][0];
        for (const days of [null, 1, 100, 220, 366]) {
          const outside = evaluate("CONTRACTCOST", [rate, days])[0][0] as number;
          const inside = evaluate("CONTRACTCOST", [rate, days, "inside", feePayer])[0][0] as number;
          expect(inside).toBeGreaterThanOrEqual(outside);
          if (feePayer === "client") expect(inside).toBeGreaterThan(outside); // NI on fees above £5,000 and the levy
        }
      }
  });

  test("PERMVSCONTRACT's contractor cost, for every role with both tables", () => {
    const both = guide.salaryTables.map((t) => t.role).filter((role) => rows.some((r) => r.role === role));
    for (const role of both)
      for (const { level } of guide.dayRates.levels)
        for (const feePayer of [null, "client"]) {
          const outside = evaluate("PERMVSCONTRACT", [role, level, null, "outside"]);
          const inside = evaluate("PERMVSCONTRACT", [role, level, null, "inside", null, null, feePayer]);
          expect(inside[3][1]).toBeGreaterThanOrEqual(outside[3][1] as number);
        }
  });

  test("the contractor's effective rate inside is below the assignment rate, as the guide says", () => {
    for (const { role, level } of rows)
      expect(evaluate("DAYRATE", [role, level, "inside"])[0][0]).toBeLessThan(
        evaluate("DAYRATE", [role, level])[0][0] as number,
      );
  });
});
