/**
 * What the explorer shows for a selection, without the DOM: each figure as an AIPAY call
 * with its value and where it comes from, and the band chart's rows. Every figure goes
 * through aipay.evaluate(), the same path as an Excel formula, so the pane and the sheet cannot
 * disagree.
 */
import { EngineError, fittedPercentiles, type Cell, type Scalar } from "../engine";
import { aipay } from "./workbook-engine";
import { argumentsFor, argumentValue, explorerControls, type Selection } from "./explorer-controls";
import {
  clientFeePayerSource,
  contractorSource,
  dayRateOf,
  insideIr35Source,
  loadedCostSource,
  salaryBandOf,
  sourceOf,
  totalCompSource,
  type Origins,
  type Source,
} from "./explorer-sources";
import { formulaText, isCall, type Call } from "./formula";

export interface Figure {
  id: string;
  label: string;
  /** The period the £ value is for: "year", or the day-rate table's period ("day"). */
  unit: string;
  formula: string;
  value: Cell;
  source?: Source;
}

interface FigureSpec {
  id: string;
  /** Text, or text naming the tax year of the employer rates or the selection's percentile. */
  label: string | ((taxYear: string, selection: Selection) => string);
  unit: Figure["unit"];
  /** The AIPAY call that makes the figure, from the selection (and the tax year, for employer costs). */
  call(selection: Selection, taxYear: string): Call;
  source(origins: Origins): Source | undefined;
  /** Whether the selection asks for this figure at all (default: always). */
  shown?(selection: Selection): boolean;
}

/** A call whose other arguments are the selection's. */
const selected =
  (name: string, fixed: Readonly<Record<string, Scalar>>) =>
  (selection: Selection): Call => ({ name, args: argumentsFor(name, selection, fixed) });
const salaryMid = selected("SALARYBAND", { point: "mid" });
const dayRateOutsideMid = selected("DAYRATE", { ir35: "outside", point: "mid" });

/** 90 → "90th", 92.5 → "92.5th", 1 → "1st", 12 → "12th". */
function ordinal(n: number): string {
  const whole = Math.round(n * 1e6) / 1e6;
  const lastTwo = Math.floor(whole) % 100;
  const suffix =
    !Number.isInteger(whole) || (lastTwo >= 11 && lastTwo <= 13)
      ? "th"
      : (["th", "st", "nd", "rd"][whole % 10] ?? "th");
  return `${whole}${suffix}`;
}

/** The period the guide prints day rates for, from the data. */
const dayRatePeriod = aipay.guide().data.guide.dayRates.per;

/** The explorer's figures; add a row here when the engine gains a function (TOTALCOMP …). */
const figureSpecs: readonly FigureSpec[] = [
  ...(["low", "mid", "high"] as const).map((point) => ({
    id: `salary-${point}`,
    label: `Salary, ${point}`,
    unit: "year" as const,
    call: selected("SALARYBAND", { point }),
    source: ({ band }: Origins) => sourceOf(band),
  })),
  {
    id: "salary-percentile",
    label: (_, selection) => {
      const p = Number(selection.percentile);
      const fitted = p >= fittedPercentiles.min && p <= fittedPercentiles.max;
      return fitted ? `Salary, ${ordinal(p * 100)} percentile` : "Salary at the percentile given";
    },
    unit: "year",
    call: (selection) => ({
      name: "SALARYBAND",
      args: argumentsFor("SALARYBAND", selection, { point: argumentValue("percentile", selection.percentile) }),
    }),
    source: ({ band }) =>
      sourceOf(band, "lognormal fitted to the published 25th and 75th percentiles: a model, not a published figure"),
    shown: (selection) => (selection.percentile ?? "").trim() !== "",
  },
  {
    id: "totalcomp-mid",
    label: "Total comp, mid",
    unit: "year",
    call: selected("TOTALCOMP", { point: "mid" }),
    source: totalCompSource,
  },
  {
    id: "dayrate-outside",
    label: "Day rate, outside IR35",
    unit: dayRatePeriod,
    call: dayRateOutsideMid,
    source: ({ dayRate }) => sourceOf(dayRate),
  },
  {
    id: "dayrate-inside",
    label: "Contractor's rate, inside IR35",
    unit: dayRatePeriod,
    call: selected("DAYRATE", { ir35: "inside", point: "mid" }),
    source: insideIr35Source,
  },
  {
    id: "loaded-cost",
    label: (taxYear) => `Loaded cost of mid, ${taxYear}`,
    unit: "year",
    call: (selection, taxYear) => ({ name: "LOADEDCOST", args: [salaryMid(selection), taxYear] }),
    source: loadedCostSource,
  },
  {
    id: "contractor-year",
    label: "Contractor year, outside IR35",
    unit: "year",
    call: (selection) => ({ name: "CONTRACTCOST", args: [dayRateOutsideMid(selection)] }),
    source: contractorSource,
  },
  {
    id: "contractor-year-inside-client",
    label: "Client's cost, inside IR35",
    unit: "year",
    call: (selection, taxYear) => ({
      name: "CONTRACTCOST",
      args: [dayRateOutsideMid(selection), null, "inside", "client", taxYear],
    }),
    source: clientFeePayerSource,
  },
];

