/**
 * Positions priced as a payroll accountant would work them by hand: the shared plan of ten
 * positions (every type and status, a part-time leaver and her backfill after a time to fill,
 * an offer above market, agency fees, a January review that one late starter skips), in the
 * CLI's code and in the plan sheet's formulas calculated by HyperFormula, to the penny.
 *
 * Inputs: a budget year from 1 April 2026 (months 0–11 are April–March), 2026/27 employer
 * rates, no market ageing (market figures are the guide's mids), a 5% review each January for
 * those with six months in post, two months to fill an open position, a 10% vacancy factor on
 * open positions, and agency fees of 20% of first-year salary unless a row says otherwise.
 * LOADEDCOST in 2026/27 of a salary S above £50,270 is S + 15% × (S − 5,000) + 3% × (50,270 −
 * 6,240) = 1.15 S + 570.90; below it, S + 15% × (S − 5,000) + 3% × (S − 6,240) = 1.18 S − 937.20.
 */
import {
  planRowAt,
  planSheetFor,
  pricePlanRow,
  resolvePlanInputs,
  type PlanRowValues,
  bundled,
} from "../support/engine";
import { sheetWithAipay } from "../support/hyperformula";
import { planFile, pricedTable, sharedPlans } from "../support/plans";

const plan = sharedPlans.find((p) => p.name.startsWith("positions"))!;
const inputs = resolvePlanInputs(bundled, plan.inputs);
const numeric = new Set(["headcount", "salary"]);
const rows: PlanRowValues[] = plan.rows.map((row) =>
  Object.fromEntries(Object.entries(row).map(([name, text]) => [name, numeric.has(name) ? Number(text) : text])),
);
const priced = rows.map((row) => pricePlanRow(bundled, row, inputs));
const year = (months: readonly number[]) => Math.round(months.reduce((a, b) => a + b * 100, 0)) / 100;

/** What each row is worked out to by hand, in row order. */
const handWorked = [
  // 0. Existing Data Engineer, Senior, on 84,000 against a market mid of 80,000 (compa 1.05):
  //    loaded 1.15 × 84,000 + 570.90 = 97,170.90; reviewed 5% in January (in post, so every
  //    review): 97,170.90 × (9 + 3 × 1.05) / 12 = 97,170.90 × 12.15 / 12 = 98,385.54.
  { rate: 80000, pay: 84000, compaRatio: 1.05, annual: 97170.9, year: 98385.54, oneOff: 0 },
  // 1. Leaver, MLOps Engineer, Mid-Level at half time on 70,000 (market mid 65,000): one person on
  //    35,000, loaded 1.18 × 35,000 − 937.20 = 40,362.80; April–September, 6/12 = 20,181.40.
  { rate: 65000, pay: 70000, compaRatio: 70000 / 65000, annual: 40362.8, year: 20181.4, oneOff: 0 },
  // 2. Her backfill, open from 1 October, filled two months later on 1 December at the market
  //    65,000: loaded 1.15 × 65,000 + 570.90 = 75,320.90; December–March 4/12 = 25,106.97, less
  //    the 10% vacancy factor = 22,596.27. In post under six months by January: no review.
  //    Agency fee 20% × 65,000 × 0.9 = 11,700 in December.
  { rate: 65000, pay: 65000, compaRatio: 1, annual: 75320.9, year: 22596.27, oneOff: 11700 },
  // 3. Open LLM Engineer, Senior, London, direct (no fee), from 1 June + 2 months = 1 August:
  //    loaded 1.15 × 130,000 + 570.90 = 150,070.90; 8/12 = 100,047.27, × 0.9 = 90,042.54.
  //    The late starter: six months in post is 1 February, after the January review.
  { rate: 130000, pay: 130000, compaRatio: 1, annual: 150070.9, year: 90042.54, oneOff: 0 },
  // 4. Offer at 100,000 for an AI Engineer, Senior (market mid 92,500: compa 1.081): loaded
  //    1.15 × 100,000 + 570.90 = 115,570.90 from 1 May; six months by 1 November, so reviewed in
  //    January: 115,570.90 × (8 + 3 × 1.05) / 12 = 107,384.63. Fee 20% × 100,000 = 20,000 in May.
  { rate: 92500, pay: 100000, compaRatio: 100000 / 92500, annual: 115570.9, year: 107384.63, oneOff: 20000 },
  // 5. Hired AI Engineer, Mid-Level, London at the market mid 82,500 from 16 July: loaded
  //    1.15 × 82,500 + 570.90 = 95,445.90, a twelfth 7,953.825; July 16/31 of it = 4,105.20, then
  //    8 months 63,630.60: 67,735.80 (no review: six months is 16 January). Fee 15% × 82,500 = 12,375.
  { rate: 82500, pay: 82500, compaRatio: 1, annual: 95445.9, year: 67735.8, oneOff: 12375 },
  // 6. Contractor outside IR35, AI Engineer, Senior: 725 a day × 227 days = 164,575, all year.
  { rate: 725, pay: 725, compaRatio: 1, annual: 164575, year: 164575, oneOff: 0 },
  // 7. Inside IR35, the client as fee payer, from 1 July: 164,575 + 15% × 159,575 + 0.5% × 164,575
  //    = 189,334.13; July–March 9/12 = 142,000.60.
  { rate: 725, pay: 725, compaRatio: 1, annual: 189334.13, year: 142000.6, oneOff: 0 },
  // 8. Existing LLM Engineer, Senior, London on 125,000 (compa 125,000 / 130,000): loaded
  //    1.15 × 125,000 + 570.90 = 144,320.90, reviewed in January: × 12.15 / 12 = 146,124.91.
  { rate: 130000, pay: 125000, compaRatio: 125000 / 130000, annual: 144320.9, year: 146124.91, oneOff: 0 },
  // 9. Two open Data Engineers, Senior (new, open by default) from 1 August + 2 months: loaded
  //    2 × (1.15 × 80,000 + 570.90) = 185,141.80; October–March 6/12 = 92,570.90, × 0.9 = 83,313.81.
  //    Fee 20% × 80,000 × 2 × 0.9 = 28,800 in October.
  { rate: 80000, pay: 80000, compaRatio: 1, annual: 185141.8, year: 83313.81, oneOff: 28800 },
];

