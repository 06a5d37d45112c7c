/**
 * Properties of the derived rules over the whole dataset: a derived band keeps the shape of
 * the band it comes from, and the client's cost of an inside-IR35 contractor is never below
 * outside. Expectations come from the data, so a new role, level or location is covered.
 */
import { evaluate, payGuide } from "../support/engine";
import { adjust } from "../../src/engine/model/guide";
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

/** Where a location a table does not print reads from: the leadership table's named column, else the base (London). */
const sourceColumn = (role: string) =>
  guide.leadership.roles.some((r) => r.role === role) ? guide.leadership.elsewhere.column : guide.regional.base;

test("no derived band is wider (high ÷ low) than the published band it comes from", () => {
  let derived = 0;
  for (const { role, level, bands } of bandRows)
    for (const location of locations) {
      // A location the table prints is its own source; the others read the source column.
      const source = bands[location] ?? bands[sourceColumn(role)];
      for (const skill of skillsOf(role))
        for (const stage of stages) {
          const band = evaluate("SALARYBAND", [role, level, location, "range", skill, stage])[0];
          if (typeof band[0] !== "number") continue; // a combination the guide does not support
          const [low, high] = band as number[];
          expect(ratio({ low, high })).toBeLessThanOrEqual(ratio(source) + 1e-12);
          if (!bands[location] || skill || stage) derived++;
        }
    }
  // Every regional band is derived, so this is never vacuous: at least one per role, level and region.
  const regions = locations.filter((l) => guide.regional.rows.some((r) => r.location === l && r.discountVsBase));
  const levels = guide.salaryTables.reduce((sum, t) => sum + t.levels.length, 0);
  expect(derived).toBeGreaterThanOrEqual(levels * regions.length);
});

const typicalOf = (location: string) => guide.regional.rows.find((r) => r.location === location)!.typicalSenior;

test("every engineering regional band is London's × §8's typical Senior range over London's, end by end", () => {
  const london = typicalOf(guide.regional.base);
  let checked = 0;
  for (const table of guide.salaryTables)
    for (const level of table.levels)
      for (const row of guide.regional.rows) {
        const bands = level.bands as Record<string, Range>;
        if (bands[row.location] || !row.discountVsBase) continue;
        const [low, high] = evaluate("SALARYBAND", [table.role, level.level, row.location, "range"])[0] as number[];
        const base = bands[guide.regional.base];
        // Each end rounded to the penny inwards: low up, high down.
        expect(low).toBe(Math.ceil(((base.low * row.typicalSenior.low) / london.low) * 100 - 1e-6) / 100);
        expect(high).toBe(Math.floor(((base.high * row.typicalSenior.high) / london.high) * 100 + 1e-6) / 100);
        checked++;
      }
  expect(checked).toBeGreaterThan(0);
});

test("the rule applied to §8's own London row gives every typical range §8 prints", () => {
  const london = typicalOf(guide.regional.base);
  const londonBand = { ...payGuide.salaryBand("MLOps Engineer", "Senior", "London"), ...london };
  for (const row of guide.regional.rows) {
    const rule = payGuide.rules.regionAdjustment(row.location);
    if (!rule) continue;
    const { low, high } = adjust(londonBand, rule);
    // e.g. Bristol: £75,000 × 62/75 = £62,000 and £120,000 × 95/120 = £95,000, as printed
    expect([low, high]).toEqual([row.typicalSenior.low, row.typicalSenior.high]);
  }
});

test("every leadership band at a location its table does not print lies within the UK Range at both ends", () => {
  let checked = 0;
  for (const row of guide.leadership.roles) {
    const uk = (row.bands as Record<string, Range>)[guide.leadership.elsewhere.column];
    for (const location of evaluate("LOCATIONS", []).map(([l]) => String(l))) {
      if (location in row.bands) continue;
      const band = evaluate("SALARYBAND", [row.role, null, location, "range"])[0];
      if (typeof band[0] !== "number") continue; // a location the guide does not price for leadership
      const [low, high] = band as number[];
      expect(low).toBeGreaterThanOrEqual(uk.low);
      expect(high).toBeLessThanOrEqual(uk.high);
      // Never below the UK Range without a stated reason: here it is the UK Range, and BASIS says why.
      expect([low, high]).toEqual([uk.low, uk.high]);
      expect(evaluate("BASIS", ["SALARYBAND", row.role, null, location])[0][0]).toContain(
        guide.leadership.elsewhere.note,
      );
      checked++;
    }
  }
  // 5 leadership roles × 5 locations priced but not printed (Cambridge, Manchester, Edinburgh, Bristol, Remote UK)
  expect(checked).toBeGreaterThanOrEqual(guide.leadership.roles.length * 5);
});

describe("the client's cost of a contractor inside IR35 is never below outside", () => {
  const rows = guide.dayRates.roles.flatMap((r) =>
    guide.dayRates.levels.map((l) => ({ role: r.role, level: l.level })),
  );

  test.each(["agency", "client"])("for every role and level, fee-payer %s", (feePayer) => {
    for (const { role, level } of rows)
      for (const point of ["low", "mid", "high"]) {
        const rate = evaluate("DAYRATE", [role, level, "outside", point])[0][0];
        for (const days of [null, 1, 60, 100, 220, 366]) {
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

describe("the stacked-rules table of docs/functions.md", () => {
  const band = (...args: unknown[]) => evaluate("SALARYBAND", args)[0];
  test.each([
    // [role, level, location, point, skills, stage] → figures, or the error code
    [["MLOps Engineer", "Senior", "Bristol", 0.1, null, "Early Startup"], [49444.28]],
    [
      ["MLOps Engineer", "Senior", "Bristol", "range", null, "Early Startup"],
      [54456.67, 67489.58],
    ],
    [["MLOps Engineer", "Senior", "Bristol", 0.1], [63799.07]],
    [["MLOps Engineer", "Junior", "Bristol", "range", null, "Early Startup"], "#N/A"], // 32,033.34 – 38,039.58
    [["Head of MLOps", null, "Bristol", "range", null, "Early Startup"], "#N/A"], // 93,000 – 124,000
    [
      ["LLM Engineer", "Senior", "London", "range", "RAG, LoRA", "Enterprise"],
      [120312.51, 164062.5],
    ],
    [["AI Engineer", "Staff", "London", "range", "vLLM", "Enterprise"], "#N/A"], // 150,937.50 – 205,275
    [["MLOps Engineer", "Staff", "London", 0.95], [187492.64]],
    [["MLOps Engineer", "Staff", "Cambridge", 0.95], "#N/A"], // 169,654.99
    [
      ["Data Engineer", "Junior", "Manchester", "range"],
      [39000, 48333.33],
    ],
    [["Data Engineer", "Junior", "Manchester", 0.1], "#N/A"], // 35,410.43
    [["Chief AI Officer", null, "London", 0.9], "#N/A"],
    [["LLM Engineer", "Lead", "Bristol", 0.5], "#N/A"],
  ])("%j", (args, expected) => {
    const result = band(...args);
    if (typeof expected === "string") expect(result[0]).toMatchObject({ code: expected });
    else expect(result).toEqual(expected);
  });
});
