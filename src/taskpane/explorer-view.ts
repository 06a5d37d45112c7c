/** The Explorer tab: controls, figures with their sources, the band chart and the formula builder. */
import { EngineError } from "../engine";
import { bandChart } from "./chart";
import { byId, el, setOptions } from "./dom";
import {
  bandRows,
  bandRules,
  explorerControls,
  explorerFigures,
  initialSelection,
  settle,
  type ChartAxis,
  type Control,
  type Figure,
  type Selection,
} from "./explorer-model";
import { formatMoney } from "./money";

export interface FormulaAction {
  label: string;
  run(formula: string): Promise<string>;
}

function valueCell(figure: Figure): HTMLTableCellElement {
  if (figure.value instanceof EngineError)
    return el("td", { class: "value error" }, `${figure.value.code} ${figure.value.message}`);
  const per = figure.unit === "day" ? " a day" : "";
  return el("td", { class: "value", "data-value": String(figure.value) }, `${formatMoney(Number(figure.value))}${per}`);
}

function figureRow(figure: Figure): HTMLTableRowElement {
  const source = figure.source;
  const where = source
    ? [`${source.derived ? "Derived from " : ""}${source.provenance.section}`, source.provenance.table, source.note]
        .filter(Boolean)
        .join(" · ")
    : "";
  return el(
    "tr",
    { "data-figure": figure.id },
    el(
      "th",
      { scope: "row" },
      figure.label,
      el("small", { class: source?.derived ? "source derived" : "source" }, where),
    ),
    valueCell(figure),
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
    byId("chart-axis").addEventListener("change", () => this.renderChart());
    byId("formula-figure").addEventListener("change", () => this.renderFormula());
    byId("formula-action").addEventListener("click", () => void this.runAction());
    this.render();
  }

  /** Switches Copy to Insert once Excel is known to be the host. */
  setAction(action: FormulaAction): void {
    this.action = action;
    byId("formula-action").textContent = action.label;
  }

  private buildControls(): void {
    const form = byId("explorer-controls");
    form.addEventListener("submit", (event) => event.preventDefault());
    for (const control of explorerControls(this.selection)) {
      const id = `control-${control.param}`;
      const input = controlInput(control, id);
      input.addEventListener("change", () => this.change(control.param, inputValue(input)));
      const note = el("small", { class: "note", id: `${id}-note` });
      input.setAttribute("aria-describedby", note.id);
      this.inputs.set(control.param, input);
      this.notes.set(control.param, note);
      const label = el("label", { for: id }, control.label);
      form.append(
        control.kind === "boolean" ? el("div", { class: "tick" }, input, label) : el("div", {}, label, input),
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
    byId("figures")
      .querySelector("tbody")!
      .replaceChildren(...figures.map(figureRow));
    const rules = bandRules(this.selection);
    byId("band-rules").textContent = rules ? `How the salary band is derived: ${rules}.` : "";
    const picker = byId<HTMLSelectElement>("formula-figure");
    // Keep the chosen figure while it is shown (the percentile one goes when its box is cleared).
    const chosen = figures.some((f) => f.id === picker.value) ? picker.value : "salary-mid";
    picker.replaceChildren(...figures.map((f) => el("option", { value: f.id }, f.label)));
    picker.value = chosen;
    this.figures = figures;
    this.renderFormula();
    this.renderChart();
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
