/** The budgeting functions lift over ranges in every shape combination, like Excel's own. */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { evaluate, payGuide } from "../support/engine";
import { toPence } from "../../src/engine/core/money";
import { latestHeld } from "../support/tax-years";

test("a column of salaries against one tax year gives a column", () => {
  // 4,000: below every threshold; 20,000: 20,000 + 2,250 + 412.80; 100,000: the worked check
  expect(evaluate("LOADEDCOST", [[[4000], [20000], [100000]], "2026/27"])).toEqual([[4000], [22662.8], [115570.9]]);
});

test("a column and a row broadcast to a grid", () => {
  // rows: day rates 500, 625; columns: 200 and 220 days
  expect(evaluate("CONTRACTCOST", [[[500], [625]], [[200, 220]]])).toEqual([
    [100000, 110000],
    [125000, 137500],
  ]);
});

test("equal-shaped 2-D ranges pair element by element", () => {
  // one year each: 100,000 × 1.04; 50,000 × 1.05; 80,000 × 1.02; 60,000 × 1
  expect(
    evaluate("GROWTH", [
      [
        [100000, 50000],
        [80000, 60000],
      ],
      "2026-01-01",
      "2027-01-01",
      [
        [0.04, 0.05],
        [0.02, 0],
      ],
    ]),
  ).toEqual([
    [104000, 52500],
    [81600, 60000],
  ]);
});

test("a row of start dates against one amount prorates each", () => {
  // 2026: from 1 January the whole year; from 1 July 6 payroll months of 12, in 2028 (leap) too
  expect(evaluate("PRORATE", [100000, [["2026-01-01", "2026-07-01", "2028-07-01"]]])).toEqual([[100000, 50000, 50000]]);
});

test("incompatible shapes are #VALUE! naming them", () => {
  const [[cell]] = evaluate("PRORATE", [
    [[1], [2]],
    [["2026-01-01"], ["2026-02-01"], ["2026-03-01"]],
  ]);
  expect(cell).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("(2×1, 3×1, 1×1, 1×1, 1×1, 1×1)") });
});

test("an error in one element stays in that element", () => {
  const [[a], [b], [c]] = evaluate("COMPARATIO", [[[85000], [-1], [90000]], "MLOps Engineer", "Senior"]);
  expect(a).toBe(1);
  expect(b).toMatchObject({ code: "#NUM!" });
  expect(c).toBeCloseTo(90000 / 85000, 12);
  const positions = evaluate("RANGEPOSITION", [85000, [["MLOps", "Nope", "Data"]], "Senior"]);
  // MLOps (85,000 − 75,000) / 20,000 = 0.5; Data Senior £70,000–£90,000: (85,000 − 70,000) / 20,000 = 0.75
  expect(positions[0][0]).toBe(0.5);
  expect(positions[0][1]).toMatchObject({ code: "#N/A" });
  expect(positions[0][2]).toBe(0.75);
});

test("the default tax year applies to a whole range", () => {
  const salaries = [[100000], [85000]];
  expect(evaluate("LOADEDCOST", [salaries])).toEqual(evaluate("LOADEDCOST", [salaries, latestHeld]));
  expect(evaluate("LOADEDCOST", [salaries, "2026/27"])).toEqual([[115570.9], [98320.9]]);
});

test("PERMVSCONTRACT over ranges asks for single values in each cell", () => {
  const cells = evaluate("PERMVSCONTRACT", [[["MLOps"], ["AI Engineer"]], "Senior"]);
  expect(cells).toHaveLength(2);
  for (const [cell] of cells)
    expect(cell).toMatchObject({
      code: "#VALUE!",
      message: "PERMVSCONTRACT returns a 6×2 table for one set of inputs; give single values, not ranges.",
    });
});

describe("the CLI takes array constants", () => {
  const cli = path.resolve(__dirname, "../../dist/cli/aipay.js");
  const run = (formula: string) => spawnSync(process.execPath, [cli, formula], { encoding: "utf8" });

  test("a column of salaries prints a column", () => {
    expect(run('LOADEDCOST({100000;20000},"2026/27")').stdout).toBe("115570.9\n22662.8\n");
  });

  test("a column against a row prints a grid", () => {
    expect(run("CONTRACTCOST({500;625},{200,220})").stdout).toBe("100000\t110000\n125000\t137500\n");
  });

  test("PERMVSCONTRACT prints its labelled table", () => {
    const lines = run('PERMVSCONTRACT("MLOps Engineer","Senior",,,,"2026/27")').stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(6);
    // 625 a day × the client's year (227 days as shipped) − the loaded cost 98,320.90: 43,554.10
    const days = payGuide.data.employerCosts.contractor.billableDaysPerYear.value;
    expect(lines[4]).toBe(`Difference (contractor − permanent)\t${toPence(625 * days - 98320.9)}`);
  });
});