describe("ten positions worked by hand", () => {
  test.each(handWorked.map((expected, i) => [i, expected] as const))("row %i", (i, expected) => {
    const hire = priced[i];
    expect({ rate: hire.rate, pay: hire.pay, annual: hire.annual, year: year(hire.months) }).toEqual({
      rate: expected.rate,
      pay: expected.pay,
      annual: expected.annual,
      year: expected.year,
    });
    expect(hire.compaRatio).toBeCloseTo(expected.compaRatio, 4);
    expect(year(hire.oneOffs)).toBe(expected.oneOff);
  });

  test("month by month where the hand-working names a month", () => {
    // The existing Data Engineer's January, reviewed: 97,170.90 × 1.05 / 12 = 8,502.45
    expect(priced[0].months[9]).toBe(8502.45);
    // The hire from 16 July: July is 4,105.20, and the agency fee falls in July too
    expect(priced[5].months[3]).toBe(4105.2);
    expect(priced[5].oneOffs[3]).toBe(12375);
    // The backfill's fee in December, the open Data Engineers' in October, the offer's in May
    expect([priced[2].oneOffs[8], priced[9].oneOffs[6], priced[4].oneOffs[1]]).toEqual([11700, 28800, 20000]);
    // The late starter is not reviewed: February, like March, is 150,070.90 / 12 × 0.9 = 11,255.32
    expect(priced[3].months[10]).toBe(11255.32);
    // Heads in post: the half-time leaver to September's end; the backfill from December; the pair from October
    expect(priced[1].heads).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0, 0, 0, 0, 0, 0]);
    expect(priced[2].heads).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect(priced[9].heads).toEqual([0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2]);
  });

  // Employees 98,385.54 + 20,181.40 + 22,596.27 + 90,042.54 + 107,384.63 + 67,735.80 + 146,124.91
  // + 83,313.81 = 635,764.90; contractors 164,575 + 142,000.60 = 306,575.60; one-off costs
  // 11,700 + 20,000 + 12,375 + 28,800 = 72,875; in all 1,015,215.50.
  const totals = { Employees: 635764.9, Contractors: 306575.6, "One-off costs": 72875, Total: 1015215.5 } as const;

  test("the CLI's totals are the hand-worked totals", () => {
    const { rows: table, problems } = pricedTable(planFile(plan), plan.inputs);
    expect(problems).toEqual([]);
    const yearColumn = (table[0] as string[]).indexOf("Year");
    const yearOf = (label: string) => table.find((row) => row[0] === label)![yearColumn];
    expect([yearOf("Employees total"), yearOf("Contractors total"), yearOf("One-off costs"), yearOf("Total")]).toEqual(
      Object.values(totals),
    );
  });

  test("the plan sheet, calculated by HyperFormula, gives the same totals and heads", () => {
    const sheet = planSheetFor(bundled, rows, inputs, "AIPAY");
    const hf = sheetWithAipay("Plan", sheet.cells, sheet.names);
    const monthsOf = (row: number) =>
      Array.from({ length: 12 }, (_, k) =>
        hf.getCellValue({ sheet: 0, row, col: sheet.figuresColumn + planRowAt.months + k }),
      ) as number[];
    for (const [label, expected] of Object.entries(totals))
      expect([label, year(monthsOf(sheet.totals.rows[label as keyof typeof totals]))]).toEqual([label, expected]);
    // In post in April: the two existing employees and the half-time leaver; in March, eight employees
    const employeesInPost = sheet.totals.rows["Employees in post"];
    const heads = Array.from({ length: 12 }, (_, k) =>
      hf.getCellValue({ sheet: 0, row: employeesInPost, col: sheet.figuresColumn + planRowAt.months + k }),
    );
    expect([heads[0], heads[11]]).toEqual([2.5, 8]);
    hf.destroy();
  });
});

