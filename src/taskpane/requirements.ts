/**
 * What the pane's Excel actions need of the host. The manifest asks only for what the
 * custom functions need, so an older Excel still installs AIPAY and calculates with it;
 * the pane checks each action's API set before offering it, and says what is missing.
 */
export interface Requirement {
  set: string;
  version: string;
  /** The action, as the message names it. */
  action: string;
}

/**
 * AIPAY's worksheet functions need CustomFunctionsRuntime 1.2, as the manifest asks (an Excel
 * without it opens the pane alone). Insert uses getActiveCell; the plan uses getRangeByIndexes,
 * setCategoryNames and a chart series added by name, Share as values Worksheet.copy, and the Market
 * check getRangeByIndexes: all ExcelApi 1.7. The plan's dropdown
 * lists are data validation and its headcount line a secondary axis, both ExcelApi 1.8.
 * Suspending calculation while the plan is written is ExcelApi 1.6. docs/taskpane.md lists
 * every Excel API the pane calls with its set.
 */
export const requirements = {
  functions: { set: "CustomFunctionsRuntime", version: "1.2", action: "AIPAY's worksheet functions" },
  insert: { set: "ExcelApi", version: "1.7", action: "Insert (a formula into the active cell)" },
  plan: { set: "ExcelApi", version: "1.7", action: "the plan sheet" },
  share: { set: "ExcelApi", version: "1.7", action: "Share as values" },
  marketCheck: { set: "ExcelApi", version: "1.7", action: "the Market check" },
  dropdowns: { set: "ExcelApi", version: "1.8", action: "the plan sheet's dropdown lists" },
  chartAxisGroups: { set: "ExcelApi", version: "1.8", action: "the plan chart's headcount line" },
  suspendCalculation: { set: "ExcelApi", version: "1.6", action: "writing the plan without recalculating" },
} as const satisfies Record<string, Requirement>;

/** Whether the host has the API set; never outside Office. */
export function hostSupports({ set, version }: Requirement): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;
}

/** Why the host cannot run an action, in plain words; undefined when it can. */
export function missingRequirement(requirement: Requirement): string | undefined {
  if (hostSupports(requirement)) return undefined;
  const { set, version, action } = requirement;
  return `This version of Excel lacks ${set} ${version}, which ${action} needs. Update Excel (Microsoft 365, Excel 2019 or later) or use Excel on the web.`;
}

/**
 * What an Excel without AIPAY's functions (Excel on iPad, Excel 2019 and earlier) still
 * offers, in plain words; undefined where the functions run.
 */
export function withoutFunctions(): string | undefined {
  if (hostSupports(requirements.functions)) return undefined;
  return "This Excel cannot run AIPAY's worksheet functions (Excel on iPad and older versions of Excel have no custom functions), so AIPAY formulas do not calculate here. The explorer, its figures and sources, and the market work; Copy gives a formula for an Excel that can. Insert and the plan sheet are off.";
}
