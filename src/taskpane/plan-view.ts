/** The Plan tab: rows of role, level, location, start and headcount, turned into a plan sheet in Excel. */
import { budgetYears, nameAndDetail, type BudgetYear } from "../engine";
import { aipay } from "./workbook-engine";
import { byId, el, setOptions } from "./dom";
import { explorerControls, initialSelection, settle, type Selection } from "./explorer-controls";
import { createPlanSheet, type PlanRow } from "./plan";
import { hostHasDropdowns } from "./plan-dropdowns";
import { requirements } from "./requirements";
import { isoFromUk, ukFromIso } from "../engine";

/** How a row is hired: an employee, or a contractor priced at the client's cost outside or inside IR35. */
const hireKinds = [
  { label: "Employee", ir35: "" },
  { label: "Contractor, outside IR35", ir35: "outside" },
  { label: "Contractor, inside IR35", ir35: "inside" },
];

/** The plan asks for the same choices as the explorer, from the same engine lists. */
const planParams = ["role", "level", "location"];

export class PlanView {
  private rows: (Selection & { start: string; headcount: string; ir35: string })[] = [];
  private excel = false;
  private readonly budgetYears: BudgetYear[];
  /** Told the new sheet's name once a plan is created. */
  onCreated: (sheet: string) => void = () => undefined;

  constructor(today = new Date()) {
    const { employerCosts } = aipay.guide().data;
    const offered = budgetYears(employerCosts.taxYears, today);
    this.budgetYears = offered.years;
    const yearSelect = byId<HTMLSelectElement>("plan-year");
    // Short names in the list, so it fits a narrow pane; the chosen year's dates and rates in its note.
    yearSelect.replaceChildren(
      ...offered.years.map((year, i) => el("option", { value: String(i) }, nameAndDetail(year).name)),
    );
    yearSelect.value = String(offered.default);
    let shownYear = this.budgetYear();
    const showDetail = (year: BudgetYear) => (byId("plan-year-detail").textContent = `${nameAndDetail(year).detail}.`);
    showDetail(shownYear);
    // Rows still starting on the old year's first day move with the year; dates typed in stay.
    yearSelect.addEventListener("change", () => {
      const year = this.budgetYear();
      for (const row of this.rows) if (row.start === shownYear.start) row.start = year.start;
      shownYear = year;
      showDetail(year);
      this.render();
    });
    // The dataset's contractor year, the same default CONTRACTCOST uses.
    byId<HTMLInputElement>("plan-days").value = String(employerCosts.contractor.billableDaysPerYear.value);
    byId("plan-add").addEventListener("click", () => this.addRow());
    byId("plan-create").addEventListener("click", () => void this.create());
    this.addRow();
    this.setExcel(false, "Open AIPAY in Excel to create the plan sheet.");
  }

  setExcel(excel: boolean, reason = ""): void {
    this.excel = excel;
    byId<HTMLButtonElement>("plan-create").disabled = !excel;
    byId("plan-message").textContent = reason;
  }

  private budgetYear(): BudgetYear {
    return this.budgetYears[Number(byId<HTMLSelectElement>("plan-year").value)];
  }

  /** A new hire starts as the Explorer does (Senior, …) on the first day of the budget year unless told otherwise. */
  private addRow(): void {
    const explorer = initialSelection();
    const choices = Object.fromEntries(planParams.map((param) => [param, explorer[param] ?? ""]));
    this.rows.push({ ...settle(choices), start: this.budgetYear().start, headcount: "1", ir35: "" });
    this.render();
  }

  private render(): void {
    const container = byId("plan-rows");
    container.replaceChildren(...this.rows.map((row, i) => this.rowFields(row, i)));
  }

  private rowFields(row: PlanView["rows"][number], index: number): HTMLFieldSetElement {
    const id = (name: string) => `plan-${index}-${name}`;
    const field = (name: string, label: string, input: HTMLElement) =>
      el("div", {}, el("label", { for: id(name) }, label), input);
    const update = (name: string, value: string) => {
      this.rows[index] = {
        ...settle({ ...row, [name]: value }),
        start: row.start,
        headcount: row.headcount,
        ir35: row.ir35,
        [name]: value,
      };
      this.render();
      document.getElementById(id(name))?.focus();
    };
    const choices = new Map(
      explorerControls(row)
        .filter((c) => planParams.includes(c.param))
        .map((control) => {
          const select = el("select", { id: id(control.param) });
          setOptions(select, control.choices, row[control.param] ?? "");
          select.disabled = control.choices.length === 0;
          select.addEventListener("change", () => update(control.param, select.value));
          return [control.param, field(control.param, control.label, select)] as const;
        }),
    );
    const [role, level, location] = planParams.map((param) => choices.get(param)!);
    // Day first as typed in the UK; a date that reads as none stays as typed, and the plan's check names the row.
    const start = el("input", {
      id: id("start"),
      type: "text",
      value: isoFromUk(row.start) ? ukFromIso(row.start) : row.start,
      placeholder: "dd/mm/yyyy",
      autocomplete: "off",
      required: "",
    });
    start.addEventListener("change", () => {
      row.start = isoFromUk(start.value) ?? start.value;
      start.setAttribute("aria-invalid", String(!isoFromUk(start.value)));
    });
    // A fraction is a part-timer: 0.5 is one person at half time.
    const headcount = el("input", { id: id("headcount"), type: "number", min: "0", step: "0.5", value: row.headcount });
    headcount.addEventListener("change", () => (row.headcount = headcount.value));
    const hireAs = el("select", { id: id("ir35") });
    setOptions(
      hireAs,
      hireKinds.map((kind) => kind.label),
      hireKinds.find((k) => k.ir35 === row.ir35)!.label,
    );
    hireAs.addEventListener("change", () => (row.ir35 = hireKinds.find((k) => k.label === hireAs.value)!.ir35));
    const remove = el("button", { type: "button", class: "remove", "aria-label": `Remove row ${index + 1}` }, "Remove");
    remove.addEventListener("click", () => {
      this.rows.splice(index, 1);
      this.render();
      byId("plan-add").focus(); // the button that had focus is gone
    });
    return el(
      "fieldset",
      {},
      el("legend", {}, `Row ${index + 1}`),
      // Role, level, then how the row is hired: the three with the longest choices, a line each.
      role,
      level,
      field("ir35", "Hire as", hireAs),
      location,
      field("start", "Start (dd/mm/yyyy)", start),
      field("headcount", "Headcount", headcount),
      remove,
    );
  }

  private planRows(): PlanRow[] {
    return this.rows.map((row) => ({
      role: row.role,
      level: row.level ?? "",
      location: row.location ?? "",
      start: row.start,
      headcount: Number(row.headcount),
      ir35: row.ir35,
    }));
  }

  private async create(): Promise<void> {
    const message = byId("plan-message");
    if (!this.excel) return;
    try {
      const contractDays = Number(byId<HTMLInputElement>("plan-days").value);
      const { sheet, table } = await createPlanSheet(this.planRows(), {
        contractDays,
        budgetYear: this.budgetYear(),
      });
      const lists = hostHasDropdowns()
        ? ""
        : ` This Excel lacks ${requirements.dropdowns.set} ${requirements.dropdowns.version}, so Role, Level and Location have no dropdown lists.`;
      message.textContent = `Created sheet '${sheet}' with table ${table}.${lists}`;
      this.onCreated(sheet);
    } catch (error) {
      message.textContent = `Could not create the plan: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}
