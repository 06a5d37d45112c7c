/**
 * Where each explorer figure comes from: the section that printed its band or day rate,
 * and the guide's rule or AIPAY's step when one made the figure, in the engine's words.
 */
import { EngineError, type Provenance } from "../engine";
import { aipay } from "./workbook-engine";
import type { Selection } from "./explorer-controls";

export interface Source {
  provenance: Provenance;
  /** True when a rule of the guide made the figure rather than a printed table. */
  derived: boolean;
  note?: string;
}

/** What the guide publishes for a figure, or undefined when it publishes none (the figure shows the engine's error). */
function published<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof EngineError) return undefined;
    throw error;
  }
}

const level = (selection: Selection) => selection.level || null;
const location = (selection: Selection) => selection.location || null;
/** The selection's premium rules as SALARYBAND reads them. */
const bandOptions = (selection: Selection) => ({
  skills: selection.skills ? [selection.skills] : [],
  stage: selection.stage || null,
});

/**
 * A figure's source: where its band was printed, derived when a rule of the guide (the
 * band's own, see bandRules) or the figure's own step (`note`) made it.
 */
export function sourceOf(provenance: Provenance | undefined, note?: string): Source | undefined {
  return provenance && { provenance, derived: Boolean(provenance.derived) || note !== undefined, note };
}

export const salaryBandOf = (selection: Selection) =>
  published(() =>
    aipay.guide().salaryBand(selection.role, level(selection), location(selection), bandOptions(selection)),
  )?.provenance;

/** The table's day rate, or the guide's specialist rate when that box is ticked. */
export const dayRateOf = (selection: Selection) =>
  published(() =>
    selection.specialist === "TRUE"
      ? aipay.guide().specialistDayRate(selection.role, level(selection))
      : aipay.guide().dayRate(selection.role, level(selection)),
  )?.provenance;

/** What the figures' sources are built from, looked up once per selection. */
export interface Origins {
  selection: Selection;
  taxYear: string;
  /** Where the salary band comes from; undefined when the guide publishes none. */
  band?: Provenance;
  /** Where the day rate comes from; undefined when the guide publishes none. */
  dayRate?: Provenance;
}

/** The rules that derived the selection's salary band from the printed tables, in the engine's words; none for a printed band. */
export const bandRules = (selection: Selection): string | undefined => salaryBandOf(selection)?.derived;

/** Base plus the stage's (or leadership table's) bonus and equity, each as the engine states its basis. */
export function totalCompSource({ selection, band }: Origins): Source | undefined {
  const pay = published(() =>
    aipay.guide().totalComp(selection.role, level(selection), location(selection), {
      ...bandOptions(selection),
      valuation: Number(selection.valuation) || null,
    }),
  );
  const extras = pay?.components.filter((c) => c.name !== "base").map((c) => `+ ${c.name}: ${c.basis}`);
  return extras && sourceOf(band, extras.join("; "));
}

/**
 * Inside IR35 is the rate it starts from (section 7's table, or section 1's specialist rate)
 * less the guide's reduction: what the contractor keeps, not what the client pays.
 */
export function insideIr35Source({ dayRate }: Origins): Source | undefined {
  const { source } = aipay.guide().data.guide.dayRates.insideIr35Reduction;
  const reduction = source?.note ?? "less the inside-IR35 reduction";
  const where = !source || source.section === dayRate?.section ? "" : ` (${source.section})`;
  const factor = aipay.guide().rules.insideIr35Adjustment().factor;
  return sourceOf(dayRate, `${reduction}${where}: × ${factor}, the contractor's take-home, not the client's cost`);
}

/** The band midpoint plus employer NI and minimum pension at the tax year's gov.uk rates. */
export const loadedCostSource = ({ band, taxYear }: Origins) =>
  sourceOf(band, `+ employer NI and minimum pension at ${taxYear} rates (gov.uk, employer-costs.json)`);

/** The day-rate midpoint over the dataset's contractor year. */
export function contractorSource({ dayRate }: Origins): Source | undefined {
  const { billableDaysPerYear } = aipay.guide().data.employerCosts.contractor;
  return sourceOf(dayRate, `mid × ${billableDaysPerYear.value} days a year: ${billableDaysPerYear.reference.title}`);
}

/** Inside IR35 with the client as fee-payer: the contractor year plus employer NI and levy on the fees. */
export function clientFeePayerSource(origins: Origins): Source | undefined {
  const contractor = contractorSource(origins);
  return (
    contractor &&
    sourceOf(
      contractor.provenance,
      `${contractor.note}; with the client as fee-payer, + employer NI and Apprenticeship Levy on the deemed payment at ${origins.taxYear} rates (gov.uk, employer-costs.json)`,
    )
  );
}
