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

  /** Lists the workbook's sheets; `chosen` (a plan just made) is chosen, else the one chosen before, else the active one. */
  async refresh(chosen?: string): Promise<void> {
    if (!this.excel) return;
    try {
      const { sheets, active } = await workbookSheets();
      const keep = chosen ?? (sheets.includes(this.select.value) ? this.select.value : active);
      setOptions(this.select, sheets, keep);
    } catch (error) {
      byId("share-message").textContent = `Could not read the workbook's sheets: ${(error as Error).message}`;
    }
  }

  private async share(): Promise<void> {
    const message = byId("share-message");
    const sheet = this.select.value;
    if (!this.excel || !sheet) return;
    try {
      const { copy, sources, replaced } = await shareSheet(sheet);
      message.textContent = `Copied '${sheet}' to '${copy}' with ${replaced} formula ${replaced === 1 ? "cell" : "cells"} replaced by values, and its sources to '${sources}'.`;
      await this.refresh(sheet);
    } catch (error) {
      message.textContent = `Could not share '${sheet}': ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}
