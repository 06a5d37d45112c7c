/**
 * The plan sheet as laid out (src/engine/plan/sheet.ts), calculated by HyperFormula standing
 * in for Excel: each hire's PLANROW spill is what the engine prices for that row, and the
 * totals under it add employees and contractors apart. The engine's pricing itself is held to
 * figures worked by hand, and to CONTRACTCOST for every contractor inside and outside IR35.
 */
import {
  chainFormulas,
  evaluate,
  payGuide,
  planSheetFor,
  planRowAt,
  planRowCells,
  planRowColumns,
  pricePlanRow,
  resolvePlanInputs,
  type PlanRowValues,
  bundled,
} from "../support/engine";
import { sheetWithAipay } from "../support/hyperformula";

const inputs = resolvePlanInputs(bundled, { yearStart: "2026-04-01", taxYear: "2026/27", reviewMonth: 7 });
const rows: PlanRowValues[] = [
  { role: "AI Engineer", level: "Senior", location: "London", start: "2026-05-18", department: "Platform" },
  { role: "MLOps Engineer", level: "Mid-Level", start: "2026-04-01", end: "2026-12-31", headcount: 2 },
  { role: "AI Engineer", level: "Senior", start: "2026-06-01", ir35: "inside", feePayer: "client" },
  { role: "AI Engineer", level: "Senior", start: "2026-06-01", ir35: "outside" },
  { role: "Data Engineer", level: "Senior", start: "2026-09-01", headcount: 0.5 },
];

function calculated() {
  const sheet = planSheetFor(bundled, rows, inputs, "AIPAY");
  const hf = sheetWithAipay("Plan", sheet.cells, sheet.names);
  const value = (row: number, column: number) => hf.getCellValue({ sheet: 0, row, col: column });
  return { sheet, value };
}

test("each hire's spill is the engine's pricing of that row", () => {
  const { sheet, value } = calculated();
  rows.forEach((row, i) => {
    const hire = pricePlanRow(bundled, row, inputs);
    const at = sheet.table.headerRow + 1 + i;
    const spilled = Array.from({ length: planRowColumns.length }, (_, k) => value(at, sheet.figuresColumn + k));
    expect(spilled).toEqual(planRowCells(hire));
  });
});

test("the totals keep employees and contractors apart and add up", () => {
  const { sheet, value } = calculated();
  const priced = rows.map((row) => pricePlanRow(bundled, row, inputs));
  const month0 = sheet.figuresColumn + planRowAt.months;
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
    "salary",
  ] as const;
  const positionNames = ["startsOn", "payFrom", "marketDate", "qualifyingMonths"] as const;
  const inputNames = [
    "yearStart",
    "taxYear",
    "payTarget",
    "agingRate",
    "reviewMonth",
    "reviewRate",
    "qualifyingMonths",
    "contractDays",
  ] as const;
  // Rows whose fields are given as the chain reads them, with their positions resolved by hand
  // (no time to fill; reviewed in July, six months to qualify): an employee, a part-timer,
  // contractors outside and inside IR35 with the client paying, an existing employee on her own
  // salary (paid from the eve of the year, market aged to its start, every review) and an offer.
  const newFrom = (start: string) => [start, start, start, 6];
  const written: [PlanRowValues, (string | number)[]][] = [
    [
      {
        role: "AI Engineer",
        level: "Senior",
        location: "London",
        start: "2026-05-18",
        end: "2027-01-31",
        headcount: 2,
      },
      newFrom("2026-05-18"),
    ],
    [
      { role: "Data Engineer", level: "Senior", location: "London", start: "2026-09-01", headcount: 1.5 },
      newFrom("2026-09-01"),
    ],
    [
      { role: "AI Engineer", level: "Senior", start: "2026-06-01", headcount: 1, ir35: "outside", feePayer: "agency" },
      newFrom("2026-06-01"),
    ],
    [
      { role: "AI Engineer", level: "Senior", start: "2026-06-01", headcount: 1, ir35: "inside", feePayer: "client" },
      newFrom("2026-06-01"),
    ],
    [
      { role: "AI Engineer", level: "Senior", start: "2024-03-01", headcount: 1, type: "existing", salary: 95000 },
      ["2024-03-01", "2026-03-31", "2026-04-01", 0],
    ],
    [
      { role: "AI Engineer", level: "Senior", start: "2026-07-01", headcount: 1, status: "offer", salary: 120000 },
      newFrom("2026-07-01"),
    ],
  ];
  test.each(written.map(([row, position], i) => [i, row, position] as const))("row %i", (_, row, position) => {
    const hire = pricePlanRow(bundled, row, inputs);
    // Row 1 holds the fields, row 2 the inputs (reviewed in July), row 3 one step a cell (the spills on rows 4 and 5).
    const fieldRow = fieldNames.map((name) => row[name] ?? null);
    const inputRow = inputNames.map((name) => (name === "reviewMonth" ? 7 : inputs[name]));
    const letter = (i: number) => String.fromCharCode(65 + i);
    const steps = chainFormulas(
      hire.kind,
      {
        field: (name) => `${letter(fieldNames.indexOf(name as never))}1`,
        input: (name) => `${letter(inputNames.indexOf(name as never))}2`,
        position: (name) => `${letter(positionNames.indexOf(name))}6`,
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
      position,
    ]);
    const at = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    const reviewed = pricePlanRow(bundled, row, { ...inputs, reviewMonth: 7 });
    expect([at(2, 0), at(2, 1), at(2, 2)]).toEqual([reviewed.rate, reviewed.aged, reviewed.annual]);
    expect(Array.from({ length: 12 }, (_, k) => at(3, k))).toEqual(reviewed.months);
    expect(Array.from({ length: 12 }, (_, k) => at(4, k))).toEqual(reviewed.heads);
    hf.destroy();
  });
});

