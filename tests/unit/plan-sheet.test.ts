/**
 * The plan sheet as laid out (src/engine/plan/sheet.ts), calculated by HyperFormula standing
 * in for Excel: each hire's PLANROW spill is what the engine prices for that row, and the
 * totals under it add employees and contractors apart.
 */
import {
  chainFormulas,
  planSheetFor,
  pricePlanRow,
  resolvePlanInputs,
  kindLabels,
  type PlanRowValues,
} from "../../src/engine";
import { sheetWithAipay } from "../support/hyperformula";

const inputs = resolvePlanInputs({ yearStart: "2026-04-01", taxYear: "2026/27", reviewMonth: 7 });
const rows: PlanRowValues[] = [
  { role: "AI Engineer", level: "Senior", location: "London", start: "2026-05-18", department: "Platform" },
  { role: "MLOps Engineer", level: "Mid-Level", start: "2026-04-01", end: "2026-12-31", headcount: 2 },
  { role: "AI Engineer", level: "Senior", start: "2026-06-01", ir35: "inside", feePayer: "client" },
  { role: "AI Engineer", level: "Senior", start: "2026-06-01", ir35: "outside" },
  { role: "Data Engineer", level: "Senior", start: "2026-09-01", headcount: 0.5 },
];

function calculated() {
  const sheet = planSheetFor(rows, inputs, "AIPAY");
  const hf = sheetWithAipay("Plan", sheet.cells);
  const value = (row: number, column: number) => hf.getCellValue({ sheet: 0, row, col: column });
  return { sheet, value };
}

test("each hire's spill is the engine's pricing of that row", () => {
  const { sheet, value } = calculated();
  rows.forEach((row, i) => {
    const hire = pricePlanRow(row, inputs);
    const at = sheet.table.headerRow + 1 + i;
    const spilled = Array.from({ length: 28 }, (_, k) => value(at, sheet.spillColumn + k));
    expect(spilled).toEqual([kindLabels[hire.kind], hire.rate, hire.aged, hire.annual, ...hire.months, ...hire.heads]);
  });
});

test("the totals keep employees and contractors apart and add up", () => {
  const { sheet, value } = calculated();
  const priced = rows.map((row) => pricePlanRow(row, inputs));
  const month0 = sheet.spillColumn + 4;
  const sum = (kind: string) => priced.filter((h) => h.kind === kind).reduce((total, h) => total + h.months[0], 0);
  expect(value(sheet.totals.rows.Employees, month0)).toBeCloseTo(sum("employee"), 2);
  expect(value(sheet.totals.rows.Contractors, month0)).toBeCloseTo(sum("contractor"), 2);
  // April: the two MLOps engineers only (the AI Engineer starts in May); 0.5 Data Engineer from September.
  // The in-post rows count at each month's end, in the same month columns.
  expect(value(sheet.totals.rows["Employees in post"], month0)).toBe(2);
  expect(value(sheet.totals.rows["Contractors in post"], month0)).toBe(0);
  // June: both contractors (from 1 June); the AI Engineer from May and the two MLOps engineers.
  expect(value(sheet.totals.rows["Contractors in post"], month0 + 2)).toBe(2);
  expect(value(sheet.totals.rows["Employees in post"], month0 + 2)).toBe(3);
  // September: and the Data Engineer at half time.
  expect(value(sheet.totals.rows["Employees in post"], month0 + 5)).toBe(3.5);
});

/**
 * The chain written out a function a cell (src/engine/plan/formulas.ts) over the row's read
 * values: what PLANROW computes in one call, HyperFormula computes step by step.
 */
describe("the chain written out step by step gives PLANROW's figures", () => {
  const fieldNames = [
    "role",
    "level",
    "location",
    "start",
    "end",
    "headcount",
    "skills",
    "stage",
    "ir35",
    "feePayer",
  ] as const;
  const inputNames = [
    "yearStart",
    "taxYear",
    "payTarget",
    "agingRate",
    "reviewMonth",
    "reviewRate",
    "contractDays",
  ] as const;
  // Rows whose fields are given as the chain reads them: an employee reviewed in July, a part-timer,
  // contractors outside and inside IR35 with the client paying.
  const written: PlanRowValues[] = [
    { role: "AI Engineer", level: "Senior", location: "London", start: "2026-05-18", end: "2027-01-31", headcount: 2 },
    { role: "Data Engineer", level: "Senior", location: "London", start: "2026-09-01", headcount: 1.5 },
    { role: "AI Engineer", level: "Senior", start: "2026-06-01", headcount: 1, ir35: "outside", feePayer: "agency" },
    { role: "AI Engineer", level: "Senior", start: "2026-06-01", headcount: 1, ir35: "inside", feePayer: "client" },
  ];
  test.each(written.map((row, i) => [i, row] as const))("row %i", (_, row) => {
    const hire = pricePlanRow(row, inputs);
    // Row 1 holds the fields, row 2 the inputs (reviewed in July), row 3 one step a cell (the spills on rows 4 and 5).
    const fieldRow = fieldNames.map((name) => row[name] ?? null);
    const inputRow = inputNames.map((name) => (name === "reviewMonth" ? 7 : inputs[name]));
    const letter = (i: number) => String.fromCharCode(65 + i);
    const steps = chainFormulas(
      hire.kind,
      {
        field: (name) => `${letter(fieldNames.indexOf(name as never))}1`,
        input: (name) => `${letter(inputNames.indexOf(name as never))}2`,
        step: (name) => ({ rate: "A3", aged: "B3", annual: "C3", months: "A4", heads: "A5" })[name],
      },
      "AIPAY",
    );
    const hf = sheetWithAipay("Chain", [
      fieldRow,
      inputRow,
      [steps.rate, steps.aged, steps.annual],
      [steps.months],
      [steps.heads],
    ]);
    const at = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    const reviewed = pricePlanRow(row, { ...inputs, reviewMonth: 7 });
    expect([at(2, 0), at(2, 1), at(2, 2)]).toEqual([reviewed.rate, reviewed.aged, reviewed.annual]);
    expect(Array.from({ length: 12 }, (_, k) => at(3, k))).toEqual(reviewed.months);
    expect(Array.from({ length: 12 }, (_, k) => at(4, k))).toEqual(reviewed.heads);
    hf.destroy();
  });
});

/**
 * Excel desktop hands a formula an empty cell as 0, Excel on the web as empty: every optional
 * field of a plan row prices the same either way.
 */
test("an empty optional field prices the same as 0 (Excel desktop) and as empty (the web)", () => {
  const optional = ["location", "end", "skills", "stage", "ir35", "feePayer"] as const;
  const employee: PlanRowValues = { role: "AI Engineer", level: "Senior", start: "2026-06-01", headcount: 1 };
  const zeros = Object.fromEntries(optional.map((name) => [name, 0]));
  expect(pricePlanRow({ ...employee, ...zeros }, inputs)).toEqual(pricePlanRow(employee, inputs));
  // A leadership role's empty level: 0 on desktop is no level, not 0 years of experience.
  const head: PlanRowValues = { role: "Head of MLOps", level: null, location: "London", start: "2026-06-01" };
  expect(pricePlanRow({ ...head, level: 0 }, inputs)).toEqual(pricePlanRow(head, inputs));
});
