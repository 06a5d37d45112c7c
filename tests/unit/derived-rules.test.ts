/**
 * Properties of the derived rules over the whole dataset: a derived band keeps the shape of
 * the band it comes from, and the client's cost of an inside-IR35 contractor is never below
 * outside. Expectations come from the data, so a new role, level or location is covered.
 */
import * as fs from "node:fs";
import * as path from "node:path";
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
      // A location the table prints is its own source; the others are derived from London.
      const source = bands[location] ?? bands.London;
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
  const regions = locations.filter((l) => guide.regional.rows.some((r) => r.location === l && r.discountVsLondon));
  expect(derived).toBeGreaterThanOrEqual(guide.salaryTables.length * 4 * regions.length);
});

test("every regional band is London's × the midpoint of its §8 discount, at both ends", () => {
  for (const { role, level, bands } of bandRows)
    for (const row of guide.regional.rows) {
      if (bands[row.location] || !row.discountVsLondon) continue;
      const factor = 1 - (row.discountVsLondon.min + row.discountVsLondon.max) / 2;
      const [low, high] = evaluate("SALARYBAND", [role, level, row.location, "range"])[0] as number[];
      expect(low).toBeCloseTo(bands.London.low * factor, 2);
      expect(high).toBeCloseTo(bands.London.high * factor, 2);
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

test("the function reference's §8 table is the rule applied to §8's London typical range", () => {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../docs/functions.md"), "utf8");
  const gbp = (n: number) => `£${n.toLocaleString("en-GB")}`;
  const signed = (n: number) => `${n < 0 ? "–" : "+"}${gbp(Math.abs(n))}`;
  const london = guide.regional.rows.find((r) => r.location === "London")!.typicalSenior;
  for (const row of guide.regional.rows) {
    if (!row.discountVsLondon) continue;
    const factor = 1 - (row.discountVsLondon.min + row.discountVsLondon.max) / 2;
    const [low, high] = [london.low * factor, london.high * factor].map((n) => Math.round(n));
    const printed = row.typicalSenior;
    expect(readme).toContain(
      `| ${row.location} | ${gbp(printed.low)} – ${gbp(printed.high)} | ${gbp(low)} – ${gbp(high)} (× ${Math.round(factor * 1000) / 1000}) | ${signed(low - printed.low)} / ${signed(high - printed.high)} |`,
    );
  }
});

describe("percentiles are not fitted to a band whose high end is printed as a floor", () => {
  test("Chief AI Officer London (£250k – £400k+) at 0.9 is #N/A saying what the guide gives", () => {
    expect(evaluate("SALARYBAND", ["Chief AI Officer", null, "London", 0.9])[0][0]).toEqual({
      code: "#N/A",
      message:
        'The guide prints the Chief AI Officer London band\'s high end as a floor (£400,000+), so no percentile can be fitted to it. It publishes only the low end (£250,000, the 25th percentile) and that floor: use "low" or "high".',
    });
    expect(evaluate("SALARYBAND", ["Chief AI Officer", null, "London", "range"])[0]).toEqual([250000, 400000]);
  });

  test("every open-ended band in the data, and every band derived from one, refuses every percentile", () => {
    let checked = 0;
    for (const { role, level, bands } of bandRows)
      for (const location of locations) {
        const band = bands[location] ?? bands.London;
        if (!band.openEnded) continue;
        for (const p of [0.1, 0.25, 0.5, 0.9]) {
          const cell = evaluate("SALARYBAND", [role, level, location, p])[0][0];
          expect(cell).toMatchObject({ code: "#N/A", message: expect.stringContaining("as a floor") });
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(0);
  });
});

describe("stacked rules stay inside what the guide prints for the role", () => {
  /** The lowest low and highest high printed for a role, from the data. */
  const envelope = (role: string) => {
    const all = bandRows.filter((r) => r.role === role).flatMap((r) => Object.values(r.bands));
    return { low: Math.min(...all.map((b) => b.low)), high: Math.max(...all.map((b) => b.high)) };
  };

  test("the issue's case: MLOps Senior, Bristol, Early Startup, 10th percentile", () => {
    // London £85,000 – £110,000 × 0.85 (Bristol) × 0.775 (Early Startup) = 55,993.75 – 72,462.50.
    // Lognormal: median √(55,993.75 × 72,462.50) = 63,698.09; σ = ln(72,462.5 / 55,993.75) / 1.348980 = 0.191129;
    // 63,698.09 × exp(0.191129 × −1.281552) = 49,859.69: above MLOps's lowest printed figure (Junior £45,000), so given.
    expect(evaluate("SALARYBAND", ["MLOps Engineer", "Senior", "Bristol", 0.1, null, "Early Startup"])[0][0]).toBe(
      49859.69,
    );
  });

  test("a stack that leaves the role's printed range is #N/A naming the range and the rules", () => {
    // MLOps Junior London £50,000 – £62,000 × 0.85 × 0.775 = 32,937.50 – 40,842.50, below £45,000
    expect(evaluate("SALARYBAND", ["MLOps Engineer", "Junior", "Bristol", "mid", null, "Early Startup"])[0][0]).toEqual(
      {
        code: "#N/A",
        message: expect.stringMatching(
          /^2 stacked rules give MLOps Engineer £32,937\.50 – £40,842\.50, outside everything the guide prints for MLOps Engineer \(£45,000 – £150,000\)\. AIPAY does not extrapolate stacked rules beyond the guide: drop a rule\. Rules applied: Bristol from the London band × 0\.85 .*Early Startup base × 0\.775/,
        ),
      },
    );
    // AI Staff/Principal London £125,000 – £170,000 × 1.15 (vLLM) × 1.05 (Enterprise) = 150,937.50 – 205,275: above £170,000
    expect(
      evaluate("SALARYBAND", ["AI Engineer", "Staff", "London", "high", "vLLM", "Enterprise"])[0][0],
    ).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("outside everything the guide prints for AI Engineer (£48,000 – £170,000)"),
    });
  });

  test("one rule on a printed band is the guide's own rule, and is given as it falls", () => {
    // Data Junior London £45,000 – £58,000 × 0.875 (Manchester) = 39,375 – 50,750, below Data's printed £40,000
    expect(evaluate("SALARYBAND", ["Data Engineer", "Junior", "Manchester", "range"])[0]).toEqual([39375, 50750]);
    // ... but a percentile read from that derived band is a second step, and 0.1 falls below £40,000
    expect(evaluate("SALARYBAND", ["Data Engineer", "Junior", "Manchester", 0.1])[0][0]).toMatchObject({
      code: "#N/A",
    });
  });

  test("every stacked figure the engine gives, over the whole dataset, lies in its role's printed range", () => {
    let given = 0;
    for (const { role, level, bands } of bandRows) {
      const { low, high } = envelope(role);
      // An open-ended top (£200,000+) is a floor, so nothing above it is refused.
      const openTop = bandRows.some(
        (r) => r.role === role && Object.values(r.bands).some((b) => b.openEnded && b.high === high),
      );
      for (const location of locations)
        for (const skill of skillsOf(role))
          for (const stage of stages)
            for (const point of ["range", 0.1, 0.9]) {
              const rules = [!bands[location], skill, stage, typeof point === "number"].filter(Boolean).length;
              if (rules < 2) continue;
              const cells = evaluate("SALARYBAND", [role, level, location, point, skill, stage])[0];
              if (typeof cells[0] !== "number") continue;
              for (const figure of cells as number[]) {
                expect(figure).toBeGreaterThanOrEqual(low);
                if (!openTop) expect(figure).toBeLessThanOrEqual(high);
              }
              given++;
            }
    }
    expect(given).toBeGreaterThan(1000);
  });
});

/**
 * The function reference's table of extreme combinations, row by row: a figure, or #N/A under the stacked-rules policy.
 * Lognormal reads: median √(low × high) × exp(ln(high / low) / 1.348980 × z_p), z_0.1 = −1.281552, z_0.95 = 1.644854:
 * Bristol Senior 72,250 – 93,500 at 0.1 → 64,335.09; London Staff 110,000 – 150,000 at 0.95 → 187,492.64;
 * Cambridge Staff 101,750 – 138,750 at 0.95 → 173,430.69, above MLOps's printed £150,000.
 */
test.each([
  [["MLOps Engineer", "Senior", "Bristol", 0.1, null, "Early Startup"], [49859.69]],
  [["MLOps Engineer", "Senior", "Bristol", 0.1], [64335.09]],
  [["MLOps Engineer", "Junior", "Bristol", "range", null, "Early Startup"], "#N/A"],
  [["Head of MLOps", null, "Bristol", "range", null, "Early Startup"], "#N/A"], // 140,000 × 0.85 × 0.775 = 92,225
  [
    ["LLM Engineer", "Senior", "London", "range", "RAG, LoRA", "Enterprise"],
    [138600, 189000],
  ], // × 1.2 × 1.05
  [["AI Engineer", "Staff", "London", "range", "vLLM", "Enterprise"], "#N/A"],
  [["MLOps Engineer", "Staff", "London", 0.95], [187492.64]],
  [["MLOps Engineer", "Staff", "Cambridge", 0.95], "#N/A"],
  [
    ["Data Engineer", "Junior", "Manchester", "range"],
    [39375, 50750],
  ],
  [["Data Engineer", "Junior", "Manchester", 0.1], "#N/A"],
  [["Chief AI Officer", null, "London", 0.9], "#N/A"],
  [["LLM Engineer", "Lead", "Bristol", 0.5], "#N/A"],
])("extreme combination (docs/functions.md) %j → %j", (args, expected) => {
  const cells = evaluate("SALARYBAND", args)[0];
  if (expected === "#N/A") expect(cells[0]).toMatchObject({ code: "#N/A" });
  else expect(cells).toEqual(expected);
});
