/**
 * Arguments as Excel hands them over: a typed TRUE where a parameter is declared as text, a
 * number written with a decimal comma, and every cell as a 1×1 range. Each reads as the
 * value the user meant, with the guide's figures.
 */
import { Calculator, evaluate, FUNCTIONS, payGuide } from "../support/engine";
import { numberInText } from "../../src/engine/args/numbers";
import { unwrapSingleCells } from "../../src/engine/calculator/cells";
import { samples } from "../support/samples";

const one = (name: string, ...args: unknown[]) => evaluate(name, args)[0][0];

describe("TRUE and FALSE as text, where the docs offer them", () => {
  // LLM Engineer Senior day rate £700–£900; inside IR35 17.5% (the midpoint of 15–20%) off
  // both ends: £577.50–£742.50, mid (577.50 + 742.50) / 2 = 660. Outside: (700 + 900) / 2 = 800.
  test.each(["TRUE", "true", " True "])('ir35 "%s" is inside IR35: the inside day rate', (text) => {
    expect(one("DAYRATE", "LLM Engineer", "Senior", text)).toBe(660);
    expect(one("DAYRATE", "LLM Engineer", "Senior", text)).toBe(one("DAYRATE", "LLM Engineer", "Senior", true));
  });

  test('ir35 "FALSE" is outside IR35', () => {
    expect(one("DAYRATE", "LLM Engineer", "Senior", "FALSE")).toBe(800);
    expect(one("DAYRATE", "LLM Engineer", "Senior", "false")).toBe(one("DAYRATE", "LLM Engineer", "Senior", false));
  });

  test('CONTRACTCOST and PERMVSCONTRACT read "TRUE" as inside too', () => {
    // Inside IR35 with the client as fee-payer adds employer NI and levy: the same as TRUE.
    expect(one("CONTRACTCOST", 625, 200, "TRUE", "client")).toBe(one("CONTRACTCOST", 625, 200, true, "client"));
    expect(one("CONTRACTCOST", 625, 200, "TRUE", "client")).not.toBe(one("CONTRACTCOST", 625, 200, "outside"));
    expect(evaluate("PERMVSCONTRACT", ["MLOps Engineer", "Senior", null, "TRUE"])).toEqual(
      evaluate("PERMVSCONTRACT", ["MLOps Engineer", "Senior", null, true]),
    );
  });

  test('flags read "TRUE" and "FALSE" as their booleans', () => {
    // The specialist day rate for a Senior ML Engineer, £900–£1,100: mid 1,000; the §7 row (600 + 750) / 2 = 675.
    expect(one("DAYRATE", "ML Engineer", "Senior", null, null, "TRUE")).toBe(1000);
    expect(one("DAYRATE", "ML Engineer", "Senior", null, null, "false")).toBe(675);
    expect(one("LOADEDCOST", 40000, "2026/27", null, null, "TRUE")).toBe(
      one("LOADEDCOST", 40000, "2026/27", null, null, true),
    );
  });

  test("other text is still refused, naming TRUE and FALSE where they are accepted", () => {
    expect(one("DAYRATE", "LLM Engineer", "Senior", "maybe")).toMatchObject({
      code: "#VALUE!",
      message: `Unknown IR35 status 'maybe'. Use "outside" (the default), "inside", TRUE (inside) or FALSE (outside).`,
    });
    expect(one("DAYRATE", "ML Engineer", "Senior", null, null, "yes")).toMatchObject({
      code: "#VALUE!",
      message: 'specialist must be TRUE or FALSE (got "yes").',
    });
    // point offers no booleans: "TRUE" is an unknown point word, not a boolean.
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, "TRUE")).toMatchObject({ code: "#VALUE!" });
  });
});

