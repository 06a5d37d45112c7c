/** The explorer's budgeting figures: loaded cost of the band midpoint and the contractor year, with formulas and sources. */
import { explorerFigures } from "../src/taskpane/explorer-model";

const november2026 = new Date(2026, 10, 23); // in tax year 2026/27
const figure = (id: string, selection: Record<string, string>, today = november2026) =>
  explorerFigures(selection, today).find((f) => f.id === id)!;
const seniorLlmLondon = { role: "LLM Engineer", level: "Senior", location: "London" };

test("loaded cost of the midpoint, at the current tax year's rates, named in its label, formula and source", () => {
  const loaded = figure("loaded-cost", seniorLlmLondon);
  expect(loaded.label).toBe("Loaded cost of mid, 2026/27");
  expect(loaded.formula).toBe('=AIPAY.LOADEDCOST(AIPAY.SALARYBAND("LLM Engineer","Senior","London","mid"),"2026/27")');
  // 130,000 + 15% × 125,000 (18,750) + 3% × (50,270 − 6,240) (1,320.90)
  expect(loaded.value).toBe(150070.9);
  expect(loaded.source).toMatchObject({ derived: true, provenance: { section: "4. LLM Engineer Salaries" } });
  expect(loaded.source?.note).toBe("+ employer NI and minimum pension at 2026/27 rates (gov.uk, employer-costs.json)");
});

test("a tax year without rates gives the engine's #N/A naming the years it has", () => {
  const loaded = figure("loaded-cost", seniorLlmLondon, new Date(2027, 5, 1)); // tax year 2027/28
  expect(loaded.label).toBe("Loaded cost of mid, 2027/28");
  expect(loaded.value).toMatchObject({ code: "#N/A", message: expect.stringContaining("2025/26, 2026/27") });
});

test("contractor year: the outside-IR35 day-rate midpoint over the dataset's 220 days", () => {
  const contractor = figure("contractor-year", seniorLlmLondon);
  expect(contractor.formula).toBe('=AIPAY.CONTRACTCOST(AIPAY.DAYRATE("LLM Engineer","Senior","outside","mid"))');
  // (700 + 900)/2 = 800 a day × 220 days
  expect(contractor.value).toBe(176000);
  expect(contractor.unit).toBe("year");
  expect(contractor.source).toMatchObject({ derived: true, provenance: { section: "7. Contractor Day Rates" } });
  expect(contractor.source?.note).toMatch(/^mid × 220 days a year: AIPAY convention/);
});

test("a role without a day rate shows the engine's #N/A, with no source", () => {
  const contractor = figure("contractor-year", { role: "Head of MLOps", level: "", location: "London" });
  expect(contractor.value).toMatchObject({ code: "#N/A" });
  expect(contractor.source).toBeUndefined();
});
