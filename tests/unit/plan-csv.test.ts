/**
 * The plan's CSV lines: figures written exactly as JavaScript writes numbers (the fast
 * path for whole pence against String, over random and edge values), and cells quoted
 * where a CSV reader needs them.
 */
import fc from "fast-check";
import { csvLine, figureText } from "../../src/cli/plan-csv";

describe("figures as JavaScript writes them", () => {
  test("whole pence, positive and negative, up to and past the 15 digits written by hand", () => {
    const pence = fc.oneof(
      fc.integer({ min: -10_000_000, max: 10_000_000 }),
      fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
      fc.integer({ min: 1e15 - 1_000, max: 1e15 + 1_000 }),
    );
    fc.assert(
      fc.property(pence, (p) => figureText(p / 100) === String(p / 100)),
      { numRuns: 200_000 },
    );
  });

  test("pence reached by arithmetic, as the engine reaches them (sums, shares, rounding)", () => {
    const amount = fc.integer({ min: 0, max: 50_000_000 }).map((p) => p / 100);
    const share = fc.double({ min: 0, max: 2, noNaN: true });
    fc.assert(
      fc.property(amount, amount, share, (a, b, s) =>
        [a + b, a - b, a * s, Math.round(a * s * 100) / 100, a / 12, (a + b) / 100].every(
          (x) => figureText(x) === String(x),
        ),
      ),
      { numRuns: 100_000 },
    );
  });

  test("any double at all", () => {
    fc.assert(
      fc.property(fc.double(), (x) => figureText(x) === String(x)),
      { numRuns: 100_000 },
    );
  });

  test("edge values: zero and −0, the smallest and largest, exponent notation, binary fractions", () => {
    const edges = [
      0,
      -0,
      0.01,
      -0.01,
      0.1,
      0.5,
      0.05,
      0.99,
      1.05,
      1.5,
      0.1 + 0.2,
      0.3,
      1 / 3,
      2 / 3,
      1.0001,
      0.8765,
      1e-7,
      1.5e-7,
      1e-6,
      5e-324,
      -5e-324,
      Number.MIN_VALUE,
      Number.EPSILON,
      Number.MAX_VALUE,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER / 100,
      2 ** 53 / 100,
      1e21,
      1e21 + 0.5,
      1e20,
      123e18,
      9_999_999_999_999.99,
      9_999_999_999_999.98,
      10_000_000_000_000.01,
      1e13,
      1e13 + 0.01,
      1e15 / 100,
      (1e15 - 1) / 100,
      (1e15 + 1) / 100,
      80_624.99999999999,
      75_000 * 1.075,
      1234.5,
      -1234.05,
      100.1,
      Infinity,
      -Infinity,
      NaN,
    ];
    for (const x of edges) expect([x, figureText(x)]).toEqual([x, String(x)]);
  });
});

describe("a CSV line", () => {
  test("cells joined by the delimiter, figures as numbers, a line break at the end", () => {
    expect(csvLine(["AI Engineer", "", 1, 0.5, 85_000.1, 7083.34, 1.0234, -0.25], ",")).toBe(
      "AI Engineer,,1,0.5,85000.1,7083.34,1.0234,-0.25\n",
    );
    expect(csvLine(["a", 2.05, ""], ";")).toBe("a;2.05;\n");
  });

  test("a cell with either list separator, a tab, a quote or a line break is quoted, its quotes doubled", () => {
    expect(csvLine(["a,b", "c;d", "e\tf", 'say "hi"', "x\ny", "x\ry", "plain"], ",")).toBe(
      '"a,b","c;d","e\tf","say ""hi""","x\ny","x\ry",plain\n',
    );
  });
});