describe("a decimal comma in numeric text", () => {
  test('a percentile typed "0,9" is the 90th percentile, as 0.9 is', () => {
    // MLOps Senior UK £75,000–£95,000: the lognormal's 0.9 point is 105,663.08 (see premiums.test.ts).
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, "0,9")).toBe(105663.08);
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, "90%")).toBe(105663.08);
    expect(one("SALARYBAND", "MLOps Engineer", "Senior", null, "0,900")).toBe(105663.08);
  });

  test("commas grouping digits in threes are thousands separators, not a decimal comma", () => {
    // "85,000" is 85,000, never 85.0: MLOps Senior UK mid 85,000 is exactly the band's mid.
    expect(one("COMPARATIO", "85,000", "MLOps Engineer", "Senior")).toBe(1);
    expect(one("LOADEDCOST", "85,000", "2026/27")).toBe(one("LOADEDCOST", 85000, "2026/27"));
  });

  test.each([
    ["0,9", 0.9],
    ["0,900", 0.9],
    [",5", 0.5],
    ["-0,25", -0.25],
    ["12,5%", 0.125],
    ["1234,5", 1234.5],
    ["85,000", 85000],
    ["1,500", 1500],
    ["1,234,567.50", 1234567.5],
    ["0.9", 0.9],
    ["4%", 0.04],
  ])("%j reads as %p", (text, number) => {
    expect(numberInText(text)).toBe(number);
  });

  test.each(["1.234,5", "1,2,3", "85,00,000", "0,9,", "1,5e3", "12,34.5"])("%j is no number", (text) => {
    expect(numberInText(text)).toBeUndefined();
  });

  test("a rate and years of experience read a decimal comma too", () => {
    // 1,5 years is 1.5: Junior (0–2 years); MLOps Junior UK £45,000–£55,000, mid 50,000.
    expect(one("SALARYBAND", "MLOps Engineer", "1,5")).toBe(50000);
    expect(one("LOADEDCOST", 40000, "2026/27", "0,05")).toBe(one("LOADEDCOST", 40000, "2026/27", 0.05));
  });
});

describe("a cell as Excel passes it, a 1×1 range, answers as the plain value does", () => {
  /** Every role, level and location the guide prints, as SALARYBAND's arguments. */
  const printed = payGuide.data.guide.salaryTables.flatMap((table) =>
    table.levels.flatMap((level) => Object.keys(level.bands).map((location) => [table.role, level.level, location])),
  );
  const asExcel = (args: readonly unknown[]) => args.map((a) => (a === null ? null : [[a]]));

  test("SALARYBAND over every printed band, each point: plain, 1×1 and a two-row column agree", () => {
    // Each style on its own calculator, so no answer is remembered from another style.
    const plain = new Calculator(payGuide).bind("SALARYBAND");
    const excel = new Calculator(payGuide).bind("SALARYBAND");
    const column = new Calculator(payGuide).bind("SALARYBAND");
    let compared = 0;
    for (const band of printed)
      for (const point of [null, "low", "high", "range", 0.9]) {
        const args = [...band, point];
        const answer = plain(args);
        expect(excel(asExcel(args))).toEqual(answer);
        // The general lifted path: a column of the same arguments twice, first row.
        expect([column(args.map((a) => [[a], [a]]))[0]]).toEqual(answer);
        compared++;
      }
    expect(compared).toBe(printed.length * 5);
  });

  test("every function's samples answer alike as plain values and as 1×1 ranges", () => {
    expect(Object.keys(samples).sort()).toEqual(FUNCTIONS.map((f) => f.name).sort());
    for (const [name, calls] of Object.entries(samples)) {
      const plain = new Calculator(payGuide).bind(name);
      const excel = new Calculator(payGuide).bind(name);
      for (const args of calls) expect(excel(asExcel(args))).toEqual(plain(args));
    }
  });

  test("1×1 ranges are unwrapped before any look-up; other shapes are left as they are", () => {
    const column = [["London"], ["Bristol"]];
    const row = [["low", "high"]];
    expect(unwrapSingleCells([[["LLM Engineer"]], [["Senior"]], column, row, null])).toEqual([
      "LLM Engineer",
      "Senior",
      column,
      row,
      null,
    ]);
    // Nothing to unwrap: the same array, so a plain call allocates nothing.
    const plainArgs = ["LLM Engineer", "Senior", "London"];
    expect(unwrapSingleCells(plainArgs)).toBe(plainArgs);
    expect(unwrapSingleCells([[[]], [], [["x"], ["y"]]])).toEqual([[[]], [], [["x"], ["y"]]]);
  });
});
