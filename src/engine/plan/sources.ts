/**
 * What a plan's figures rest on, stated once: the guide's edition and citation, the
 * employer-rate tax year, every input as priced, and, for a plan row, where its market
 * figure comes from as AIPAY.BASIS gives it. `aipay plan` prints the items as its
 * assumptions; the pane's Sources sheet, beside a sheet shared as values, lays them out as
 * cells with each row's provenance under them.
 */
import { isBlank } from "../core/cells";
import { EngineError, type Scalar } from "../core/values";
import { citation, type Band } from "../model/band";
import type { PayGuide } from "../model/guide";
import { bandOf } from "../functions/salary";
import { dayRateBand } from "../functions/dayrate";
import { contractorChain, employeeChain, type Argument, type ChainStep } from "./chain";
import type { PlanRowValues } from "./fields";
import { planInputs, type PlanInputValues } from "./inputs";
import type { PlanCall } from "./price";
import type { SheetCell } from "./sheet";

export interface SourceItem {
  /** Its key in JSON: an input's name in the plan model, or the guide's field. */
  readonly key: string;
  /** Its label in CSV and on the Sources sheet: an input's label in the plan sheet. */
  readonly label: string;
  /** Null for an input that is off (no pay review). */
  readonly value: string | number | null;
  /** Its Excel number format on the Sources sheet. */
  readonly format: string;
}

/** The guide the figures are read from: its citation, edition, data date and effective date. */
export function editionItems(guide: PayGuide): SourceItem[] {
  const { source } = guide.data.guide;
  return [
    { key: "guide", label: "Pay guide", value: source.citation, format: "@" },
    { key: "guideEdition", label: "Pay guide edition", value: source.edition, format: "@" },
    { key: "guideAsOf", label: "Pay guide data as of", value: source.asOf, format: "@" },
    { key: "guideEffectiveDate", label: "Pay guide effective date", value: source.effectiveDate, format: "@" },
  ];
}

/** Everything a plan's figures rest on: each input as priced (the tax year among them), then the guide's edition. */
export function planAssumptions(guide: PayGuide, inputs: PlanInputValues): SourceItem[] {
  return [
    ...planInputs.map(({ name, label, format }) => {
      const value = inputs[name];
      return { key: name, label, value, format: typeof value === "number" ? format : "@" };
    }),
    ...editionItems(guide),
  ];
}

/** The tax year an undated employer-cost formula uses, for a sheet that is not a plan. */
const undatedTaxYear = (taxYear: string): SourceItem => ({
  key: "taxYear",
  label: `${planInputs.find((input) => input.name === "taxYear")!.label} (formulas that give none)`,
  value: taxYear,
  format: "@",
});

/** A plan row's market figure and where it comes from. */
export interface RowProvenance {
  /** What the figure is and the function giving it: "Salary at target (SALARYBAND)". */
  readonly figure: string;
  /** BASIS of that figure: published or derived, and by which rules; the error's message if it has none. */
  readonly basis: string;
  /** The guide's section and table it is printed in (or derived from); empty when the row cannot be read. */
  readonly section: string;
}

/** The band each market step reads its figure from, for its arguments. */
const bandOfStep: Readonly<Record<string, (guide: PayGuide, args: readonly Scalar[]) => Band>> = {
  SALARYBAND: (guide, args) => bandOf(guide, args, { skills: isBlank(args[4] ?? null) ? [] : [args[4]] }),
  // The chain asks for no specialist rate: its argument, the fifth, is left out.
  DAYRATE: (guide, args) => dayRateBand(guide, [...args, null]),
};

/** The first step of the row's chain, its market figure, with its arguments from the row and the inputs. */
function marketStep(row: PlanRowValues, inputs: PlanInputValues): { step: ChainStep; args: Scalar[] } {
  const step = (isBlank(row.ir35 ?? null) ? employeeChain : contractorChain)[0];
  const value = (argument: Argument): Scalar => {
    if ("field" in argument) return row[argument.field] ?? null;
    if ("input" in argument) return inputs[argument.input];
    if ("word" in argument) return argument.word;
    throw new Error(`The market step reads only fields, inputs and words, not ${JSON.stringify(argument)}`);
  };
  return { step, args: step.args.map(value) };
}

