/**
 * `npm run example:workbook`: writes assets/examples/headcount-budget.xlsx, an illustrative
 * AI/ML headcount plan laid out exactly as the task pane lays out its plan sheet (the
 * engine's planSheetFor): the inputs block, the positions with a formula a figure, the totals,
 * the summary and the checks. The file is committed, and tests/unit/example-workbook.test.ts
 * calculates it.
 *
 * Formulas are stored the way Excel saves an add-in's custom functions: AIPAY.PLANROW( as
 * _xldudf_AIPAY_PLANROW(, which Excel links to the add-in once it loads (a plain
 * AIPAY.PLANROW( in a file stays unlinked until re-entered). Each figure is INDEX of its row's
 * PLANROW answer, which every Excel calculates, with or without dynamic arrays; the workbook
 * asks for a full calculation on load. The rows are a plain range here: the task pane makes
 * them an Excel table.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { bundledEngine, type PlanRowValues, planSheetFor, resolvePlanInputs } from "../src/engine";

const aipay = bundledEngine();

const output = path.resolve(__dirname, "../../../assets/examples/headcount-budget.xlsx");

/** A year from April 2026 with an April review, two months to fill an open position and 15% agency fees. */
export const exampleInputs = resolvePlanInputs(aipay, {
  yearStart: "2026-04-01",
  taxYear: "2026/27",
  reviewMonth: 4,
  timeToFill: 2,
  agencyFeeRate: 0.15,
});

const hire = (
  role: string,
  level: string,
  location: string,
  start: string,
  more: Partial<PlanRowValues> = {},
): PlanRowValues => ({ role, level, location, start, ...more });

/**
 * Employees in post on their own salaries, a leaver and her backfill, open positions, an
 * offer, a hire, a part-timer, and contractors outside and inside IR35.
 */
export const examplePlan: readonly PlanRowValues[] = [
  hire("MLOps Engineer", "Senior", "London", "2025-09-01", {
    headcount: 2,
    type: "existing",
    salary: 98000,
    department: "Platform",
  }),
  hire("MLOps Engineer", "Mid-Level", "UK National", "2026-06-01", { status: "hired", department: "Platform" }),
  hire("AI Engineer", "Senior", "London", "2026-05-01", {
    headcount: 2,
    status: "offer",
    salary: 112000,
    department: "Applied AI",
  }),
  hire("AI Engineer", "Junior", "Remote UK", "2026-09-01", { headcount: 2, department: "Applied AI" }),
  hire("LLM Engineer", "Senior", "London", "2026-07-01", { skills: "RAG", department: "Applied AI" }),
  hire("LLM Engineer", "Lead/Principal", "UK National", "2026-10-01", { department: "Applied AI" }),
  hire("Data Engineer", "Mid-Level", "UK National", "2025-04-01", {
    end: "2026-09-30",
    type: "leaver",
    salary: 61000,
    department: "Data",
    notes: "leaving at the end of September",
  }),
  hire("Data Engineer", "Mid-Level", "UK National", "2026-10-01", {
    type: "backfill",
    department: "Data",
    notes: "replaces the September leaver",
  }),
  hire("Data Engineer", "Senior", "Remote UK", "2027-01-04", {
    headcount: 0.5,
    department: "Data",
    notes: "half time",
  }),
  hire("Head of MLOps", "", "London", "2026-06-01", { department: "Platform" }),
  hire("AI Engineer", "Senior", "", "2026-04-01", {
    headcount: 2,
    ir35: "outside",
    status: "hired",
    department: "Applied AI",
  }),
  hire("LLM Engineer", "Senior", "", "2026-07-01", {
    ir35: "inside",
    feePayer: "client",
    status: "hired",
    department: "Applied AI",
  }),
  hire("MLOps Engineer", "Senior", "", "2026-05-01", { ir35: "inside", status: "hired", department: "Platform" }),
];

/** A formula as Excel saves it: each AIPAY.NAME( becomes _xldudf_AIPAY_NAME(. */
const asSaved = (formula: string) => formula.replace(/\bAIPAY\.([A-Z]+)\(/g, "_xldudf_AIPAY_$1(");

async function main() {
  const layout = planSheetFor(aipay, examplePlan, exampleInputs, "AIPAY");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "AIPAY";
  // A fixed date keeps the committed file identical between regenerations.
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 0, 1));
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheet = workbook.addWorksheet("AIPAY plan");

  layout.cells.forEach((row, r) =>
    row.forEach((content, c) => {
      if (content === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.numFmt = layout.formats[r][c];
      cell.value =
        typeof content === "string" && content.startsWith("=")
          ? ({ formula: asSaved(content.slice(1)) } as ExcelJS.CellFormulaValue)
          : content;
    }),
  );
  // The inputs' defined names, which the formulas read: the file has one plan, so workbook-wide.
  for (const { name, address } of layout.names) workbook.definedNames.add(`'AIPAY plan'!${address}`, name);
  sheet.getRow(layout.table.headerRow + 1).font = { bold: true };
  sheet.columns.forEach((column) => (column.width = 14));
  sheet.views = [{ state: "frozen", ySplit: layout.table.headerRow + 1 }];

  await workbook.xlsx.writeFile(output);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), output)}\n`);
}

if (require.main === module)
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
