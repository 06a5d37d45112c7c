/**
 * Numbers at the edge: numeric text too large to be a number, −0, GROWTH of zero over
 * a span whose factor overflows, and a level by years in a table that gives no years.
 */
import fc from "fast-check";
import { evaluate, FUNCTIONS, PayGuide, payGuide } from "../support/engine";
import { anyArgument, cellArbitrary, checkProperty, plainErrorValue } from "../support/fuzz";

const one = (name: string, args: unknown[]) => evaluate(name, args)[0][0];

test('numeric text too large to be a number ("1e999") is a #NUM!, not Infinity', () => {
  const result = one("PERMVSCONTRACT", ["MLOps Engineer", "Senior", "London", "outside", "1e999"]);
  expect(result).toMatchObject({ code: "#NUM!", message: 'days is too large to be a number (got "1e999").' });
  expect(one("LOADEDCOST", ["-1e400"])).toMatchObject({ code: "#NUM!" });
  expect(one("CONTRACTCOST", ["650", "1e309"])).toMatchObject({ code: "#NUM!" });
  // The largest finite text still reads as its number: a salary of 1e308 against the MLOps Senior
  // UK National midpoint of (75,000 + 95,000) / 2 = 85,000 is a compa-ratio of 1e308 / 85,000.
  expect(one("COMPARATIO", ["1e308", "MLOps Engineer", "Senior"])).toBeCloseTo(1e308 / 85_000, -290);
});

test("a tiny negative amount prorated rounds to 0, never −0", () => {
  // −0.001 × 184/365 = −0.0005…, which rounds to the penny as −0.
  expect(Object.is(one("PRORATE", [-0.001, "2026-07-01"]), 0)).toBe(true);
  expect(Object.is(one("GROWTH", ["-0", "2026-01-01", "2027-01-01"]), 0)).toBe(true);
});

test("GROWTH of 0 is 0 however long the span, where the factor alone overflows", () => {
  // 1.99 ^ 9,000 years overflows to Infinity; 0 × Infinity would be NaN (#NUM!).
  expect(one("GROWTH", [0, "1900-01-01", "9999-12-31", 0.99])).toBe(0);
  // A real amount over that span is too large: #NUM!, not Infinity.
  expect(one("GROWTH", [1, "1900-01-01", "9999-12-31", 0.99])).toMatchObject({ code: "#NUM!" });
});

test("years of experience below every level's years, in a table the schema allows, is an #N/A naming the levels", () => {
  const data = structuredClone(payGuide.data);
  const table = data.guide.salaryTables[0];
  // A table whose first level starts at 2 years (or gives none at all) leaves 0–2 years with no level.
  table.levels.forEach((level, i) => (level.years = i === 0 ? undefined : { from: 2 + i }));
  const guide = new PayGuide(data);
  expect(() => guide.salaryBand(table.role, 1, "London")).toThrow(
    expect.objectContaining({
      code: "#N/A",
      message: expect.stringContaining(`no salary level for ${table.role} at 1 years of experience`),
    }),
  );
  // 3 years reaches the second level (from 3).
  expect(guide.salaryBand(table.role, 3, "London").level).toBe(table.levels[1].label);
});

const cells = (result: readonly (readonly unknown[])[]) => result.flat();

test("no function returns −0, whatever it is given", () => {
  const argument = anyArgument(
    fc.oneof(cellArbitrary(plainErrorValue), fc.constantFrom(-0, "-0", -1e-9, "-0.001", "-0%")),
  );
  checkProperty(
    fc.property(fc.constantFrom(...FUNCTIONS), fc.array(argument, { maxLength: 6 }), (spec, args) => {
      for (const cell of cells(evaluate(spec.name, args.slice(0, spec.params.length)))) {
        expect(Object.is(cell, -0)).toBe(false);
      }
    }),
    2_000,
  );
});
