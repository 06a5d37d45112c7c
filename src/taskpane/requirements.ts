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

/** Insert uses getActiveCell; the plan uses getRangeByIndexes and setCategoryNames: all ExcelApi 1.7. */
export const requirements = {
  insert: { set: "ExcelApi", version: "1.7", action: "Insert (a formula into the active cell)" },
  plan: { set: "ExcelApi", version: "1.7", action: "the plan sheet" },
} as const satisfies Record<string, Requirement>;

/** Why the host cannot run an action, in plain words; undefined when it can. */
export function missingRequirement({ set, version, action }: Requirement): string | undefined {
  if (Office.context.requirements.isSetSupported(set, version)) return undefined;
  return `This version of Excel lacks ${set} ${version}, which ${action} needs. Update Excel (Microsoft 365, Excel 2019 or later) or use Excel on the web.`;
}
