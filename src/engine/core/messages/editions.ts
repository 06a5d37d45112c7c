/** The messages about editions of the guide: which one a workbook uses, and what changed between two. */
import { shortened } from "../cells";
import { oneOf } from "./wording";

export const EditionMessage = {
  unknown: (edition: string, held: readonly string[]) =>
    `AIPAY holds no edition '${shortened(edition)}' of the guide: use ${oneOf(held.map((e) => `"${e}"`))}.`,
  pinnedNotHeld: (edition: string, held: readonly string[]) =>
    `This workbook is pinned to edition ${shortened(edition)} of the guide, which this version of AIPAY does not hold (it holds ${held.join(", ")}). Its figures are not shown in another edition's; ask whoever deploys AIPAY to restore edition ${shortened(edition)}, or move the workbook to another edition in the task pane.`,
  pinnedTaxYearNotHeld: (taxYear: string, held: readonly string[]) =>
    `This workbook is pinned to employer rates for ${shortened(taxYear)}, which this version of AIPAY does not hold (it holds ${held.join(", ")}).`,
  noChanges: (from: string, to: string, role: string | null) =>
    `No published figure${role ? ` for ${role}` : ""} differs between editions ${from} and ${to}.`,
};
