/**
 * What the explorer shows, without the DOM: its controls with the engine's choices,
 * and each figure as an AIPAY call with its value and where it comes from. Every
 * figure goes through evaluate(), the same path as an Excel formula, so the pane
 * and the sheet cannot disagree.
 */
import {
  defaultTaxYear,
  evaluate,
  EngineError,
  FUNCTIONS,
  payGuide,
  type Cell,
  type Provenance,
  type Scalar,
} from "../engine";
import { formulaText, isCall, type Call } from "./formula";

/** The user's choice per control ("" = not given); numbers and TRUE stay text until a call reads them. */
export type Selection = Readonly<Record<string, string>>;

/** How a control is shown: a list, a number field or a tick box. */
export type ControlKind = "choice" | "number" | "boolean";

export interface Control {
  param: string;
  label: string;
  kind: ControlKind;
  /** A choice's options from the engine (empty when it has none for the selection). */
  choices: string[];
  /** For a choice that may be left empty: what empty means, e.g. "None". */
  emptyLabel?: string;
  /** Why a choice has no options (e.g. a leadership role has no levels), or how to fill the control. */
  note?: string;
}

export interface Source {
  provenance: Provenance;
  /** True when a rule of the guide made the figure rather than a printed table. */
  derived: boolean;
  note?: string;
}

export interface Figure {
  id: string;
  label: string;
  /** The period the £ value is for: "year", or the day-rate table's period ("day"). */
  unit: string;
  formula: string;
  value: Cell;
  source?: Source;
}

/** Parameters each figure fixes itself; every other parameter is an explorer control. */
const figureParams = new Set(["point", "ir35"]);
const explorerFunctions = ["SALARYBAND", "DAYRATE", "TOTALCOMP"];
/** Explorer inputs that are not a function parameter: the percentile figure's p. */
const explorerOnlyControls = ["percentile"];

const specOf = (name: string) => {
  const spec = FUNCTIONS.find((f) => f.name === name);
  if (!spec) throw new Error(`The engine has no ${name} function.`);
  return spec;
};

/** A spilled list (ROLES, LEVELS, SKILLS …) as text, or the engine's error. */
export function listFrom(name: string, args: Scalar[]): string[] | EngineError {
  const column = evaluate(name, args).map((row) => row[0]);
  const error = column.find((cell): cell is EngineError => cell instanceof EngineError);
  return error ?? column.map(String);
}

/** How the explorer presents a parameter. The options themselves always come from the engine. */
interface ControlDefinition {
  label: string;
  kind: ControlKind;
  choices?: (selection: Selection) => string[] | EngineError;
  emptyLabel?: string;
  note?: string;
}

const controlDefinitions: Record<string, ControlDefinition> = {
  role: { label: "Role", kind: "choice", choices: () => listFrom("ROLES", []) },
  level: { label: "Level", kind: "choice", choices: (s) => listFrom("LEVELS", [s.role || null]) },
  location: { label: "Location", kind: "choice", choices: () => listFrom("LOCATIONS", []) },
  skills: {
    label: "Skill premium",
    kind: "choice",
    choices: (s) => listFrom("SKILLS", [s.role || null]),
    emptyLabel: "None",
    note: "The largest premium applies; the guide prices each skill on its own.",
  },
  stage: { label: "Company stage", kind: "choice", choices: () => listFrom("STAGES", []), emptyLabel: "Market (any)" },
  specialist: { label: "Specialist day rate (senior ML Engineers)", kind: "boolean" },
  valuation: { label: "Company valuation (£), for startup equity", kind: "number" },
  percentile: {
    label: "Percentile (modelled)",
    kind: "number",
    note: "Between 0 and 1, e.g. 0.9. 0.25 and 0.75 are the published ends.",
  },
};

/** A parameter the engine gains before the explorer knows it appears as a number field, with its name. */
const definitionOf = (param: string): ControlDefinition =>
  controlDefinitions[param] ?? { label: param.charAt(0).toUpperCase() + param.slice(1), kind: "number" };

/** The explorer's controls: its functions' parameters in declaration order, then its own inputs. */
export function explorerControls(selection: Selection): Control[] {
  const params = [...new Set(explorerFunctions.flatMap((name) => specOf(name).params)), ...explorerOnlyControls];
  return params
    .filter((param) => !figureParams.has(param))
    .map((param) => {
      const { label, kind, choices: source, emptyLabel, note } = definitionOf(param);
      const choices = source ? source(selection) : [];
      if (choices instanceof EngineError) return { param, label, kind, choices: [], emptyLabel, note: choices.message };
      return { param, label, kind, choices, emptyLabel, note };
    });
}

/**
 * A valid selection: a choice keeps its value while it is still offered; otherwise it
 * becomes empty when it may be, else its first option. Controls settle in order because
 * later lists depend on earlier choices (a role's levels and skills).
 */
export function settle(selection: Selection): Selection {
  const settled: Record<string, string> = { ...selection };
  for (const { param } of explorerControls(settled)) {
    const control = explorerControls(settled).find((c) => c.param === param)!;
    const value = settled[param] ?? "";
    if (control.kind !== "choice" || control.choices.includes(value)) continue;
    settled[param] = control.emptyLabel !== undefined ? "" : (control.choices[0] ?? "");
  }
  return settled;
}

