/**
 * One person of a census priced: their title matched to a guide job, their salary against
 * the market band through MARKETGAP (the band, compa-ratio, range position, and the gaps to
 * the band's low end and mid with their loaded cost), or against the company's own band when
 * the census targets it. An unmapped title is returned with its suggestions, unpriced.
 */
import { isBlank } from "../core/cells";
import { CensusMessage } from "../core/messages";
import { EngineError, invalidValue, type Cell, type LevelInput, type Scalar } from "../core/values";
import type { PayGuide } from "../model/guide";
import { taxYear as taxYearParameter } from "../functions/budget";
import { gapsTo, type Call, type Gaps, type TargetBand } from "../functions/marketgap";
import { readRow, refusedCell, type TableRow } from "./columns";
import { censusColumns, type CensusColumn } from "./fields";
import type { CompanyBands } from "./bands";
import { isJob, type JobMatcher } from "./matching";
import type { Places } from "./place";

export type CensusTarget = "market" | "company";

/** What a census is priced with, read and checked once for all its people. */
export interface CensusOptions {
  /** The tax year whose employer rates cost the gaps. */
  readonly taxYear: string;
  readonly target: CensusTarget;
  readonly matcher: JobMatcher;
  readonly places: Places;
  readonly bands?: CompanyBands;
}

/** The options as given: blanks take their defaults (the workbook's tax year, the market target). */
export interface CensusOptionsGiven {
  readonly taxYear?: Scalar;
  readonly target?: Scalar;
}

export function censusOptions(
  guide: PayGuide,
  given: CensusOptionsGiven,
  matcher: JobMatcher,
  places: Places,
  bands?: CompanyBands,
): CensusOptions {
  const target = isBlank(given.target ?? null) ? "market" : String(given.target).trim().toLowerCase();
  if (target !== "market" && target !== "company") throw invalidValue(CensusMessage.unknownTarget(target));
  if (target === "company" && !bands) throw invalidValue(CensusMessage.companyTargetNeedsBands());
  return { taxYear: taxYearParameter.read(given.taxYear ?? null, guide), target, matcher, places, bands };
}

export interface MarketPosition extends TargetBand {
  readonly basis: "Published" | "Derived";
  /** The full-time-equivalent salary ÷ the market mid. */
  readonly compaRatio: number;
  /** Where the full-time-equivalent salary sits in the market band; null for a single-figure band. */
  readonly rangePosition: number | null;
}

export interface CensusPerson {
  readonly id: string;
  /** The title (or guide role) as the census gives it. */
  readonly title: string;
  readonly department: string | null;
  readonly start: string | null;
  readonly salary: number;
  readonly fte: number;
  /** The guide job and location, once matched; null for an unmapped title. */
  readonly role: string | null;
  readonly level: string | null;
  readonly location: string | null;
  /** An unmapped title's suggestions; null once matched. */
  readonly unmapped: readonly string[] | null;
  readonly market: MarketPosition | null;
  /** The company's band for the job, when the census has bands and one fits. */
  readonly company: TargetBand | null;
  /** The band the gaps are measured to; null when the target is the company's and no band fits. */
  readonly target: CensusTarget | null;
  readonly gaps: Gaps | null;
}

/** A person while their figures are filled in. */
type Priced = { -readonly [K in keyof CensusPerson]: CensusPerson[K] };

/** The census row as read and checked, before matching. */
type ReadRow = Record<CensusColumn, Scalar>;

/** One census row priced; throws an EngineError naming the column of a cell it cannot read. */
export function pricePerson(
  call: Call,
  guide: PayGuide,
  row: TableRow<CensusColumn>,
  options: CensusOptions,
): CensusPerson {
  const read: ReadRow = readRow(censusColumns, row, guide);
  const title = read.role as string;
  const salary = read.salary as number;
  const fte = read.fte as number;
  // Written out field by field, not spread from the fields read: spread costs far more a row.
  const person = (job: Pick<CensusPerson, "role" | "level" | "location" | "unmapped">): Priced => ({
    id: read.id as string,
    title,
    department: read.department as string | null,
    start: read.start as string | null,
    salary,
    fte,
    role: job.role,
    level: job.level,
    location: job.location,
    unmapped: job.unmapped,
    market: null,
    company: null,
    target: null,
    gaps: null,
  });
  const matched = options.matcher.match(title, read.level as LevelInput | null);
  if (!isJob(matched)) return person({ role: null, level: null, location: null, unmapped: matched.unmapped });

  const location = read.location === null ? null : String(read.location);
  const figures = marketGapRow(
    call("MARKETGAP", [salary, matched.role, matched.level, location, fte, options.taxYear]),
  );
  const place = options.places.of(matched.role, matched.level, location);
  const priced = person({ role: matched.role, level: place.level, location: place.location, unmapped: null });
  priced.market = {
    low: figures[0] as number,
    mid: figures[1] as number,
    high: figures[2] as number,
    compaRatio: figures[3] as number,
    rangePosition: typeof figures[4] === "number" ? figures[4] : null,
    basis: figures[11] as "Published" | "Derived",
  };
  const company = options.bands?.find(matched.role, place.level, place.location);
  if (company) priced.company = { low: company.low, mid: company.mid, high: company.high };
  if (options.target === "market")
    priced.gaps = {
      below: figures[5] as boolean,
      above: figures[6] as boolean,
      gapToLow: figures[7] as number,
      gapToMid: figures[8] as number,
      costToLow: figures[9] as number,
      costToMid: figures[10] as number,
    };
  else if (company) priced.gaps = gapsTo(call, company, salary, fte, options.taxYear);
  priced.target = priced.gaps ? options.target : null;
  return priced;
}

/** MARKETGAP's row; throws its first error but RANGEPOSITION's (a single-figure band's). */
function marketGapRow(answer: readonly (readonly Cell[])[]): readonly Cell[] {
  const cells = answer[0];
  cells.forEach((cell, i) => {
    if (cell instanceof EngineError && i !== 4) throw cell;
  });
  return cells;
}

/**
 * Ids seen so far, each with the number of the line or row it was first on: a census gives
 * each person one id. A number, not the words naming it, is kept: a census may be a million lines.
 */
export class CensusIds {
  private readonly seen = new Map<string, number>();

  /** `where` words a line's number as the table's messages name it ("line 4", "row 4"). */
  constructor(private readonly where: (at: number) => string = (at) => `line ${at}`) {}

  /** Throws a CellError of the id when it was seen before, naming where (never the id: it is personal). */
  see(id: string, at: number): void {
    const first = this.seen.get(id);
    if (first !== undefined) throw refusedCell("id", invalidValue(CensusMessage.duplicateId(this.where(first))));
    this.seen.set(id, at);
  }
}