describe("hand-worked rows: budget year from 1 April 2026, 2026/27 rates, no market ageing", () => {
  const flat = resolvePlanInputs(bundled, { yearStart: "2026-04-01", taxYear: "2026/27", agingRate: 0 });
  const llmEngineer = { role: "LLM Engineer", level: "Senior", location: "London", start: "2026-04-01" };
  const aiContractor = { role: "AI Engineer", level: "Senior", start: "2026-04-01" };

  test("an employee at mid from the year's first day costs LOADEDCOST of the salary, a twelfth a month", () => {
    const hire = pricePlanRow(bundled, llmEngineer, flat);
    // LLM Engineer, Senior, London: £110,000–£150,000, mid 130,000; ageing 0 leaves it 130,000.
    expect([hire.kind, hire.rate, hire.aged]).toEqual(["employee", 130000, 130000]);
    // 130,000 + employer NI 15% × (130,000 − 5,000) = 18,750 + pension 3% × (50,270 − 6,240) = 1,320.90
    expect(hire.annual).toBe(150070.9);
    expect(hire.annual).toBe(evaluate("LOADEDCOST", [130000, "2026/27"])[0][0]);
    // April, as every month: 150,070.90 / 12 = 12,505.908… → 12,505.91; the twelve add up to the year.
    expect(hire.months[0]).toBe(12505.91);
    expect(hire.months.reduce((a, b) => a + b, 0)).toBeCloseTo(150070.9, 2);
    expect(hire.heads).toEqual(Array(12).fill(1));
  });

  test("a part-timer is one person on that share of the salary, loaded as such, not a share of a loaded salary", () => {
    // Half of 130,000 is 65,000: + 15% × 60,000 = 9,000 + 3% × 44,030 = 1,320.90 → 75,320.90,
    // not 150,070.90 / 2 = 75,035.45 (the NI threshold is a person's).
    expect(pricePlanRow(bundled, { ...llmEngineer, headcount: 0.5 }, flat).annual).toBe(75320.9);
    // 2.5: two full-time and one at half time, 2 × 150,070.90 + 75,320.90 = 375,462.70
    const twoAndAHalf = pricePlanRow(bundled, { ...llmEngineer, headcount: 2.5 }, flat);
    expect(twoAndAHalf.annual).toBe(375462.7);
    expect(twoAndAHalf.heads).toEqual(Array(12).fill(2.5));
  });

  test("an outside-IR35 contractor costs the day rate × the contract days", () => {
    const hire = pricePlanRow(bundled, { ...aiContractor, ir35: "outside" }, flat);
    // AI Engineer, Senior: £650–£800 a day, mid 725 × 227 days (the dataset's client year) = 164,575.
    expect([hire.kind, hire.rate, hire.aged, hire.annual]).toEqual(["contractor", 725, 725, 164575]);
    expect(hire.months[0]).toBe(13714.58); // 164,575 / 12 = 13,714.583…
    // 200 days: 725 × 200 = 145,000
    expect(pricePlanRow(bundled, { ...aiContractor, ir35: "outside" }, { ...flat, contractDays: 200 }).annual).toBe(
      145000,
    );
  });

  test("inside IR35 with the client as fee payer adds employer NI and levy on the fees", () => {
    // 164,575 + NI 15% × (164,575 − 5,000) = 23,936.25 + levy 0.5% × 164,575 = 822.875 → 189,334.125, 189,334.13
    expect(pricePlanRow(bundled, { ...aiContractor, ir35: "inside", feePayer: "client" }, flat).annual).toBe(189334.13);
    // An agency as fee payer (the plan's default) carries them itself: the client pays the fees.
    expect(pricePlanRow(bundled, { ...aiContractor, ir35: "inside" }, flat).annual).toBe(164575);
    expect(
      pricePlanRow(bundled, { ...aiContractor, ir35: "inside" }, { ...flat, defaultFeePayer: "client" }).annual,
    ).toBe(189334.13);
  });

  test("the sheet, calculated, gives the same hand-worked figures", () => {
    const sheet = planSheetFor(
      bundled,
      [llmEngineer, { ...aiContractor, ir35: "outside" }, { ...aiContractor, ir35: "inside", feePayer: "client" }],
      flat,
      "AIPAY",
    );
    const hf = sheetWithAipay("Plan", sheet.cells, sheet.names);
    const annual = (i: number) =>
      hf.getCellValue({ sheet: 0, row: sheet.table.headerRow + 1 + i, col: sheet.figuresColumn + planRowAt.annual });
    expect([annual(0), annual(1), annual(2)]).toEqual([150070.9, 164575, 189334.13]);
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
  expect(pricePlanRow(bundled, { ...employee, ...zeros }, inputs)).toEqual(pricePlanRow(bundled, employee, inputs));
  // A leadership role's empty level: 0 on desktop is no level, not 0 years of experience.
  const head: PlanRowValues = { role: "Head of MLOps", level: null, location: "London", start: "2026-06-01" };
  expect(pricePlanRow(bundled, { ...head, level: 0 }, inputs)).toEqual(pricePlanRow(bundled, head, inputs));
});

describe("inside IR35 never costs the client less than the same row outside", () => {
  const rateYear = "2026/27";
  const priced = resolvePlanInputs(bundled, { yearStart: "2026-04-01", taxYear: rateYear });
  const column = (name: string, args: unknown[]) => evaluate(name, args).map((row) => String(row[0]));
  const hires = column("ROLES", ["dayrate"]).flatMap((role) =>
    column("LEVELS", [role, "dayrate"]).map((level) => ({ role, level, start: "2026-06-15" })),
  );

  test.each(hires)("$role, $level", (hire) => {
    const outside = pricePlanRow(bundled, { ...hire, ir35: "outside" }, priced);
    const agency = pricePlanRow(bundled, { ...hire, ir35: "inside", feePayer: "agency" }, priced);
    const client = pricePlanRow(bundled, { ...hire, ir35: "inside", feePayer: "client" }, priced);
    // An agency fee payer: the fees alone, as outside.
    expect(agency).toEqual(outside);
    // The client as fee payer: CONTRACTCOST's own figure for the same aged rate and days …
    const days = priced.contractDays;
    expect(client.annual).toBe(evaluate("CONTRACTCOST", [outside.aged, days, "inside", "client", rateYear])[0][0]);
    expect(outside.annual).toBe(evaluate("CONTRACTCOST", [outside.aged, days])[0][0]);
    // … which is the fees + 15% NI above the £5,000 threshold + the 0.5% levy, all of 2026/27.
    const fees = outside.aged * days;
    expect(client.annual - outside.annual).toBeCloseTo(0.15 * Math.max(fees - 5000, 0) + 0.005 * fees, 1);
    client.months.forEach((month, k) => expect(month).toBeGreaterThanOrEqual(outside.months[k]));
    expect(client.annual).toBeGreaterThan(outside.annual);
  });

  test("every role and level that has a day rate is covered", () => {
    expect(hires.length).toBeGreaterThan(10);
  });
});

test("a plan input of 0 where desktop passes an empty cell takes the input's default, and says so", () => {
  // 0 contract days and fee payer 0 are empty cells: the dataset's year and the agency.
  const zeroed = resolvePlanInputs(bundled, {
    yearStart: "2026-04-01",
    taxYear: "2026/27",
    contractDays: 0,
    defaultFeePayer: 0,
  });
  const plain = resolvePlanInputs(bundled, { yearStart: "2026-04-01", taxYear: "2026/27" });
  expect(zeroed).toEqual(plain);
  expect(zeroed.contractDays).toBeGreaterThan(0);
});

test("a word that answers 'inside IR35?' (the vocabulary's answers) is a status to DAYRATE, but refused in a plan's IR35 column", () => {
  const { ir35 } = payGuide.data.vocabulary;
  const answers = ir35.flatMap((s) => (s.answers ?? []).map((answer) => ({ answer, status: s.status })));
  expect(answers.length).toBeGreaterThan(0);
  for (const { answer, status } of answers) {
    expect(evaluate("DAYRATE", ["AI Engineer", "Senior", answer])).toEqual(
      evaluate("DAYRATE", ["AI Engineer", "Senior", status]),
    );
    const row: PlanRowValues = { role: "AI Engineer", level: "Senior", start: "2026-06-01", ir35: answer };
    expect(() => pricePlanRow(bundled, row, inputs)).toThrow(/for a contractor, or empty for an employee/);
  }
});
