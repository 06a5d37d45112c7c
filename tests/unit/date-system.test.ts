/**
 * A workbook on the 1904 date system passes each date cell as its serial counted from
 * 1 January 1904: 1,462 less than the 1900 system's for the same day. Told the system, the
 * calculator reads those serials as the days the workbook means; the Excel adapter asks
 * Excel which system the workbook uses.
 */
import {
  Calculator,
  evaluate,
  FUNCTIONS,
  payGuide,
  planRowAt,
  planRowParameters,
} from "../support/engine";
import { followDateSystem } from "../../src/functions/date-system";
import { aipay } from "../../src/functions/workbook-engine";
import { removeStandInHost, standInHost } from "../support/office-mock";

// 2026-07-01 is serial 46204 in the 1900 system, 46204 − 1462 = 44742 in the 1904 system;
// 2026-05-01 is 46143 and 44681.
const july2026In1904 = 44742;
const may2026In1904 = 44681;

const in1904 = new Calculator(payGuide, { dateSystem: 1904 });
const in1900 = new Calculator(payGuide);
const one = (calculator: Calculator, name: string, ...args: unknown[]) => calculator.call(name, args)[0][0];

describe("a calculator told the 1904 date system", () => {
  test("a start date serial is the day the workbook means: PRORATE over 2026", () => {
    // 2026-07-01 to 2026-12-31: 6 payroll months of 12; 100,000 × 6 / 12 = 50,000.
    expect(one(in1904, "PRORATE", 100000, july2026In1904, "2026-01-01", "2026-12-31")).toBe(50000);
    // Read in the 1900 system the same number is 2022-07-01, before the period: the whole year.
    expect(one(in1900, "PRORATE", 100000, july2026In1904, "2026-01-01", "2026-12-31")).toBe(100000);
    // ISO text names its day in either system.
    expect(one(in1904, "PRORATE", 100000, "2026-07-01", "2026-01-01", "2026-12-31")).toBe(50000);
  });

  test("a date given for a tax year names the tax year that holds it", () => {
    expect(one(in1904, "LOADEDCOST", 100000, may2026In1904)).toBe(one(in1900, "LOADEDCOST", 100000, "2026/27"));
    // In the 1900 system the number is 30 April 2022, in 2022/23, for which AIPAY holds no rates.
    expect(one(in1900, "LOADEDCOST", 100000, may2026In1904)).toMatchObject({ code: "#N/A" });
  });

  test("a tax year typed as a year is refused as one, in either system", () => {
    expect(one(in1904, "LOADEDCOST", 100000, 2026)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining('Write "2026/27"'),
    });
  });

  test("0 is an empty cell, and a serial outside the 1904 system is #NUM! saying so", () => {
    expect(one(in1904, "PRORATE", 100000, 0)).toMatchObject({
      code: "#N/A",
      message: "startDate is empty: give a date, e.g. 2026-07-01 or a date cell.",
    });
    expect(one(in1904, "PRORATE", 100000, -1)).toMatchObject({
      code: "#NUM!",
      message:
        "startDate -1 is not a date in this workbook's 1904 date system: serials run from 0 (1904-01-01) to 2957003.",
    });
  });

  test("a column of dates lifts, each read in the workbook's system", () => {
    // MONTHLY of 120,000 a year from 2026-07-01, budget year from 2026-01-01 (serial 44561 in 1904):
    // nothing January–June, then July's twelfth: 120,000 / 12 = 10,000.
    const grid = in1904.call("MONTHLY", [120000, [[july2026In1904], [july2026In1904]], 44561]);
    expect(grid).toHaveLength(2);
    expect(grid[0].slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 10000]);
    expect(grid[1]).toEqual(grid[0]);
  });

  test("BASIS passes its dates on in the workbook's system", () => {
    expect(one(in1904, "BASIS", "LOADEDCOST", 100000, may2026In1904)).toEqual(
      expect.stringContaining("2026/27 employer rates"),
    );
  });

  test("told another system, a calculator forgets the answers it gave in the first", () => {
    const calculator = new Calculator(payGuide);
    const args = [100000, july2026In1904, "2026-01-01", "2026-12-31"];
    expect(calculator.call("PRORATE", args)).toEqual([[100000]]);
    expect(calculator.useDateSystem(1904)).toBe(true);
    expect(calculator.call("PRORATE", args)).toEqual([[50000]]);
    expect(calculator.useDateSystem(1904)).toBe(false);
  });
});

describe("the Excel adapter asks Excel for the workbook's date system", () => {
  /** A stand-in Excel whose DATE(1904, 1, 1) gives `first1904Day`, recording recalculations. */
  function standInExcel(first1904Day: number) {
    const recalculations: string[] = [];
    const loaded: { value?: number }[] = [];
    const context = {
      workbook: {
        functions: {
          date: (...yearMonthDay: number[]) => {
            expect(yearMonthDay).toEqual([1904, 1, 1]);
            const result: { value?: number; load(): void } = { load: () => loaded.push(result) };
            return result;
          },
        },
        application: { calculate: (type: string) => recalculations.push(type) },
      },
      // sync fills in what load asked for, as Excel does.
      sync: async () => {
        for (const result of loaded) result.value = first1904Day;
      },
    };
    standInHost(context);
    return recalculations;
  }

  afterEach(() => {
    aipay.useDateSystem(1900);
    removeStandInHost();
  });

  test("a 1904 workbook (DATE(1904,1,1) = 0): dates read in 1904, and Excel recalculates once", async () => {
    const recalculations = standInExcel(0);
    expect(await followDateSystem()).toBe(1904);
    expect(aipay.evaluate("PRORATE", [100000, july2026In1904, "2026-01-01", "2026-12-31"])).toEqual([[50000]]);
    expect(recalculations).toEqual(["Full"]);
    // Asked again, nothing has changed: no second recalculation.
    expect(await followDateSystem()).toBe(1904);
    expect(recalculations).toEqual(["Full"]);
  });

  test("a 1900 workbook (DATE(1904,1,1) = 1462): nothing changes, nothing is recalculated", async () => {
    const recalculations = standInExcel(1462);
    expect(await followDateSystem()).toBe(1900);
    expect(aipay.evaluate("PRORATE", [100000, 46204, "2026-01-01", "2026-12-31"])).toEqual([[50000]]);
    expect(recalculations).toEqual([]);
  });

  test("outside Excel it asks nothing", async () => {
    expect(await followDateSystem()).toBeUndefined();
  });
});

test("PLANROW moves its dates once in a 1904 workbook, though its steps are calls of their own", () => {
  const planIn1904 = new Calculator(payGuide, { functions: FUNCTIONS, dateSystem: 1904 });
  // 1 June 2026 is serial 46174 in the 1900 system and 46174 − 1462 = 44712 in the 1904 system;
  // 1 April 2026 is 46113, and 44651.
  const plan = (start: unknown, yearStart: unknown) => {
    const given: Record<string, unknown> = { role: "AI Engineer", level: "Senior", location: "London", start };
    Object.assign(given, { yearStart, headcount: 1, taxYear: "2026/27" });
    return planRowParameters.map((name) => given[name] ?? null);
  };
  const in1904Serials = planIn1904.call("PLANROW", plan(44712, 44651));
  const isoDates = evaluate("PLANROW", plan("2026-06-01", "2026-04-01"));
  expect(in1904Serials).toEqual(isoDates);
  // Nothing before June: the start was read as 1 June 2026, not four years later or earlier.
  const april = planRowAt.months;
  expect(isoDates[0].slice(april, april + 2)).toEqual([0, 0]);
  expect(isoDates[0][april + 2]).toBeGreaterThan(0);
});
