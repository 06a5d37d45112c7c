/** Share as values, under the plan: the workbook's sheets to choose from, the active one first chosen. */
import { byId, setOptions } from "./dom";
import { shareSheet, workbookSheets } from "./share";

export class ShareView {
  private excel = false;
  private readonly select = byId<HTMLSelectElement>("share-sheet");

  constructor() {
    // The workbook's sheets change behind the pane: read them again each time the list is opened.
    this.select.addEventListener("focus", () => void this.refresh());
    byId("share-create").addEventListener("click", () => void this.share());
    this.setExcel(false, "Open AIPAY in Excel to share a sheet as values.");
  }

  setExcel(excel: boolean, reason = ""): void {
    this.excel = excel;
    byId<HTMLButtonElement>("share-create").disabled = !excel;
    this.select.disabled = !excel;
    byId("share-message").textContent = reason;
    if (excel) void this.refresh();
  }

  /** Lists the workbook's sheets, keeping the one chosen while it is there, else choosing the active one. */
  async refresh(): Promise<void> {
    if (!this.excel) return;
    try {
      const { sheets, active } = await workbookSheets();
      setOptions(this.select, sheets, sheets.includes(this.select.value) ? this.select.value : active);
    } catch (error) {
      byId("share-message").textContent = `Could not read the workbook's sheets: ${(error as Error).message}`;
    }
  }

  /** Adds sheets the pane has just made to the list, with no call to Excel, and chooses `chosen`. */
  offer(added: readonly string[], chosen = this.select.value): void {
    const listed = [...this.select.options].map((option) => option.value);
    setOptions(this.select, [...listed, ...added.filter((sheet) => !listed.includes(sheet))], chosen);
  }

  private async share(): Promise<void> {
    const message = byId("share-message");
    const sheet = this.select.value;
    if (!this.excel || !sheet) return;
    try {
      const { copy, sources, replaced } = await shareSheet(sheet);
      message.textContent = `Copied '${sheet}' to '${copy}' with ${replaced} formula ${replaced === 1 ? "cell" : "cells"} replaced by values, and its sources to '${sources}'.`;
      this.offer([copy, sources]);
    } catch (error) {
      message.textContent = `Could not share '${sheet}': ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}
