/**
 * A second edition of the guide, made by a data edit in the tests and never shipped: edition
 * 2027 laid over 2026, changing four published figures. Round enough to check by hand:
 *  - LLM Engineer, Senior, London: 110,000–150,000 becomes 115,000–160,000;
 *  - ML Engineer, Senior day rate: £600–£750 becomes £650–£800.
 */
import { bundledRawDataset } from "./engine";

export const editedFigures = [
  ["LLM Engineer", "Senior", "London", "salary tables: low", 110000, 115000, 5000],
  ["LLM Engineer", "Senior", "London", "salary tables: high", 150000, 160000, 10000],
  ["ML Engineer", "Senior", "", "day rates: low", 600, 650, 50],
  ["ML Engineer", "Senior", "", "day rates: high", 750, 800, 50],
];

/** The bundled raw dataset with edition 2027 added; `defaultEdition` says which edition an unpinned workbook uses. */
export function withSecondEdition(defaultEdition = "2026"): any {
  const raw = structuredClone(bundledRawDataset) as any;
  raw.editions.default = defaultEdition;
  raw.editions.editions.push({
    id: "2027",
    base: "2026",
    defaultTaxYear: "2026/27",
    defaultTaxYearBasis: "Invented for a test.",
    changes: {
      source: {
        edition: "2027",
        asOf: "January 2027",
        effectiveDate: "2027-01-01",
        citation: "UK AI & ML Engineering Salary Guide 2027 (a test edition)",
      },
      salaryTables: [
        { role: "LLM Engineer", levels: [{ level: "Senior", bands: { London: { low: 115000, high: 160000 } } }] },
      ],
      dayRates: { roles: [{ role: "ML Engineer", rates: { Senior: { low: 650, high: 800 } } }] },
    },
  });
  return raw;
}
