/**
 * Metamorphic properties: relations between answers that must hold whatever the figures.
 * Each relation is a generator of comparable calls over the dataset's own vocabulary, so
 * new roles, levels and locations are covered without edits. To add one, add an entry to
 * `relations`. The premium rules' relations (results rise with percentile, by company
 * stage, with a skill premium) are in premium-properties.test.ts.
 */
import fc from "fast-check";
import { evaluate, FUNCTIONS, payGuide } from "../support/engine";
import { cellArbitrary, checkProperty, plainErrorValue } from "../support/fuzz";

const scalar = (name: string, args: unknown[]) => evaluate(name, args)[0][0];
const { guide } = payGuide.data;
const points = ["low", "mid", "high"];
const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

/** [smaller call, larger call]: the first must give a smaller figure than the second. */
type Relation = fc.Arbitrary<[[string, unknown[]], [string, unknown[]]]>;

/** A salary table and a location its role is printed or derived for. */
const tableLocation = pick(guide.salaryTables).chain((table) =>
  pick(payGuide.locationsOf(table.role)).map((location) => [table, location] as const),
);

const salaryLevels = fc.tuple(tableLocation, pick(points)).chain(([[table, location], point]) =>
  fc.integer({ min: 0, max: table.levels.length - 2 }).map(
    (i) =>
      [
        ["SALARYBAND", [table.role, table.levels[i].level, location, point]],
        ["SALARYBAND", [table.role, table.levels[i + 1].level, location, point]],
      ] as [[string, unknown[]], [string, unknown[]]],
  ),
);

const dayRateLevels = fc
  .tuple(pick(guide.dayRates.roles.map((r) => r.role)), pick(["outside", "inside"]), pick(points))
  .chain(([role, ir35, point]) =>
    fc.integer({ min: 0, max: guide.dayRates.levels.length - 2 }).map(
      (i) =>
        [
          ["DAYRATE", [role, guide.dayRates.levels[i].level, ir35, point]],
          ["DAYRATE", [role, guide.dayRates.levels[i + 1].level, ir35, point]],
        ] as [[string, unknown[]], [string, unknown[]]],
    ),
  );

const relations: Record<string, { relation: Relation; strict: boolean }> = {
  "a salary rises with level": { relation: salaryLevels, strict: true },
  "a day rate rises with level": { relation: dayRateLevels, strict: true },
  "a salary rises with percentile (low < mid < high)": {
    relation: fc.tuple(tableLocation, fc.integer({ min: 0, max: 1 })).chain(([[table, location], p]) =>
      pick(table.levels).map(
        (level) =>
          [
            ["SALARYBAND", [table.role, level.level, location, points[p]]],
            ["SALARYBAND", [table.role, level.level, location, points[p + 1]]],
          ] as [[string, unknown[]], [string, unknown[]]],
      ),
    ),
    strict: true,
  },
  "London pays at least UK National": {
    relation: fc
      .tuple(pick(guide.salaryTables), pick(points))
      .chain(([table, point]) =>
        pick(table.levels).map(
          (level) =>
            [
              ["SALARYBAND", [table.role, level.level, "UK National", point]],
              ["SALARYBAND", [table.role, level.level, "London", point]],
            ] as [[string, unknown[]], [string, unknown[]]],
        ),
      )
      .chain((pair) =>
        // Leadership roles have one band per location and no level.
        fc.oneof(
          fc.constant(pair),
          fc.tuple(pick(guide.leadership.roles.map((r) => r.role)), pick(points)).map(
            ([role, point]) =>
              [
                ["SALARYBAND", [role, null, "UK National", point]],
                ["SALARYBAND", [role, null, "London", point]],
              ] as [[string, unknown[]], [string, unknown[]]],
          ),
        ),
      ),
    strict: false,
  },
  "inside IR35 pays less than outside": {
    relation: fc.tuple(pick(guide.dayRates.roles.map((r) => r.role)), pick(guide.dayRates.levels), pick(points)).map(
      ([role, level, point]) =>
        [
          ["DAYRATE", [role, level.level, "inside", point]],
          ["DAYRATE", [role, level.level, "outside", point]],
        ] as [[string, unknown[]], [string, unknown[]]],
    ),
    strict: true,
  },
};

describe.each(Object.entries(relations))("%s", (_, { relation, strict }) => {
  test("holds for every published combination drawn", () => {
    checkProperty(
      fc.property(relation, ([[smallName, smallArgs], [largeName, largeArgs]]) => {
        const small = scalar(smallName, smallArgs);
        const large = scalar(largeName, largeArgs);
        expect(typeof small).toBe("number");
        expect(typeof large).toBe("number");
        if (strict) expect(small).toBeLessThan(large as number);
        else expect(small).toBeLessThanOrEqual(large as number);
      }),
      200,
    );
  });
});

/**
 * Lifting a range equals mapping the scalar function over it, for every function: one
 * argument is a column, the others single cells (a result row spills across; a result
 * column in a lifted call is a #VALUE!; a one-cell range is just a cell).
 */
describe.each(FUNCTIONS.filter((spec) => spec.params.length > 0).map((spec) => [spec.name, spec] as const))(
  "%s over a column equals the scalar function mapped over it",
  (name, spec) => {
    test("element by element", () => {
      const cell = cellArbitrary(plainErrorValue);
      const column = fc.array(cell, { minLength: 1, maxLength: 6 });
      const scalars = fc.array(
        cell.filter((c) => !Array.isArray(c)),
        {
          minLength: spec.params.length,
          maxLength: spec.params.length,
        },
      );
      // A list parameter (SALARYBAND's skills) takes a whole range as one value: it is not lifted.
      const lifted = spec.params.flatMap((param, i) => (spec.lists?.includes(param) ? [] : [i]));
      checkProperty(
        fc.property(fc.constantFrom(...lifted), column, scalars, (at, values, others) => {
          const args = others.map((o, i) => (i === at ? values.map((v) => [v]) : o));
          const result = evaluate(name, args);
          // A one-cell range is a single cell: the whole result, spills included.
          if (values.length === 1)
            return expect(result).toEqual(
              evaluate(
                name,
                others.map((o, i) => (i === at ? values[0] : o)),
              ),
            );
          values.forEach((value, r) => {
            const one = evaluate(
              name,
              others.map((o, i) => (i === at ? value : o)),
            );
            if (one.length === 1) expect(result[r].slice(0, one[0].length)).toEqual(one[0]);
            else expect(result[r][0]).toMatchObject({ code: "#VALUE!" });
          });
        }),
        200,
      );
    });
  },
);
