/**
 * The workbook's edition, under the plan: which edition and tax year its formulas use and
 * whether that is pinned; when AIPAY holds a newer edition, a preview of the active plan
 * sheet's year under both, and the move, which happens only when the user presses it.
 */
import type { EditionTotal } from "../engine";
import { byId, setOptions } from "./dom";
import { editionStatus, moveWorkbook, previewMove, type EditionStatus } from "./edition-move";
import { formatMoney } from "./money";

/** The words for a workbook's pin and the edition in force. */
export function statusText({ pin, inForce, newer }: EditionStatus): string {
  const held = pin.edition
    ? `This workbook is pinned to edition ${inForce.edition} of the guide, with employer rates for ${inForce.taxYear}.`
    : `This workbook has no pin: its formulas use AIPAY's default edition, ${inForce.edition}, with employer rates for ${inForce.taxYear}. Creating a plan sheet or inserting a formula pins it.`;
  const available =
    newer.length === 0
      ? ` ${inForce.edition} is the newest edition AIPAY holds.`
      : ` Newer: ${newer.map((e) => `${e.id} (data as of ${e.effectiveDate})`).join(", ")}. Preview what a move would change to the plan on the active sheet before moving.`;
  return held + available;
}

const signed = (amount: number) => `${amount < 0 ? "−" : "+"}${formatMoney(Math.abs(amount))}`;

/** The preview in words: the year under each edition and what moves, employees, contractors and one-off costs apart. */
export function previewText(sheet: string, [from, to]: readonly EditionTotal[]): string {
  const change = (part: keyof Omit<EditionTotal, "edition">) => signed(to[part] - from[part]);
  return (
    `'${sheet}' costs ${formatMoney(from.total)} a year under edition ${from.edition} and ${formatMoney(to.total)} under ${to.edition} ` +
    `(${change("total")}: employees ${change("employees")}, contractors ${change("contractors")}, one-off costs ${change("oneOffs")}).`
  );
}

export class EditionsView {
  private excel = false;
  private readonly select = byId<HTMLSelectElement>("edition-to");

  /** `onChange` runs when the edition or tax year in force changes: the pane's figures are then another edition's. */
  constructor(private readonly onChange: () => void) {
    byId("edition-preview").addEventListener("click", () => void this.preview());
    byId("edition-move").addEventListener("click", () => void this.move());
    this.setExcel(false, "Open AIPAY in Excel to see the workbook's edition.");
  }

  setExcel(excel: boolean, reason = ""): void {
    this.excel = excel;
    byId("edition-status").textContent = reason;
    this.show([]);
    if (excel) void this.refresh();
  }

  private show(newer: readonly string[]): void {
    setOptions(this.select, newer, newer.at(-1) ?? "");
    for (const id of ["edition-preview", "edition-move"]) byId<HTMLButtonElement>(id).disabled = newer.length === 0;
    this.select.disabled = newer.length === 0;
  }

  /** Reads the pin again: after a plan is made or a formula inserted, the workbook may have one. */
  async refresh(): Promise<void> {
    if (!this.excel) return;
    try {
      const status = await editionStatus();
      byId("edition-status").textContent = statusText(status);
      this.show(status.newer.map((e) => e.id));
      if (status.changed) this.onChange();
    } catch (error) {
      byId("edition-status").textContent = `Could not read the workbook's edition: ${(error as Error).message}`;
    }
  }

  private async preview(): Promise<void> {
    const message = byId("edition-message");
    try {
      const preview = await previewMove(this.select.value);
      message.textContent = preview
        ? previewText(preview.sheet, preview.totals)
        : "The active sheet is not a plan sheet: select the plan sheet to preview its totals.";
    } catch (error) {
      message.textContent = `Could not preview the move: ${(error as Error).message}`;
    }
  }

  private async move(): Promise<void> {
    const message = byId("edition-message");
    try {
      const pin = await moveWorkbook(this.select.value);
      message.textContent = `This workbook now uses edition ${pin.edition}; Excel is calculating its AIPAY formulas again.`;
      this.onChange();
      await this.refresh();
    } catch (error) {
      message.textContent = `Could not move the workbook: ${(error as Error).message}`;
    }
  }
}
