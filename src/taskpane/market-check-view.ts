/** The Market check, on the Market tab: the census, the company's bands and the job map to choose, and the button. */
import { TableError, type CensusTarget } from "../engine";
import { aipay } from "./workbook-engine";
import { byId, setOptions } from "./dom";
import { runMarketCheck, workbookTables, type MarketCheckResult } from "./market-check";

/** How many of a refused census's problems the pane lists; the rest are counted. */
const listed = 10;

const selectedRange = { value: "", text: "The selected range" };
const none = { value: "", text: "None" };

export class MarketCheckView {
  private excel = false;
  private readonly census = byId<HTMLSelectElement>("check-census");
  private readonly bands = byId<HTMLSelectElement>("check-bands");
  private readonly map = byId<HTMLSelectElement>("check-map");
  private readonly target = byId<HTMLSelectElement>("check-target");

  constructor() {
    // The workbook's tax year to start, as LOADEDCOST takes it when given none.
    setOptions(byId("check-year"), aipay.editions.taxYears, aipay.inForce().taxYear);
    setOptions(this.census, [selectedRange], "");
    for (const select of [this.bands, this.map]) setOptions(select, [none], "");
    // The workbook's tables change behind the pane: read them again each time a list is opened.
    for (const select of [this.census, this.bands, this.map])
      select.addEventListener("focus", () => void this.refresh());
    this.bands.addEventListener("change", () => this.offerTargets());
    byId("check-run").addEventListener("click", () => void this.run());
    this.offerTargets();
    this.setExcel(false, "Open AIPAY in Excel to check a census against the market.");
  }

  setExcel(excel: boolean, reason = ""): void {
    this.excel = excel;
    for (const id of ["check-run", "check-census", "check-bands", "check-map"])
      byId<HTMLButtonElement | HTMLSelectElement>(id).disabled = !excel;
    byId("check-message").textContent = reason;
    if (excel) void this.refresh();
  }

  /** Lists the workbook's tables, keeping each list's choice while its table is there. */
  async refresh(): Promise<void> {
    if (!this.excel) return;
    try {
      const tables = await workbookTables();
      const keep = (select: HTMLSelectElement) => (tables.includes(select.value) ? select.value : "");
      setOptions(this.census, [selectedRange, ...tables], keep(this.census));
      for (const select of [this.bands, this.map]) setOptions(select, [none, ...tables], keep(select));
      this.offerTargets();
    } catch (error) {
      byId("check-message").textContent = `Could not read the workbook's tables: ${(error as Error).message}`;
    }
  }

  /** Company bands are a target only once their table is chosen. */
  private offerTargets(): void {
    const company = this.target.querySelector<HTMLOptionElement>('option[value="company"]')!;
    company.disabled = this.bands.value === "";
    if (company.disabled) this.target.value = "market";
  }

  private async run(): Promise<void> {
    const message = byId("check-message");
    if (!this.excel) return;
    message.textContent = "Reading the census…";
    try {
      const result = await runMarketCheck({
        census: this.census.value || undefined,
        bands: this.bands.value || undefined,
        map: this.map.value || undefined,
        taxYear: byId<HTMLSelectElement>("check-year").value,
        target: this.target.value as CensusTarget,
      });
      message.textContent = written(result);
    } catch (error) {
      message.textContent =
        error instanceof TableError
          ? refused(error.problems)
          : `Could not write the market check: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function written({ sheet, people, unmapped, unbanded }: MarketCheckResult): string {
  const notes = [
    ...(unmapped
      ? [
          `${plural(unmapped, "person has a title", "people have titles")} not in the job map: listed under the summary with the guide roles each may be`,
        ]
      : []),
    ...(unbanded
      ? [`${plural(unbanded, "person has", "people have")} no company band: their gaps are left empty`]
      : []),
  ];
  const priced = unmapped
    ? `${people - unmapped} of ${plural(people, "person", "people")}`
    : plural(people, "person", "people");
  const sentences = notes.map((note) => ` ${note[0].toUpperCase()}${note.slice(1)}.`).join("");
  return `Wrote '${sheet}': ${priced} priced against the market.${sentences}`;
}

function refused(problems: readonly string[]): string {
  const more = problems.length - listed;
  return `Nothing written. ${problems.slice(0, listed).join(" ")}${more > 0 ? ` And ${plural(more, "more problem", "more problems")}.` : ""}`;
}