/** Calls whose figure may rest on a band topped by a floor ("£400k+"): their BASIS says "At least" then. */
const bandCalls = new Set(["SALARYBAND", "TOTALCOMP"]);

/**
 * The engine's "At least" note when the figure, or a band figure inside it (the mid a loaded
 * cost is worked on), rests on a floor; undefined otherwise.
 */
function floorOf({ name, args }: Call): string | undefined {
  const inner = args.filter(isCall).map(floorOf).find(Boolean);
  if (inner || !bandCalls.has(name)) return inner;
  const basis = aipay.evaluate("BASIS", [name, ...args])[0][0];
  return typeof basis === "string" ? /At least: .*$/.exec(basis)?.[0] : undefined;
}

/** A call's value through the engine, inner calls first; an inner error passes through, as in Excel. */
function valueOf({ name, args }: Call): Cell {
  return aipay.evaluate(
    name,
    args.map((a) => (isCall(a) ? valueOf(a) : a)),
  )[0][0];
}

/** The figures for a selection; employer costs use the latest tax year AIPAY holds rates for, named in the formula. */
export function explorerFigures(selection: Selection): Figure[] {
  const taxYear = aipay.inForce().taxYear;
  const origins: Origins = { selection, taxYear, band: salaryBandOf(selection), dayRate: dayRateOf(selection) };
  return figureSpecs
    .filter((spec) => spec.shown?.(selection) ?? true)
    .map((spec) => {
      const call = spec.call(selection, taxYear);
      const value = valueOf(call);
      const label = typeof spec.label === "string" ? spec.label : spec.label(taxYear, selection);
      const source = value instanceof EngineError ? undefined : spec.source(origins);
      const floor = source && floorOf(call);
      return {
        id: spec.id,
        label: floor ? `${label} (at least)` : label,
        unit: spec.unit,
        formula: formulaText(call.name, call.args),
        value,
        source: floor ? { ...source, note: [source.note, floor].filter(Boolean).join("; ") } : source,
      };
    });
}

/** One bar of the band chart: a location or level and its low, mid and high, or why there is none. */
export type BandRow = { label: string; low: number; mid: number; high: number } | { label: string; error: string };
export type ChartAxis = "location" | "level";

/** The salary band across every location (or every level) with the other choices held. */
export function bandRows(selection: Selection, axis: ChartAxis): BandRow[] {
  const choices = explorerControls(selection).find((c) => c.param === axis)?.choices ?? [];
  return choices.map((label) => {
    const at = { ...selection, [axis]: label };
    const [low, mid, high] = (["low", "mid", "high"] as const).map(
      (point) => aipay.evaluate("SALARYBAND", argumentsFor("SALARYBAND", at, { point }))[0][0],
    );
    const error = [low, mid, high].find((cell): cell is EngineError => cell instanceof EngineError);
    if (error) return { label, error: error.message };
    return { label, low: Number(low), mid: Number(mid), high: Number(high) };
  });
}
