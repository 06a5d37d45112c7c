/**
 * What the explorer shows, without the DOM: its controls with the engine's choices,
 * and each figure as an AIPAY call with its value and where it comes from. Every
 * figure goes through evaluate(), the same path as an Excel formula, so the pane
 * and the sheet cannot disagree.
 */
import {
  currentTaxYear,
  evaluate,
  EngineError,
  FUNCTIONS,
  payGuide,
  type Cell,
  type Provenance,
  type Scalar,
} from "../engine";
import { formulaText, isCall, type Call } from "./formula";

/** The user's choice per parameter name ("" = not given). */
export type Selection = Readonly<Record<string, string>>;

export interface Control {
  param: string;
  label: string;
  /** The engine's choices, or null for a free-text parameter. */
  choices: string[] | null;
  /** Why the control has no choices (e.g. a leadership role has no levels). */
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
  /** "GBP per year" or "GBP per day": how the value reads. */
  unit: "year" | "day";
  formula: string;
  value: Cell;
  source?: Source;
}

/** Parameters each figure fixes itself; every other parameter is an explorer control. */
const figureParams = new Set(["point", "ir35"]);
const explorerFunctions = ["SALARYBAND", "DAYRATE"];

const specOf = (name: string) => {
  const spec = FUNCTIONS.find((f) => f.name === name);
  if (!spec) throw new Error(`The engine has no ${name} function.`);
  return spec;
};

/** A spilled list (ROLES, LEVELS, LOCATIONS) as text, or the engine's error. */
function listFrom(name: string, args: Scalar[]): string[] | EngineError {
  const column = evaluate(name, args).map((row) => row[0]);
  const error = column.find((cell): cell is EngineError => cell instanceof EngineError);
  return error ?? column.map(String);
}

/**
 * Choices for the parameters the guide has lists for. A parameter the engine gains
 * later (e.g. skills or stage on SALARYBAND) appears as a free-text control until a
 * list for it is added here.
 */
const choiceSources: Record<string, (selection: Selection) => string[] | EngineError> = {
  role: () => listFrom("ROLES", []),
  level: (selection) => listFrom("LEVELS", [selection.role || null]),
  location: () => listFrom("LOCATIONS", []),
};

const labelOf = (param: string) => param.charAt(0).toUpperCase() + param.slice(1);

/** The explorer's controls: the parameters of its functions, in declaration order. */
export function explorerControls(selection: Selection): Control[] {
  const params = [...new Set(explorerFunctions.flatMap((name) => specOf(name).params))];
  return params
    .filter((param) => !figureParams.has(param))
    .map((param) => {
      const source = choiceSources[param];
      const choices = source ? source(selection) : null;
      if (choices instanceof EngineError) return { param, label: labelOf(param), choices: [], note: choices.message };
      return { param, label: labelOf(param), choices };
    });
}

/**
 * A valid selection: each listed control keeps its value when still offered, else takes
 * its first choice. Controls settle in order because later lists depend on earlier
 * choices (a role's levels).
 */
export function settle(selection: Selection): Selection {
  const settled: Record<string, string> = { ...selection };
  for (const { param } of explorerControls(settled)) {
    const choices = explorerControls(settled).find((c) => c.param === param)!.choices;
    if (choices && !choices.includes(settled[param] ?? "")) settled[param] = choices[0] ?? "";
  }
  return settled;
}

/** A starting selection: the first of each list. */
export const initialSelection = (): Selection => settle({});

/** One call's arguments by parameter name: fixed ones first, then the selection, blanks omitted. */
export function argumentsFor(
  name: string,
  selection: Selection,
  fixed: Readonly<Record<string, Scalar>> = {},
): Scalar[] {
  return specOf(name).params.map((param) => (param in fixed ? fixed[param] : selection[param] || null));
}

/** The published band or rate behind a figure, or undefined when the guide publishes none. */
function published(read: () => { provenance: Provenance }): Provenance | undefined {
  try {
    return read().provenance;
  } catch (error) {
    if (error instanceof EngineError) return undefined;
    throw error;
  }
}

