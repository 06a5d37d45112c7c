/** Properties of the premium rules over every role, level, location, skill and stage (bounded fast-check runs). */
import * as fc from "fast-check";
import { evaluate, payGuide } from "../support/engine";

/** The refusals of the stacked-rules policy (see PayGuide.salaryBand): the only errors these properties allow. */
const policy = /outside everything the guide prints|high end as a floor/;
/** The figures of a call, or undefined (and the case skipped) when the policy refuses it. */
function figures(name: string, ...args: unknown[]): number[] {
  const cells = evaluate(name, args)[0];
  for (const cell of cells)
    if (typeof cell !== "number") expect(cell).toMatchObject({ code: "#N/A", message: expect.stringMatching(policy) });
  fc.pre(cells.every((cell) => typeof cell === "number"));
  return cells as number[];
}

/** Every (role, level) that has a permanent band: the engineering tables and the leadership roles. */
const roleLevels: [string, string | null][] = [
  ...payGuide.data.guide.salaryTables.flatMap((t) => t.levels.map((l) => [t.role, l.level] as [string, string])),
  ...payGuide.data.guide.leadership.roles.map((r) => [r.role, null] as [string, null]),
];
const skillsOf = (role: string) =>
  payGuide.data.guide.skillPremiums.find((s) => s.role === role)?.skills.map((s) => s.skill) ?? [];
const stages = payGuide.data.guide.companyStages.stages.map((s) => s.stage);
const { guide } = payGuide.data;
/** Section 8 locations no salary table prints: always derived from London. */
const derivedRegions = guide.regional.rows
  .map((r) => r.location)
  .filter((l) => l !== guide.regional.base && !guide.salaryTables.some((t) => t.columns.includes(l)));

const roleLevel = fc.constantFrom(...roleLevels);
/** A role, level and a location the role's salary is printed or derived for. */
const located = roleLevel.chain(([role, level]) =>
  fc.constantFrom(...payGuide.locationsOf(role)).map((loc) => [role, level, loc] as const),
);
const location = fc.constantFrom(...payGuide.locationNames);
const stage = fc.option(fc.constantFrom(...stages), { nil: null });
/** A role, level, location and a subset of that role's own premium skills. */
const withSkills = located.chain(([role, level, loc]) =>
  fc.subarray(skillsOf(role)).map((skills) => ({ role, level, loc, skills: skills.map((s) => [s]) })),
);
const runs = { numRuns: 200 };

test("percentiles increase with p", () => {
  fc.assert(
    fc.property(located, fc.double({ min: 0.05, max: 0.94, noNaN: true }), ([role, level, loc], p) => {
      const [lower] = figures("SALARYBAND", role, level, loc, p);
      const [higher] = figures("SALARYBAND", role, level, loc, p + 0.01);
      expect(higher).toBeGreaterThan(lower);
    }),
    runs,
  );
});

test("Early Startup ≤ Scale-up ≤ Enterprise, at both ends", () => {
  fc.assert(
    fc.property(located, ([role, level, loc]) => {
      const [early, scale, enterprise] = stages.map((s) => figures("SALARYBAND", role, level, loc, "range", null, s));
      for (const end of [0, 1]) {
        expect(early[end]).toBeLessThanOrEqual(scale[end]);
        expect(scale[end]).toBeLessThanOrEqual(enterprise[end]);
      }
    }),
    runs,
  );
});

test("a skill premium never lowers a band", () => {
  fc.assert(
    fc.property(withSkills, stage, ({ role, level, loc, skills }, st) => {
      const [low, high] = figures("SALARYBAND", role, level, loc, "range", null, st);
      const [skilledLow, skilledHigh] = figures("SALARYBAND", role, level, loc, "range", skills, st);
      expect(skilledLow).toBeGreaterThanOrEqual(low);
      expect(skilledHigh).toBeGreaterThanOrEqual(high);
    }),
    runs,
  );
});

test("a derived regional band never exceeds London", () => {
  fc.assert(
    fc.property(withSkills, fc.constantFrom(...derivedRegions), stage, ({ role, level, skills }, region, st) => {
      const [low, high] = figures("SALARYBAND", role, level, region, "range", skills, st);
      const [londonLow, londonHigh] = figures("SALARYBAND", role, level, "London", "range", skills, st);
      expect(low).toBeLessThanOrEqual(londonLow);
      expect(high).toBeLessThanOrEqual(londonHigh);
    }),
    runs,
  );
});

test("TOTALCOMP ≥ SALARYBAND for the same arguments", () => {
  const points = fc.constantFrom("low", "mid", "high");
  const valuation = fc.option(fc.integer({ min: 0, max: 2_000_000_000 }), { nil: null });
  fc.assert(
    fc.property(
      withSkills,
      points,
      fc.constantFrom(...stages),
      valuation,
      ({ role, level, loc, skills }, point, st, val) => {
        const [base] = figures("SALARYBAND", role, level, loc, point, skills, st);
        const [total] = figures("TOTALCOMP", role, level, loc, point, skills, st, val);
        expect(total).toBeGreaterThanOrEqual(base);
      },
    ),
    runs,
  );
});

test("a skills column beside a roles column equals each row priced on its own, for SALARYBAND and TOTALCOMP", () => {
  const allSkills = payGuide.data.guide.skillPremiums.flatMap((s) => s.skills.map((k) => k.skill));
  // Rows of role, level and one skill (any role's, so some rows are #N/A), or none.
  const row = fc.tuple(roleLevel, fc.option(fc.constantFrom(...allSkills), { nil: null }));
  fc.assert(
    fc.property(fc.array(row, { minLength: 2, maxLength: 6 }), location, stage, (rows, loc, st) => {
      for (const name of ["SALARYBAND", "TOTALCOMP"]) {
        const lifted = evaluate(name, [
          rows.map(([[role]]) => [role]),
          rows.map(([[, level]]) => [level]),
          loc,
          "mid",
          rows.map(([, skill]) => [skill]),
          st,
        ]);
        rows.forEach(([[role, level], skill], r) =>
          expect(lifted[r]).toEqual(evaluate(name, [role, level, loc, "mid", skill, st])[0]),
        );
      }
    }),
    runs,
  );
});