/**
 * A starting selection: the first of each list, but Senior (the level budgets are most often
 * built on, with day rates to compare; settle falls back to the first level without one) and
 * the 90th percentile.
 */
export const initialSelection = (): Selection => settle({ level: "Senior", percentile: "0.9" });

/** A control's text as the value a call takes: TRUE for a ticked box, a number when it reads as one. */
function argumentValue(param: string, text: string | undefined): Scalar {
  if (!text) return null;
  const { kind } = definitionOf(param);
  if (kind === "boolean") return text === "TRUE";
  if (kind === "number" && text.trim() !== "" && Number.isFinite(Number(text))) return Number(text);
  return text; // the engine says what it wanted instead
}

/** One call's arguments by parameter name: fixed ones first, then the selection, blanks omitted. */
function argumentsFor(
  name: string,
  selection: Selection,
  fixed: Readonly<Record<string, Scalar>> = {},
): Scalar[] {
  return specOf(name).params.map((param) => (param in fixed ? fixed[param] : argumentValue(param, selection[param])));
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
function sourceOf(provenance: Provenance | undefined, note?: string): Source | undefined {
  return provenance && { provenance, derived: Boolean(provenance.derived) || note !== undefined, note };
}

const salaryBandOf = (selection: Selection) =>
  published(() => payGuide.salaryBand(selection.role, level(selection), location(selection), bandOptions(selection)))
    ?.provenance;

/** The table's day rate, or the guide's specialist rate when that box is ticked. */
const dayRateOf = (selection: Selection) =>
  published(() =>
    selection.specialist === "TRUE"
      ? payGuide.specialistDayRate(selection.role, level(selection))
      : payGuide.dayRate(selection.role, level(selection)),
  )?.provenance;

/** What the figures' sources are built from, looked up once per selection. */
interface Origins {
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
function totalCompSource({ selection, band }: Origins): Source | undefined {
  const pay = published(() =>
    payGuide.totalComp(selection.role, level(selection), location(selection), {
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
function insideIr35Source({ dayRate }: Origins): Source | undefined {
  const { source } = payGuide.data.guide.dayRates.insideIr35Reduction;
  const reduction = source?.note ?? "less the inside-IR35 reduction";
  const where = !source || source.section === dayRate?.section ? "" : ` (${source.section})`;
  const factor = payGuide.rules.insideIr35Adjustment().factor;
  return sourceOf(dayRate, `${reduction}${where}: × ${factor}, the contractor's take-home, not the client's cost`);
}

/** The band midpoint plus employer NI and minimum pension at the tax year's gov.uk rates. */
const loadedCostSource = ({ band, taxYear }: Origins) =>
  sourceOf(band, `+ employer NI and minimum pension at ${taxYear} rates (gov.uk, employer-costs.json)`);

/** The day-rate midpoint over the dataset's contractor year. */
function contractorSource({ dayRate }: Origins): Source | undefined {
  const { billableDaysPerYear } = payGuide.data.employerCosts.contractor;
  return sourceOf(dayRate, `mid × ${billableDaysPerYear.value} days a year: ${billableDaysPerYear.reference.title}`);
}

/** Inside IR35 with the client as fee-payer: the contractor year plus employer NI and levy on the fees. */
function clientFeePayerSource(origins: Origins): Source | undefined {
  const contractor = contractorSource(origins);
  return (
    contractor &&
    sourceOf(
      contractor.provenance,
      `${contractor.note}; with the client as fee-payer, + employer NI and Apprenticeship Levy on the deemed payment at ${origins.taxYear} rates (gov.uk, employer-costs.json)`,
    )
  );
}

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
const dayRatePeriod = payGuide.data.guide.dayRates.per;

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
      return p > 0 && p < 1 ? `Salary, ${ordinal(p * 100)} percentile` : "Salary at the percentile given";
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

/** A call's value through the engine, inner calls first; an inner error passes through, as in Excel. */
function valueOf({ name, args }: Call): Cell {
  return evaluate(
    name,
    args.map((a) => (isCall(a) ? valueOf(a) : a)),
  )[0][0];
}

/** The figures for a selection; employer costs use the latest tax year AIPAY holds rates for, named in the formula. */
export function explorerFigures(selection: Selection): Figure[] {
  const taxYear = defaultTaxYear;
  const origins: Origins = { selection, taxYear, band: salaryBandOf(selection), dayRate: dayRateOf(selection) };
  return figureSpecs
    .filter((spec) => spec.shown?.(selection) ?? true)
    .map((spec) => {
      const call = spec.call(selection, taxYear);
      const value = valueOf(call);
      return {
        id: spec.id,
        label: typeof spec.label === "string" ? spec.label : spec.label(taxYear, selection),
        unit: spec.unit,
        formula: formulaText(call.name, call.args),
        value,
        source: value instanceof EngineError ? undefined : spec.source(origins),
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
      (point) => evaluate("SALARYBAND", argumentsFor("SALARYBAND", at, { point }))[0][0],
    );
    const error = [low, mid, high].find((cell): cell is EngineError => cell instanceof EngineError);
    if (error) return { label, error: error.message };
    return { label, low: Number(low), mid: Number(mid), high: Number(high) };
  });
}
