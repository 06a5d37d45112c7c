/**
 * A company's own pay bands: read from its table (titles or guide roles, levels, locations →
 * low, mid, high), checked, each compared with the market band for the same job (where its
 * mid sits in the market band, and how wide it is beside it), and found again for a person
 * when the census targets the company's bands.
 */
import { toPence } from "../core/money";
import { CensusMessage } from "../core/messages";
import { invalidNumber, invalidValue, notAvailable, type LevelInput, type Scalar } from "../core/values";
import type { PayGuide } from "../model/guide";
import { basisWord, single, type Call, type TargetBand } from "../functions/marketgap";
import { eachLine, readRow, type TableLine } from "./columns";
import { companyBandColumns, type CompanyBandColumn } from "./fields";
import { isJob, type JobMatcher } from "./matching";
import type { Places } from "./place";

export interface CompanyBand extends TargetBand {
  /** The line or cell it was read from. */
  readonly where: string;
  /** The title, level and location as the table gives them. */
  readonly title: string;
  readonly givenLevel: Scalar;
  readonly givenLocation: string | null;
  /** The guide job it matches. */
  readonly role: string;
  readonly level: string;
  /** Null for a band that applies at every location. */
  readonly location: string | null;
}

export interface BandComparison {
  readonly band: CompanyBand;
  /** The market band for the same job (at the guide's default location for an every-location band). */
  readonly market: TargetBand & { readonly basis: "Published" | "Derived" };
  /** The company mid ÷ the market mid (COMPARATIO). */
  readonly midCompaRatio: number;
  /** Where the company mid sits in the market band (RANGEPOSITION); null for a single-figure market band. */
  readonly midRangePosition: number | null;
  /** The company band's width ÷ the market's; null for a single-figure market band. */
  readonly widthRatio: number | null;
}

const anyLocation = "";
const bandKey = (role: string, level: string, location: string | null) =>
  `${role}\u0000${level}\u0000${location ?? anyLocation}`;

export class CompanyBands {
  private readonly byJob = new Map<string, CompanyBand>();
  readonly comparisons: readonly BandComparison[];

  /** The table's lines read, checked and compared; throws a TableError naming every bad line. */
  constructor(
    guide: PayGuide,
    call: Call,
    matcher: JobMatcher,
    places: Places,
    lines: Iterable<TableLine<CompanyBandColumn>>,
  ) {
    const comparisons: BandComparison[] = [];
    eachLine(lines, ({ where, row }) => {
      const read = readRow(companyBandColumns, row, guide);
      const [low, high] = [read.low as number, read.high as number];
      if (low > high) throw invalidNumber(CensusMessage.lowAboveHigh(low, high));
      const mid = (read.mid as number | null) ?? toPence((low + high) / 2);
      if (mid < low || mid > high) throw invalidNumber(CensusMessage.midOutside(mid, low, high));
      const title = read.role as string;
      const matched = matcher.match(title, read.level as LevelInput | null);
      if (!isJob(matched)) throw notAvailable(CensusMessage.unmapped(title, matched.unmapped));
      const givenLocation = read.location as string | null;
      const place = places.of(matched.role, matched.level, givenLocation);
      const location = givenLocation === null ? null : place.location;
      const key = bandKey(matched.role, place.level, location);
      const first = this.byJob.get(key);
      if (first) throw invalidValue(CensusMessage.duplicateBand(first.where));
      const band: CompanyBand = {
        where,
        title,
        givenLevel: read.level,
        givenLocation,
        role: matched.role,
        level: place.level,
        location,
        low,
        mid,
        high,
      };
      this.byJob.set(key, band);
      comparisons.push(compared(call, band, [matched.role, matched.level, location]));
    });
    this.comparisons = comparisons;
  }

  /** The company's band for a guide job at a location: the location's own, else its every-location band. */
  find(role: string, level: string, location: string): CompanyBand | undefined {
    return this.byJob.get(bandKey(role, level, location)) ?? this.byJob.get(bandKey(role, level, null));
  }
}

/** A company band beside the market band for its job, through the engine's functions. */
function compared(call: Call, band: CompanyBand, job: readonly Scalar[]): BandComparison {
  const point = (which: string) => single(call("SALARYBAND", [...job, which])) as number;
  const market = {
    low: point("low"),
    mid: point("mid"),
    high: point("high"),
    basis: basisWord(single(call("BASIS", ["SALARYBAND", ...job, "range"])) as string),
  };
  const position = call("RANGEPOSITION", [band.mid, ...job])[0][0];
  const marketWidth = market.high - market.low;
  return {
    band,
    market,
    midCompaRatio: single(call("COMPARATIO", [band.mid, ...job])) as number,
    midRangePosition: typeof position === "number" ? position : null,
    widthRatio: marketWidth === 0 ? null : (band.high - band.low) / marketWidth,
  };
}
