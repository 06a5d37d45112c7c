/** The Explorer tab: controls, figures with their sources, the band chart and the formula builder. */
import { EngineError } from "../engine";
import { bandChart } from "./chart";
import { byId, el, setOptions } from "./dom";
import { explorerControls, initialSelection, settle, type Control, type Selection } from "./explorer-controls";
import { bandRows, explorerFigures, type ChartAxis, type Figure } from "./explorer-figures";
import { bandRules, type Source } from "./explorer-sources";
import { formatModelled, formatMoney, modelledStep } from "./money";

export interface FormulaAction {
  label: string;
  run(formula: string): Promise<string>;
}

/** The controls above the figures; the rest (premiums, percentile, valuation) sit below them. */
const selectionParams = new Set(["role", "level", "location"]);
/** Lists whose names are long (roles, skills): a row of their own, so they are not cut short. */
const wideParams = new Set(["role", "skills"]);
/** Figures from the percentile model rather than a printed or rule-derived band: shown rounded, marked modelled. */
const modelledFigures = new Set(["salary-percentile"]);
/**
 * Figures that wait for an optional choice the guide needs (bonus and equity are published
 * per company stage): until it is made they ask for it rather than show an error.
 */
const awaitedChoice: Readonly<Record<string, { param: string; ask: string }>> = {
  "totalcomp-mid": { param: "stage", ask: "Choose a stage" },
};

/** Where a figure comes from, in one line: the guide's section and table, or what derived it. */
function sourceText(source: Source): string {
  return [`${source.derived ? "Derived from " : ""}${source.provenance.section}`, source.provenance.table, source.note]
    .filter(Boolean)
    .join(" · ");
}

/** "derived" or "modelled" beside a figure the guide does not print as such. */
function figureTag(figure: Figure): HTMLElement[] {
  if (modelledFigures.has(figure.id)) return [el("span", { class: "tag" }, "modelled")];
  return figure.source?.derived ? [el("span", { class: "tag" }, "derived")] : [];
}

/** Ids for the engine's messages shown under the table, so each row can point at its own. */
const messageIds = (errors: readonly EngineError[]) =>
  new Map([...new Set(errors.map((e) => e.message))].map((message, i) => [message, `unpublished-${i}`]));

/** Source lines under the disclosure, one per distinct source, naming the figures that share it. */
function sourceItems(figures: readonly Figure[]): HTMLLIElement[] {
  const groups = new Map<string, Figure[]>();
  for (const figure of figures) {
    if (!figure.source) continue;
    const text = sourceText(figure.source);
    groups.set(text, [...(groups.get(text) ?? []), figure]);
  }
  return [...groups].map(([text, shared]) =>
    el(
      "li",
      { "data-figures": shared.map((f) => f.id).join(" ") },
      el("span", { class: "figure-names" }, `${shared.map((f) => f.label).join("; ")}:`),
      ` ${text}`,
    ),
  );
}

/** A list, a number field or a tick box, as the control's kind asks. */
function controlInput(control: Control, id: string): HTMLSelectElement | HTMLInputElement {
  const name = control.param;
  if (control.kind === "choice") return el("select", { id, name });
  if (control.kind === "boolean") return el("input", { id, name, type: "checkbox" });
  return el("input", { id, name, type: "text", inputmode: "decimal", autocomplete: "off" });
}

/** A control's value as the selection holds it: TRUE for a ticked box, else the text. */
const inputValue = (input: HTMLSelectElement | HTMLInputElement) =>
  input instanceof HTMLInputElement && input.type === "checkbox" ? (input.checked ? "TRUE" : "") : input.value;

export class ExplorerView {
  private selection: Selection = initialSelection();
  private readonly inputs = new Map<string, HTMLSelectElement | HTMLInputElement>();
  private readonly notes = new Map<string, HTMLElement>();
  private figures: Figure[] = [];
  private action: FormulaAction;

  constructor(action: FormulaAction) {
    this.action = action;
    this.buildControls();
    byId("precision").textContent =
      `Whole pounds; modelled figures to the nearest ${formatMoney(modelledStep)}, as a model fitted to two ` +
      "published points supports no finer figure. Formulas return exact figures.";
    byId("chart-axis").addEventListener("change", () => this.renderChart());
    byId("formula-figure").addEventListener("change", () => this.renderFormula());
    byId("formula-action").addEventListener("click", () => void this.runAction());
    this.render();
  }

  /** Shows the figures again: the workbook's edition has changed under them. */
  refresh(): void {
    this.render();
  }

  /** Switches Copy to Insert once Excel is known to be the host. */
  setAction(action: FormulaAction): void {
    this.action = action;
    byId("formula-action").textContent = action.label;
  }

  private buildControls(): void {
    const forms = [byId("explorer-controls"), byId("explorer-options")];
    for (const form of forms) form.addEventListener("submit", (event) => event.preventDefault());
    for (const control of explorerControls(this.selection)) {
      const form = forms[selectionParams.has(control.param) ? 0 : 1];
      const id = `control-${control.param}`;
      const input = controlInput(control, id);
      input.addEventListener("change", () => this.change(control.param, inputValue(input)));
      const note = el("small", { class: "note", id: `${id}-note` });
      input.setAttribute("aria-describedby", note.id);
      this.inputs.set(control.param, input);
      this.notes.set(control.param, note);
      const label = el("label", { for: id }, control.label);
      form.append(
        control.kind === "boolean"
          ? el("div", { class: "tick" }, input, label)
          : el("div", wideParams.has(control.param) ? { class: "wide" } : {}, label, input),
        note,
      );
    }
  }

