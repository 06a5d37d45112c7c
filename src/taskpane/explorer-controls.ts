/**
 * The explorer's controls without the DOM: one per parameter of the functions it shows,
 * each list from the engine, and a selection read back as the arguments of an AIPAY call.
 */
import { EngineError, fittedPercentiles, FUNCTIONS, type Scalar } from "../engine";
import { aipay } from "./workbook-engine";

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
  const column = aipay.evaluate(name, args).map((row) => row[0]);
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
    note: `From ${fittedPercentiles.min} to ${fittedPercentiles.max}, e.g. 0.9. 0.25 and 0.75 are the published ends.`,
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
export function argumentValue(param: string, text: string | undefined): Scalar {
  if (!text) return null;
  const { kind } = definitionOf(param);
  if (kind === "boolean") return text === "TRUE";
  if (kind === "number" && text.trim() !== "" && Number.isFinite(Number(text))) return Number(text);
  return text; // the engine says what it wanted instead
}

/** One call's arguments by parameter name: fixed ones first, then the selection, blanks omitted. */
export function argumentsFor(
  name: string,
  selection: Selection,
  fixed: Readonly<Record<string, Scalar>> = {},
): Scalar[] {
  return specOf(name).params.map((param) => (param in fixed ? fixed[param] : argumentValue(param, selection[param])));
}
