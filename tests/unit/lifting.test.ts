/** Every function lifts over ranges as Excel's own functions do. */
import fc from "fast-check";
import { Calculator, evaluate, FUNCTIONS, payGuide } from "../support/engine";
import { cellArbitrary, checkProperty, plainErrorValue } from "../support/fuzz";

test("a column of roles against one level gives a column of figures", () => {
  // Senior, UK National midpoints: MLOps (75k+95k)/2 = 85,000; AI (80k+105k)/2 = 92,500; Data (70k+90k)/2 = 80,000
  expect(evaluate("SALARYBAND", [[["MLOps Engineer"], ["AI Engineer"], ["Data Engineer"]], "Senior"])).toEqual([
    [85000],
    [92500],
    [80000],
  ]);
});

test("equal-shaped ranges pair element by element", () => {
  // MLOps Junior London low £50,000; LLM Senior Remote UK low £90,000
  expect(
    evaluate("SALARYBAND", [[["MLOps"], ["LLM"]], [["Junior"], ["Senior"]], [["London"], ["Remote UK"]], "low"]),
  ).toEqual([[50000], [90000]]);
});

test("a row and a column broadcast to a grid", () => {
  // rows: levels, columns: locations; AI Engineer lows: Junior 48k/55k, Senior 80k/95k
  expect(evaluate("SALARYBAND", ["AI Engineer", [["Junior"], ["Senior"]], [["UK National", "London"]], "low"])).toEqual(
    [
      [48000, 55000],
      [80000, 95000],
    ],
  );
});

test("an error in one element stays in that element", () => {
  const [[first], [second], [third]] = evaluate("SALARYBAND", [
    [["MLOps"], ["Nope"], ["Data"]],
    "Junior",
    null,
    "high",
  ]);
  expect(first).toBe(55000);
  expect(second).toMatchObject({ code: "#N/A" });
  expect(third).toBe(50000);
});

test("incompatible shapes are #VALUE! with the shapes named", () => {
  const [[cell]] = evaluate("SALARYBAND", [
    [["MLOps"], ["LLM"]],
    [["Junior"], ["Senior"], ["Mid"]],
  ]);
  expect(cell).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("(2×1, 3×1, 1×1, 1×1, 1×1)") });
});

test('"range" over a column of inputs spills two columns', () => {
  // DAYRATE Senior: MLOps £550–£700, LLM £700–£900
  expect(evaluate("DAYRATE", [[["MLOps"], ["LLM"]], "Senior", null, "range"])).toEqual([
    [550, 700],
    [700, 900],
  ]);
});

test("an error cell handed in by Excel passes through in its place", () => {
  const excelError = { code: "#DIV/0!", message: "" };
  const [[a], [b]] = evaluate("SALARYBAND", [[["MLOps"], [excelError]], "Junior"]);
  expect(a).toBe(50000);
  expect(b).toMatchObject({ code: "#DIV/0!" });
  expect(evaluate("SALARYBAND", [{ code: "#REF!" }, "Junior"])[0][0]).toMatchObject({
    code: "#VALUE!",
    message: "An argument holds the error #REF!.",
  });
});

test("non-finite numbers and ragged ranges never leak out", () => {
  expect(evaluate("SALARYBAND", ["MLOps", NaN])[0][0]).toMatchObject({ code: "#NUM!" });
  expect(evaluate("SALARYBAND", ["MLOps", Infinity])[0][0]).toMatchObject({ code: "#NUM!" });
  expect(evaluate("SALARYBAND", [[["MLOps", "AI"], ["LLM"]], "Senior"])[0][0]).toMatchObject({
    code: "#VALUE!",
    message: "A range argument is not rectangular.",
  });
  expect(evaluate("SALARYBAND", ["MLOps", "Senior", null, null, null, null, "extra"])[0][0]).toMatchObject({
    code: "#VALUE!",
    message: expect.stringContaining("takes at most 6 arguments"),
  });
});

test("a row found ragged partway down a column makes the whole call the ragged-range error", () => {
  // The first rows are one cell wide, as a column's are; the third is two wide.
  const [[cell], ...rest] = evaluate("SALARYBAND", [[["MLOps"], ["AI"], ["LLM", "Data"]], "Junior"]);
  expect(cell).toMatchObject({ code: "#VALUE!", message: "A range argument is not rectangular." });
  expect(rest).toEqual([]);
});