describe("the plan sheet's summary and checks", () => {
  const sheet = planSheetFor(bundled, rows, inputs, "AIPAY");
  let hf: ReturnType<typeof sheetWithAipay>;
  beforeAll(() => (hf = sheetWithAipay("Plan", sheet.cells, sheet.names)));
  afterAll(() => hf.destroy());
  const value = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
  const quarterColumn = (q: number) => sheet.figuresColumn + planRowAt.months + q;
  /** A group's line in the quarter block: Q1–Q4 and the year. */
  const byQuarter = (group: number, line: number) =>
    [0, 1, 2, 3, 4].map((q) => value(sheet.summary.quarterHeader + 1 + group * 6 + line, quarterColumn(q)));

  test("departments by quarter and year, worked by hand (plan-summary.test.ts has the CLI's)", () => {
    expect(sheet.summary.departments.map((d) => d.name)).toEqual(["Data", "Platform", "Research"]);
    // The plan's one-off costs by quarter: 20,000 (May), 12,375 (July), 28,800 + 11,700, none; 72,875
    expect(byQuarter(0, 2)).toEqual([20000, 12375, 40500, 0, 72875]);
    // Employees by department, the year: Data 181,699.35, Platform 42,777.67, Research 411,287.88
    expect([byQuarter(1, 0)[4], byQuarter(2, 0)[4], byQuarter(3, 0)[4]]).toEqual([181699.35, 42777.67, 411287.88]);
    // Heads at each quarter's end; a count has no year
    expect(byQuarter(0, 4)).toEqual([3.5, 5.5, 8, 8, null]);
  });

  test("every check is TRUE, and so is the check of them all", () => {
    const { all, each } = sheet.checks;
    expect(Object.values(each).map(({ row, column }) => value(row, column))).toEqual([true, true, true, true, true]);
    expect(value(all.row, all.column)).toBe(true);
  });

  test("a broken sheet turns its check FALSE", () => {
    const { all, each } = sheet.checks;
    const totalRow = sheet.totals.rows.Total;
    // A total typed over: the rows no longer add up to it
    hf.setCellContents({ sheet: 0, row: totalRow, col: quarterColumn(0) }, [[1]]);
    expect(value(each["Rows add up to the totals"].row, each["Rows add up to the totals"].column)).toBe(false);
    expect(value(all.row, all.column)).toBe(false);
    // A row the guide cannot price: not every row priced
    hf.setCellContents({ sheet: 0, row: sheet.table.headerRow + 1, col: 0 }, [["Prompt Whisperer"]]);
    expect(value(each["Every row priced"].row, each["Every row priced"].column)).toBe(false);
  });
});

describe("positions that do not hold together, and edges of the year", () => {
  const base = { role: "Data Engineer", level: "Senior", start: "2022-05-01" };
  const price = (row: PlanRowValues) => pricePlanRow(bundled, row, inputs);
  const refusal = (row: PlanRowValues) => {
    try {
      price(row);
    } catch (error) {
      return (error as Error).message;
    }
    return "priced";
  };

  test("an existing employee or leaver needs a salary; a leaver an end; an offer a salary", () => {
    expect(refusal({ ...base, type: "existing" })).toMatch(/own salary: give it in the salary column/);
    expect(refusal({ ...base, type: "leaver", salary: 80000 })).toMatch(/a leaver needs a leaving date/);
    expect(refusal({ ...base, start: "2026-06-01", status: "offer" })).toMatch(/salary offered/);
  });

  test("a status or an agency fee on someone in post, and a salary on a contractor, are refused", () => {
    expect(refusal({ ...base, type: "existing", salary: 80000, status: "open" })).toMatch(
      /status is for a new position/,
    );
    expect(refusal({ ...base, type: "existing", salary: 80000, agencyFee: 0.2 })).toMatch(/agencyFee is for a new/);
    expect(
      refusal({ role: "AI Engineer", level: "Senior", start: "2026-06-01", ir35: "outside", salary: 600 }),
    ).toMatch(/salary is an employee's/);
  });

  test("a leaver who left before the budget year costs nothing in it, and is in post in no month", () => {
    const gone = price({ ...base, type: "leaver", salary: 80000, end: "2026-02-28" });
    expect(gone.months.every((month) => month === 0)).toBe(true);
    expect(gone.heads.every((heads) => heads === 0)).toBe(true);
  });

  test("an open position the time to fill pushes past its end date is refused, saying why", () => {
    // Open from 1 March 2027 with two months to fill: 1 May, after its end on 31 March
    expect(refusal({ ...base, start: "2027-03-01", end: "2027-03-31" })).toMatch(/would start after its leaving date/);
    expect(refusal({ ...base, start: "2027-03-01", end: "2027-03-31", status: "hired" })).toBe("priced");
  });
});