  private change(param: string, value: string): void {
    this.selection = settle({ ...this.selection, [param]: value });
    this.render();
  }

  private render(): void {
    for (const control of explorerControls(this.selection)) {
      const input = this.inputs.get(control.param)!;
      const value = this.selection[control.param] ?? "";
      if (input instanceof HTMLSelectElement) {
        const empty = control.emptyLabel === undefined ? [] : [{ value: "", text: control.emptyLabel }];
        setOptions(input, [...empty, ...control.choices.map((choice) => ({ value: choice, text: choice }))], value);
        input.disabled = control.choices.length === 0;
      } else if (input.type === "checkbox") input.checked = value === "TRUE";
      else input.value = value;
      this.notes.get(control.param)!.textContent = control.note ?? "";
    }
    const figures = explorerFigures(this.selection);
    this.figures = figures;
    const messages = messageIds(
      figures.flatMap((f) => (f.value instanceof EngineError && !this.awaitsChoice(f) ? [f.value] : [])),
    );
    byId("figures")
      .querySelector("tbody")!
      .replaceChildren(...figures.map((figure) => this.figureRow(figure, messages)));
    byId("unpublished").replaceChildren(...[...messages].map(([message, id]) => el("li", { id }, message)));
    byId("source-list").replaceChildren(...sourceItems(figures));
    const rules = bandRules(this.selection);
    byId("band-rules").textContent = rules ? `How the salary band is derived: ${rules}.` : "";
    const picker = byId<HTMLSelectElement>("formula-figure");
    // Keep the chosen figure while it is shown (the percentile one goes when its box is cleared).
    const chosen = figures.some((f) => f.id === picker.value) ? picker.value : "salary-mid";
    picker.replaceChildren(...figures.map((f) => el("option", { value: f.id }, f.label)));
    picker.value = chosen;
    this.renderFormula();
    this.renderChart();
  }

  private figureRow(figure: Figure, messages: ReadonlyMap<string, string>): HTMLTableRowElement {
    return el(
      "tr",
      { "data-figure": figure.id },
      el("th", { scope: "row" }, figure.label, ...figureTag(figure)),
      this.valueCell(figure, messages),
    );
  }

  /** The figure as finance reads it; the exact figure stays in data-value and in the formula. */
  private valueCell(figure: Figure, messages: ReadonlyMap<string, string>): HTMLTableCellElement {
    const { value } = figure;
    if (value instanceof EngineError) {
      const awaited = this.awaitsChoice(figure);
      if (awaited) {
        const ask = el("button", { type: "button", class: "link" }, awaited.ask);
        ask.addEventListener("click", () => this.inputs.get(awaited.param)?.focus());
        return el("td", { class: "value pending" }, ask);
      }
      // In plain words: #N/A is a combination the guide does not publish, the others an input to correct.
      // The engine's reason is listed once under the table, for every figure it applies to.
      return el(
        "td",
        { class: "value unpublished", "aria-describedby": messages.get(value.message)! },
        value.code === "#N/A" ? "Not published" : "Check the input",
      );
    }
    const format = modelledFigures.has(figure.id) ? formatModelled : formatMoney;
    // The table's figures are yearly unless a figure says otherwise (a day rate).
    const per = figure.unit === "year" ? "" : ` a ${figure.unit}`;
    return el("td", { class: "value", "data-value": String(value) }, `${format(Number(value))}${per}`);
  }

  /** The choice a figure waits for: one it needs, not yet made, for a selection the guide publishes a band for. */
  private awaitsChoice(figure: Figure): { param: string; ask: string } | undefined {
    const awaited = awaitedChoice[figure.id];
    const bandPublished = !(this.figures.find((f) => f.id === "salary-mid")?.value instanceof EngineError);
    return awaited && !this.selection[awaited.param] && bandPublished ? awaited : undefined;
  }

  private renderFormula(): void {
    const figure =
      this.figures.find((f) => f.id === byId<HTMLSelectElement>("formula-figure").value) ?? this.figures[0];
    byId("formula").textContent = figure.formula;
    byId("formula-message").textContent = "";
  }

  private renderChart(): void {
    const axis = byId<HTMLSelectElement>("chart-axis").value as ChartAxis;
    const rows = bandRows(this.selection, axis);
    const what = [this.selection.role, axis === "location" ? this.selection.level : this.selection.location]
      .filter(Boolean)
      .join(", ");
    byId("chart").replaceChildren(
      rows.length > 0
        ? bandChart(rows, `Salary band for ${what} across ${axis}s`)
        : el("p", { class: "note" }, `The guide publishes one band per location for ${this.selection.role}.`),
    );
  }

  private async runAction(): Promise<void> {
    const message = byId("formula-message");
    const formula = byId("formula").textContent ?? "";
    try {
      message.textContent = await this.action.run(formula);
    } catch (error) {
      message.textContent = `${this.action.label} failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}