interface FigureSpec {
  id: string;
  /** Text, or text naming the tax year of the employer rates. */
  label: string | ((taxYear: string) => string);
  unit: Figure["unit"];
  /** The AIPAY call that makes the figure, from the selection (and the tax year, for employer costs). */
  call(selection: Selection, taxYear: string): Call;
  source(selection: Selection, taxYear: string): Source | undefined;
}

/** A call whose other arguments are the selection's. */
const selected =
  (name: string, fixed: Readonly<Record<string, Scalar>>) =>
  (selection: Selection): Call => ({ name, args: argumentsFor(name, selection, fixed) });
const salaryMid = selected("SALARYBAND", { point: "mid" });
const dayRateOutsideMid = selected("DAYRATE", { ir35: "outside", point: "mid" });

const level = (selection: Selection) => selection.level || null;

function salarySource(selection: Selection): Source | undefined {
  const provenance = published(() => payGuide.salaryBand(selection.role, level(selection), selection.location || null));
  return provenance && { provenance, derived: false };
}

function dayRateSource(selection: Selection): Source | undefined {
  const provenance = published(() => payGuide.dayRate(selection.role, level(selection)));
  return provenance && { provenance, derived: false };
}

/** Inside IR35 is the published rate less the guide's stated reduction. */
function insideIr35Source(selection: Selection): Source | undefined {
  const reduction = payGuide.data.guide.dayRates.insideIr35Reduction;
  return dayRateSource(selection) && reduction.source
    ? { provenance: reduction.source, derived: true, note: reduction.source.note }
    : undefined;
}

/** The band midpoint plus employer NI and minimum pension at the tax year's gov.uk rates. */
function loadedCostSource(selection: Selection, taxYear: string): Source | undefined {
  const salary = salarySource(selection);
  return (
    salary && {
      provenance: salary.provenance,
      derived: true,
      note: `+ employer NI and minimum pension at ${taxYear} rates (gov.uk, employer-costs.json)`,
    }
  );
}

/** The day-rate midpoint over the dataset's contractor year. */
function contractorSource(selection: Selection): Source | undefined {
  const dayRate = dayRateSource(selection);
  const { billableDaysPerYear } = payGuide.data.employerCosts.contractor;
  return (
    dayRate && {
      provenance: dayRate.provenance,
      derived: true,
      note: `mid × ${billableDaysPerYear.value} days a year: ${billableDaysPerYear.reference.title}`,
    }
  );
}

/** The explorer's figures; add a row here when the engine gains a function (TOTALCOMP …). */
const figureSpecs: readonly FigureSpec[] = [
  ...(["low", "mid", "high"] as const).map((point) => ({
    id: `salary-${point}`,
    label: `Salary, ${point}`,
    unit: "year" as const,
    call: selected("SALARYBAND", { point }),
    source: salarySource,
  })),
  {
    id: "dayrate-outside",
    label: "Day rate, outside IR35",
    unit: "day",
    call: dayRateOutsideMid,
    source: dayRateSource,
  },
  {
    id: "dayrate-inside",
    label: "Day rate, inside IR35",
    unit: "day",
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
];

/** A call's value through the engine, inner calls first; an inner error passes through, as in Excel. */
function valueOf({ name, args }: Call): Cell {
  return evaluate(
    name,
    args.map((a) => (isCall(a) ? valueOf(a) : a)),
  )[0][0];
}

/** The figures for a selection; employer costs use the tax year containing `today`, named in the formula. */
export function explorerFigures(selection: Selection, today: Date = new Date()): Figure[] {
  const taxYear = currentTaxYear(today);
  return figureSpecs.map((spec) => {
    const call = spec.call(selection, taxYear);
    const value = valueOf(call);
    return {
      id: spec.id,
      label: typeof spec.label === "string" ? spec.label : spec.label(taxYear),
      unit: spec.unit,
      formula: formulaText(call.name, call.args),
      value,
      source: value instanceof EngineError ? undefined : spec.source(selection, taxYear),
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
