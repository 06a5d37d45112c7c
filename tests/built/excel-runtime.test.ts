/**
 * How Excel calls AIPAY, through Microsoft's own custom-functions runtime: the built
 * functions.js runs in a page after custom-functions-runtime.js, and tests/support/excel-runtime.ts
 * plays Excel on the runtime's native bridge, sending invocations as Excel does and reading
 * the results the runtime sends back. Timers are real, so each level of dependency between
 * AIPAY calls costs the runtime's own delay (about half a second).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { evaluate } from "../support/engine";
import { distDir } from "../support/bundle";
import { ExcelPage, ref, type Arg, type Sheet } from "../support/excel-runtime";
import {
  hireCells,
  hireLevels,
  hireMonths,
  nestedChainCells,
  nestedChainLevels,
  planInputs,
} from "../support/plan-hire";

let page: ExcelPage;
beforeEach(async () => {
  page = await ExcelPage.open();
});
afterEach(async () => {
  // Nothing on the page threw, outside the functions as well as inside them.
  expect(page.errors).toEqual([]);
  await page.close();
});

/** LLM Engineer, Senior, in cells A2:C2, as a plan row holds them. */
const row: Sheet = { A2: "LLM Engineer", B2: "Senior", C2: "London" };
const salaryBand = (...args: Arg[]) => ({ call: "SALARYBAND", args });

test("the runtime has every function functions.json declares associated", () => {
  const declared = (
    JSON.parse(fs.readFileSync(path.join(distDir, "functions.json"), "utf8")) as { functions: { id: string }[] }
  ).functions.map((f) => f.id);
  expect([...page.loaded.associated].sort()).toEqual([...declared].sort());
});

test("SALARYBAND over cells gets each argument as a 1×1 matrix and answers the guide's figure", async () => {
  const { values, invocations, flushes } = await page.settle({
    ...row,
    D2: salaryBand(ref("A2"), ref("B2"), ref("C2")),
  });
  // Every parameter is declared as a matrix; the formula gives three of six, Excel passes null for the rest.
  expect(invocations[0].parameterValues).toEqual([[["LLM Engineer"]], [["Senior"]], [["London"]], null, null, null]);
  // The guide's Senior LLM Engineer band in London is £110,000–£150,000: mid (110,000 + 150,000) / 2.
  expect(values.D2).toEqual([[130000]]);
  expect(flushes).toBe(1);
});

test("an omitted argument arrives as null and takes the function's default", async () => {
  // =SALARYBAND(A2,B2,,"low"): the default location, UK National, where the band is £90,000–£130,000.
  const { values, invocations } = await page.settle({ ...row, D2: salaryBand(ref("A2"), ref("B2"), null, "low") });
  expect(invocations[0].parameterValues.slice(0, 4)).toEqual([[["LLM Engineer"]], [["Senior"]], null, [["low"]]]);
  expect(values.D2).toEqual([[90000]]);
});

test("an unknown role comes back as #N/A with a message that names the valid roles", async () => {
  const { values } = await page.settle({ A2: "Prompt Whisperer", B2: "Senior", D2: salaryBand(ref("A2"), ref("B2")) });
  expect(values.D2).toEqual([[{ error: "#N/A", message: expect.stringMatching(/^Unknown role 'Prompt Whisperer'/) }]]);
  expect((values.D2 as { message: string }[][])[0][0].message).toContain("LLM Engineer");
});

test("MONTHLY spills one row of twelve months", async () => {
  const { values } = await page.settle({
    B1: planInputs.yearStart,
    A2: 120000,
    D2: { call: "MONTHLY", args: [ref("A2"), ref("B1"), ref("B1")] },
  });
  // £120,000 a year from 1 April 2027, a twelfth a month as payroll pays: 10,000 in each of the
  // twelve months of FY2027/28, February's 29 days included.
  expect(values.D2).toEqual([Array(12).fill(10000)]);
});

test("an error in a cell an AIPAY call reads is the call's value, with no invocation", async () => {
  const { values, invocations } = await page.settle({
    A2: "Prompt Whisperer",
    B2: "Senior",
    D2: salaryBand(ref("A2"), ref("B2")),
    E2: { call: "AGED", args: [ref("D2"), "2027-07-15"] },
  });
  expect(invocations.map((i) => i.call)).toEqual(["SALARYBAND"]);
  expect(values.E2).toEqual({ error: "#N/A", message: expect.stringMatching(/^Unknown role/) });
});

test("a chain of nested calls settles in one result message per level, no sooner than 500 ms apart", async () => {
  const { values, flushes, flushTimes } = await page.settle(nestedChainCells);
  // SALARYBAND → AGED → LOADEDCOST → MONTHLY: each call waits for the one before, and the
  // runtime sends each level's results in a message of its own.
  expect(flushes).toBe(nestedChainLevels);
  expect(flushTimes.slice(1).every((t, i) => t - flushTimes[i] >= 500)).toBe(true);
  // The same chain through the engine in this process, step by step.
  const inputs = planInputs as Record<string, never>;
  const salary = evaluate("SALARYBAND", [inputs.role, inputs.level, inputs.location, inputs.payTarget]);
  const aged = evaluate("AGED", [salary, inputs.start, inputs.agingRate]);
  const loaded = evaluate("LOADEDCOST", [aged, inputs.taxYear]);
  const [months] = evaluate("MONTHLY", [loaded, inputs.start, inputs.yearStart, inputs.end]);
  expect((values.months as number[][])[0]).toEqual(months);
  expect(months).toHaveLength(12);
});

test("the plan sheet's hire, one PLANROW, settles in one result message, with the nested chain's months", async () => {
  const { values, flushes } = await page.settle(hireCells);
  expect(flushes).toBe(hireLevels);
  const nested = await page.settle(nestedChainCells);
  expect(hireMonths(values)).toEqual((nested.values.months as number[][])[0]);
});