test("a flat list of values from a host is a column; an empty range is one empty cell", () => {
  // MLOps Junior UK National (45,000 + 55,000) / 2 = 50,000; AI Junior (48,000 + 60,000) / 2 = 54,000
  expect(evaluate("SALARYBAND", [["MLOps", "AI"], "Junior"])).toEqual([[50000], [54000]]);
  expect(evaluate("SALARYBAND", [[["MLOps"], "AI"], "Junior"])).toEqual([[50000], [54000]]);
  expect(evaluate("SALARYBAND", [[["MLOps", "AI"], "LLM"], "Junior"])[0][0]).toMatchObject({
    message: "A range argument is not rectangular.",
  });
  expect(evaluate("SALARYBAND", [[[]], "Junior"])[0][0]).toMatchObject({ code: "#N/A" });
});

test("an overflowing result is #NUM!, never Infinity", () => {
  // 1e306 × 220 days = 2.2e308 overflows a double (max ≈ 1.8e308); 1e308 × (1 + 15% NI) does too.
  expect(evaluate("CONTRACTCOST", [1e306])[0][0]).toMatchObject({ code: "#NUM!" });
  expect(evaluate("LOADEDCOST", [1e308, "2026/27"])[0][0]).toMatchObject({ code: "#NUM!" });
});

describe("remembered answers", () => {
  test("a repeated question gets the same, read-only answer", () => {
    // MLOps Senior London: (85,000 + 110,000) / 2 = 97,500
    const first = evaluate("SALARYBAND", ["MLOps Engineer", "Senior", "London"]);
    const again = evaluate("SALARYBAND", ["MLOps Engineer", "Senior", "London", null]);
    expect(again).toEqual([[97500]]);
    expect(again).toBe(first); // omitted trailing arguments are the same question
    // Shared answers are read-only to TypeScript callers: this line must not compile.
    // @ts-expect-error Matrix rows are readonly
    expect(() => void (first[0][0] = 0)).toBeDefined();
  });

  test("a skills list given as a range keys its own answers", () => {
    // MLOps Senior UK high £95,000: + GPU (+10–15%, × 1.125) = 106,875; + Terraform (5%) = 99,750
    expect(evaluate("SALARYBAND", [[["MLOps"], ["MLOps"]], "Senior", null, "high", [["GPU"]]])).toEqual([
      [106875],
      [106875],
    ]);
    expect(evaluate("SALARYBAND", [[["MLOps"], ["MLOps"]], "Senior", null, "high", [["Terraform"]]])).toEqual([
      [99750],
      [99750],
    ]);
  });
});

/**
 * Columns of one height (a plan's shape) are walked once; every other shape takes the
 * general path. A host's flat list is read as a column by the general path only, so giving
 * one column as a flat list sends the same question down the other path. Each path has its
 * own calculator, so neither can answer from what the other remembered.
 */
describe.each(FUNCTIONS.filter((spec) => spec.params.length > 0).map((spec) => [spec.name] as const))(
  "%s over columns: the one-walk path answers as the general path does",
  (name) => {
    test("cell by cell, messages included", () => {
      const spec = FUNCTIONS.find((f) => f.name === name)!;
      const cell = cellArbitrary(plainErrorValue).filter((c) => !Array.isArray(c));
      const height = fc.integer({ min: 2, max: 5 });
      const args = height.chain((rows) =>
        fc.array(fc.oneof(cell, fc.array(cell, { minLength: rows, maxLength: rows })), {
          minLength: spec.params.length,
          maxLength: spec.params.length,
        }),
      );
      const shown = (matrix: ReturnType<typeof evaluate>) =>
        matrix.map((row) => row.map((c) => (c instanceof Error ? { error: c.message } : c)));
      checkProperty(
        fc.property(args, (given) => {
          const firstColumn = given.findIndex(Array.isArray);
          fc.pre(firstColumn >= 0 && !spec.lists.includes(spec.params[firstColumn]));
          const asColumns = given.map((arg) => (Array.isArray(arg) ? arg.map((v) => [v]) : arg));
          const oneFlat = asColumns.map((arg, i) => (i === firstColumn ? given[i] : arg));
          const walked = new Calculator(payGuide).call(name, asColumns);
          const general = new Calculator(payGuide).call(name, oneFlat);
          expect(shown(walked)).toEqual(shown(general));
        }),
        100,
      );
    });
  },
);