const messageOf = (error: unknown): string => (error instanceof EngineError ? error.message : String(error));

/** Where a plan row's market figure comes from: BASIS of its chain's first step, and the band's section. */
export function rowProvenance(
  call: PlanCall,
  guide: PayGuide,
  row: PlanRowValues,
  inputs: PlanInputValues,
): RowProvenance {
  const { step, args } = marketStep(row, inputs);
  const [[basis]] = call("BASIS", [step.call, ...args]);
  let section = "";
  try {
    section = citation(bandOfStep[step.call](guide, args).provenance);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
  }
  return {
    figure: `${step.label} (${step.call})`,
    basis: basis instanceof EngineError ? messageOf(basis) : String(basis),
    section,
  };
}

/** What a sheet shared as values was: its copy's name, the original's, and what it held. */
export interface SharedSheet {
  readonly copy: string;
  readonly original: string;
  /** The plan it holds, when it is a plan sheet: its inputs, and each row with its row number on the sheet. */
  readonly plan?: {
    readonly inputs: PlanInputValues;
    readonly rows: readonly { sheetRow: number; values: PlanRowValues }[];
  };
  /** Otherwise, each AIPAY formula the copy holds as its value, by cell (B4). */
  readonly formulas?: readonly { cell: string; formula: string }[];
  /** The tax year undated employer-cost formulas use, for a sheet that is not a plan. */
  readonly defaultTaxYear: string;
}

export interface SourcesSheet {
  cells: SheetCell[][];
  formats: string[][];
}

const provenanceHeader = ["Plan row", "Role", "Level", "Location", "Figure", "Basis", "Guide section"];
const width = provenanceHeader.length;

/**
 * The Sources sheet beside a sheet shared as values: a title, the guide's edition and the
 * employer-rate year, a plan's every input, then each plan row's market figure with its
 * basis and section (or, for another sheet, each AIPAY formula it held). Text cells are
 * formatted as text, so a tax year "2026/27" stays text; no cell is a formula.
 */
export function sourcesSheet(call: PlanCall, guide: PayGuide, shared: SharedSheet): SourcesSheet {
  const cells: SheetCell[][] = [];
  const formats: string[][] = [];
  const line = (values: readonly SheetCell[], format: (column: number) => string = () => "@") => {
    cells.push(Array.from({ length: width }, (_, c) => values[c] ?? null));
    formats.push(Array.from({ length: width }, (_, c) => format(c)));
  };
  const items = (heading: string, list: readonly SourceItem[]) => {
    line([]);
    line([heading]);
    for (const { label, value, format } of list) line([label, value ?? "none"], (c) => (c === 1 ? format : "@"));
  };

  line(["Sources"]);
  line([`The values of '${shared.copy}', copied from '${shared.original}' as AIPAY calculated it.`]);
  const { plan } = shared;
  if (plan) {
    const assumed = planAssumptions(guide, plan.inputs);
    const isInput = (item: SourceItem) => planInputs.some((input) => input.name === item.key);
    items(
      "Salary guide",
      assumed.filter((item) => !isInput(item)),
    );
    items("Plan inputs", assumed.filter(isInput));
    line([]);
    line(["Where each row's market figure comes from (AIPAY.BASIS)"]);
    line(provenanceHeader);
    for (const { sheetRow, values } of plan.rows) {
      const { figure, basis, section } = rowProvenance(call, guide, values, plan.inputs);
      const text = (value: Scalar | undefined) => (value === null || value === undefined ? "" : String(value));
      line([sheetRow, text(values.role), text(values.level), text(values.location), figure, basis, section], (c) =>
        c === 0 ? "0" : "@",
      );
    }
  } else {
    items("Salary guide", [...editionItems(guide), undatedTaxYear(shared.defaultTaxYear)]);
    line([]);
    line(["AIPAY formulas replaced by their values"]);
    line(["Cell", "Formula"]);
    // Without its "=": a text cell that Excel could never take for a formula.
    for (const { cell, formula } of shared.formulas ?? []) line([cell, formula.replace(/^=/, "")]);
  }
  return { cells, formats };
}
