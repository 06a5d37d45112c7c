/**
 * The census report's columns, declared once: a person's figures, a summary line's and a
 * company band's beside the market, each with its header, its Excel number format and its
 * cell. The CLI writes them as CSV and the task pane as a sheet (report-sheet.ts), so both
 * show the same figures under the same headers. And what a report rests on: the tax year,
 * the target, the salary convention and the guide's edition.
 */
import type { PayGuide } from "../model/guide";
import { editionItems, type SourceItem } from "../plan/sources";
import type { BandComparison } from "./bands";
import type { CensusPerson, CensusTarget } from "./person";
import type { CensusSummaryLine } from "./summary";

/** A report cell: a figure, a flag, text, or null for none. */
export type ReportCell = string | number | boolean | null;

export interface ReportColumn<Of> {
  readonly header: string;
  /** Its Excel number format on the report sheet. */
  readonly format: string;
  readonly cell: (of: Of) => ReportCell;
}

const text = "@";
const money = "£#,##0.00";
const ratio = "0.000";
const count = "0";
const flag = "General";

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

/** A person's figures, after their own columns. */
export const personColumns: readonly ReportColumn<CensusPerson>[] = [
  { header: "guide role", format: text, cell: (p) => p.role },
  { header: "guide level", format: text, cell: (p) => p.level },
  { header: "guide location", format: text, cell: (p) => p.location },
  { header: "market low", format: money, cell: (p) => orNull(p.market?.low) },
  { header: "market mid", format: money, cell: (p) => orNull(p.market?.mid) },
  { header: "market high", format: money, cell: (p) => orNull(p.market?.high) },
  { header: "basis", format: text, cell: (p) => orNull(p.market?.basis) },
  { header: "compa-ratio", format: ratio, cell: (p) => orNull(p.market?.compaRatio) },
  { header: "range position", format: ratio, cell: (p) => orNull(p.market?.rangePosition) },
  { header: "company low", format: money, cell: (p) => orNull(p.company?.low) },
  { header: "company mid", format: money, cell: (p) => orNull(p.company?.mid) },
  { header: "company high", format: money, cell: (p) => orNull(p.company?.high) },
  { header: "target", format: text, cell: (p) => p.target },
  { header: "below band", format: flag, cell: (p) => orNull(p.gaps?.below) },
  { header: "above band", format: flag, cell: (p) => orNull(p.gaps?.above) },
  { header: "gap to low", format: money, cell: (p) => orNull(p.gaps?.gapToLow) },
  { header: "gap to mid", format: money, cell: (p) => orNull(p.gaps?.gapToMid) },
  { header: "cost to low", format: money, cell: (p) => orNull(p.gaps?.costToLow) },
  { header: "cost to mid", format: money, cell: (p) => orNull(p.gaps?.costToMid) },
  { header: "unmapped: nearest roles", format: text, cell: (p) => orNull(p.unmapped?.join("; ")) },
];

/** A summary line: a group's people, their median compa-ratio, and the cost to bring them to the low end and the mid. */
export const summaryColumns: readonly ReportColumn<CensusSummaryLine>[] = [
  { header: "group", format: text, cell: (l) => l.label },
  { header: "name", format: text, cell: (l) => l.name },
  { header: "people", format: count, cell: (l) => l.count },
  { header: "unmapped", format: count, cell: (l) => l.unmapped },
  { header: "median compa-ratio", format: ratio, cell: (l) => l.medianCompaRatio },
  { header: "below band", format: count, cell: (l) => l.belowBand },
  { header: "above band", format: count, cell: (l) => l.aboveBand },
  { header: "cost to low", format: money, cell: (l) => l.costToLow },
  { header: "cost to mid", format: money, cell: (l) => l.costToMid },
];

/** A company band as its table gives it, then the market band for its job and how the two compare. */
export const bandColumns: readonly ReportColumn<BandComparison>[] = [
  { header: "company band", format: text, cell: (c) => c.band.where },
  { header: "title", format: text, cell: (c) => c.band.title },
  { header: "level", format: text, cell: (c) => c.band.givenLevel },
  { header: "location", format: text, cell: (c) => c.band.givenLocation },
  { header: "low", format: money, cell: (c) => c.band.low },
  { header: "mid", format: money, cell: (c) => c.band.mid },
  { header: "high", format: money, cell: (c) => c.band.high },
  { header: "guide role", format: text, cell: (c) => c.band.role },
  { header: "guide level", format: text, cell: (c) => c.band.level },
  { header: "market low", format: money, cell: (c) => c.market.low },
  { header: "market mid", format: money, cell: (c) => c.market.mid },
  { header: "market high", format: money, cell: (c) => c.market.high },
  { header: "basis", format: text, cell: (c) => c.market.basis },
  { header: "mid compa-ratio", format: ratio, cell: (c) => c.midCompaRatio },
  { header: "mid range position", format: ratio, cell: (c) => c.midRangePosition },
  { header: "width vs market", format: ratio, cell: (c) => c.widthRatio },
];

/** What a census report's figures rest on: the tax year, the target, the salary convention and the guide's edition. */
export const censusAssumptions = (guide: PayGuide, taxYear: string, target: CensusTarget): SourceItem[] => [
  { key: "taxYear", label: "Tax year of employer rates", value: taxYear, format: text },
  {
    key: "target",
    label: "Gaps measured to",
    value: target === "company" ? "company bands" : "market bands",
    format: text,
  },
  { key: "salary", label: "Salary", value: "actual pay a year; the band is scaled by fte", format: text },
  ...editionItems(guide),
];
