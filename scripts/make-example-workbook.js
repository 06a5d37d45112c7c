/**
 * Writes assets/examples/headcount-budget.xlsx: a realistic AI/ML headcount plan whose
 * salary, loaded cost, prorated cost and contractor-alternative columns are AIPAY
 * formulas, with totals. Run with `npm run example:workbook`; the file is committed, and
 * tests/unit/example-workbook.test.ts checks it against the engine.
 *
 * The workbook holds formulas only (no cached results), written the way Excel saves an
 * add-in's custom functions: AIPAY.SALARYBAND( is stored as _xldudf_AIPAY_SALARYBAND(.
 * Excel links such names to the add-in's functions once it loads, and the workbook asks
 * for a full calculation on load. A plain AIPAY.SALARYBAND( in a file is not linked: it
 * would stay uncalculated until each formula is re-entered.
 */
"use strict";

const path = require("path");
const ExcelJS = require("exceljs");

const output = path.resolve(__dirname, "../assets/examples/headcount-budget.xlsx");

/** The budget year and tax year every row uses, in cells B2:B4. */
const assumptions = [
  ["Budget period start", new Date(Date.UTC(2026, 3, 1)), "yyyy-mm-dd"],
  ["Budget period end", new Date(Date.UTC(2027, 2, 31)), "yyyy-mm-dd"],
  ["Tax year (employer NI and pension rates)", "2026/27"],
];

/** role, level, location, start date, headcount */
const plan = [
  ["MLOps Engineer", "Senior", "London", "2025-09-01", 2],
  ["MLOps Engineer", "Mid-Level", "UK National", "2026-06-01", 1],
  ["AI Engineer", "Senior", "London", "2026-05-01", 2],
  ["AI Engineer", "Junior", "Remote UK", "2026-09-01", 2],
  ["LLM Engineer", "Senior", "London", "2026-07-01", 1],
  ["LLM Engineer", "Lead/Principal", "UK National", "2026-10-01", 1],
  ["Data Engineer", "Mid-Level", "UK National", "2026-04-01", 2],
  ["Data Engineer", "Senior", "Remote UK", "2027-01-04", 1],
  ["MLOps Engineer", "Staff/Principal", "London", "2026-11-02", 1],
  ["AI Engineer", "Mid-Level", "UK National", "2026-08-03", 3],
  ["Head of MLOps", "", "London", "2026-06-01", 1],
  ["Data Engineer", "Junior", "UK National", "2026-09-07", 2],
];

const columns = [
  { header: "Role", width: 18 },
  { header: "Level", width: 16 },
  { header: "Location", width: 13 },
  { header: "Start date", width: 12, numFmt: "yyyy-mm-dd" },
  { header: "Headcount", width: 11 },
  { header: "Salary each (band midpoint)", width: 16, numFmt: "£#,##0" },
  { header: "Loaded cost each (NI + pension)", width: 18, numFmt: "£#,##0.00" },
  { header: "Budget-year cost (prorated × headcount)", width: 20, numFmt: "£#,##0.00" },
  { header: "Contractor alternative (budget year)", width: 20, numFmt: "£#,##0.00" },
  { header: "Contractor − permanent", width: 16, numFmt: "£#,##0.00" },
];

/** The AIPAY formulas for one plan row, r being its worksheet row number. */
const rowFormulas = (r) => [
  `AIPAY.SALARYBAND(A${r},B${r},C${r})`,
  `AIPAY.LOADEDCOST(F${r},$B$4)`,
  `AIPAY.PRORATE(G${r},D${r},$B$2,$B$3)*E${r}`,
  // The guide publishes no Junior or leadership day rates: say so rather than show #N/A.
  `IFERROR(AIPAY.PRORATE(AIPAY.CONTRACTCOST(AIPAY.DAYRATE(A${r},B${r})),D${r},$B$2,$B$3)*E${r},"no day rate")`,
  `IF(ISNUMBER(I${r}),I${r}-H${r},"")`,
];

/** A formula as Excel saves it: each AIPAY.NAME( becomes _xldudf_AIPAY_NAME(. */
const asSaved = (formula) => formula.replace(/\bAIPAY\.([A-Z]+)\(/g, "_xldudf_AIPAY_$1(");

async function main() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "AIPAY";
  // A fixed date keeps the committed file identical between regenerations.
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 0, 1));
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheet = workbook.addWorksheet("Headcount plan");

  sheet.getCell("A1").value = "AI/ML headcount budget, financial year 2026/27 (illustrative plan)";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  assumptions.forEach(([label, value, numFmt], i) => {
    sheet.getCell(`A${i + 2}`).value = label;
    const cell = sheet.getCell(`B${i + 2}`);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
  });
  sheet.getCell("A5").value =
    "Columns F–J are AIPAY formulas (UK AI & ML Engineering Salary Guide 2026; employer rates from gov.uk). Load the AIPAY add-in to calculate them.";

  const headerRow = 6;
  const firstRow = headerRow + 1;
  const lastRow = headerRow + plan.length;
  columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width;
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: "top" };
  });

  plan.forEach(([role, level, location, start, headcount], i) => {
    const r = firstRow + i;
    const [year, month, day] = start.split("-").map(Number);
    const inputs = [role, level || null, location, new Date(Date.UTC(year, month - 1, day)), headcount];
    inputs.forEach((value, c) => (sheet.getCell(r, c + 1).value = value));
    rowFormulas(r).forEach(
      (formula, c) => (sheet.getCell(r, inputs.length + c + 1).value = { formula: asSaved(formula) }),
    );
    columns.forEach((column, c) => column.numFmt && (sheet.getCell(r, c + 1).numFmt = column.numFmt));
  });

  const totalRow = lastRow + 1;
  sheet.getCell(`A${totalRow}`).value = "Total";
  for (const column of ["E", "H", "I", "J"]) {
    const cell = sheet.getCell(`${column}${totalRow}`);
    cell.value = { formula: `SUM(${column}${firstRow}:${column}${lastRow})` };
    cell.numFmt = columns[column.charCodeAt(0) - 65].numFmt ?? "0";
  }
  sheet.getRow(totalRow).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: headerRow }];

  await workbook.xlsx.writeFile(output);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), output)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exitCode = 1;
});
