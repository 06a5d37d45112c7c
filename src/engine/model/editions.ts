/**
 * The editions of the guide AIPAY holds, each a guide of its own: the bundled guide file, and
 * every later edition laid over its base (data/edition-rules.ts). A guide is built the first
 * time it is asked for, once for each tax year its undated employer-cost figures use.
 */
import { notAvailable } from "../core/values";
import { EditionMessage } from "../core/messages";
import type { Dataset } from "../data/dataset-schema";
import { editionGuide } from "../data/edition-rules";
import type { EditionEntry } from "../data/editions-schema";
import { PayGuide } from "./guide";

/** An edition as EDITIONS lists it. */
export interface EditionInfo {
  readonly id: string;
  /** ISO date: the day its figures are as of. */
  readonly effectiveDate: string;
  readonly citation: string;
  /** The edition it was laid over, if any. */
  readonly base?: string;
  /** The tax year its undated employer-cost figures use. */
  readonly defaultTaxYear: string;
}

export class EditionLibrary {
  /** Every edition held, oldest first. */
  readonly editions: readonly EditionInfo[];
  /** The edition a workbook without a pin uses: the data's `default`, never just the newest. */
  readonly defaultEdition: string;
  /** The tax years AIPAY holds employer rates for. */
  readonly taxYears: readonly string[];
  private readonly guides = new Map<string, PayGuide>();

  constructor(private readonly dataset: Dataset) {
    this.editions = dataset.editions.editions.map((entry) => this.info(entry));
    this.defaultEdition = dataset.editions.default;
    this.taxYears = dataset.employerCosts.taxYears;
  }

  private info(entry: EditionEntry): EditionInfo {
    const { source } = editionGuide(this.dataset, entry.id)!;
    return {
      id: entry.id,
      effectiveDate: source.effectiveDate,
      citation: source.citation,
      base: entry.base,
      defaultTaxYear: entry.defaultTaxYear,
    };
  }

  get ids(): string[] {
    return this.editions.map((e) => e.id);
  }

  has(edition: string): boolean {
    return this.editions.some((e) => e.id === edition);
  }

  /** Edition `edition` as it was written; throws an EngineError naming the editions held for one it lacks. */
  edition(edition: string): EditionInfo {
    const found = this.editions.find((e) => e.id === edition);
    if (!found) throw notAvailable(EditionMessage.unknown(edition, this.ids));
    return found;
  }

  /** The guide of `edition`, its undated employer-cost figures in `taxYear` (the edition's own by default). */
  guide(edition: string, taxYear?: string): PayGuide {
    const year = taxYear ?? this.edition(edition).defaultTaxYear;
    const key = `${edition}\u0000${year}`;
    let guide = this.guides.get(key);
    if (!guide) {
      const data = { ...this.dataset, guide: editionGuide(this.dataset, this.edition(edition).id)! };
      this.guides.set(key, (guide = new PayGuide(data, year)));
    }
    return guide;
  }
}
