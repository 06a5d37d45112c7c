/**
 * Dropdown lists on the plan sheet's Role, Level and Location cells: Excel data validation
 * (ExcelApi 1.8) fed by AIPAY's own list functions. ROLES(), LOCATIONS() and LEVELS() for
 * each role are written as a block of lists beside the table, and each input cell's list
 * points into that block; a row's Level list is the levels of that row's role. Excel refuses
 * an entry outside the list with a message in AIPAY's words. Hosts without ExcelApi 1.8 get
 * the plan without dropdowns.
 */
import { aipay } from "./workbook-engine";
import { listFrom } from "./explorer-controls";
import { functionNamespace as ns } from "./namespace";
import { hostSupports, requirements } from "./requirements";
import { columnLetter } from "../engine";

export const hostHasDropdowns = (): boolean => hostSupports(requirements.dropdowns);

export interface DropdownLists {
  roles: string[];
  locations: string[];
  /** Every role that publishes levels, with them; leadership roles have none. */
  levels: { role: string; levels: string[] }[];
}

/** The lists, as the engine's list functions give them (the same lists the pane offers). */
export function dropdownLists(): DropdownLists {
  const roles = listFrom("ROLES", []);
  const locations = listFrom("LOCATIONS", []);
  if (!Array.isArray(roles) || !Array.isArray(locations)) throw new Error("AIPAY's role and location lists are empty.");
  const levels = roles.flatMap((role) => {
    const levelsOfRole = listFrom("LEVELS", [role]);
    return Array.isArray(levelsOfRole) ? [{ role, levels: levelsOfRole }] : [];
  });
  return { roles, locations, levels };
}

const noLevels = "(no level)";

/** The messages Excel shows when an entry is not in the list (at most 225 characters each). */
export const refusals = {
  Role: `Choose a role from the list: the guide's roles, as ${ns}.ROLES() gives them.`,
  Level: `Choose a level from the list: the levels the guide publishes for this row's role, as ${ns}.LEVELS() gives them. Leave it empty for a leadership role.`,
  Location: `Choose a location from the list, as ${ns}.LOCATIONS() gives them, or leave it empty for the guide's default, ${aipay.guide().defaultLocation}.`,
} as const;
type Input = keyof typeof refusals;

const cell = (row: number, column: number) => `$${columnLetter(column)}$${row + 1}`;
const block = (row: number, column: number, rows: number, columns: number) =>
  `${cell(row, column)}:${cell(row + rows - 1, column + columns - 1)}`;

export interface DropdownLayout {
  /** Zero-based row of the table's header row; the lists' headers share it. */
  headerRow: number;
  /** How many rows the table has below its header (not counting totals). */
  rows: number;
  /** Zero-based columns of the table's Role, Level and Location columns. */
  columns: Record<Input, number>;
  /** Zero-based column where the block of lists starts, right of everything else on the sheet. */
  listsColumn: number;
}

/**
 * What to write: the block of lists (header row, then one column per list) and each input
 * column's validation source. Pure, so the formulas can be checked without Excel.
 */
export function dropdownPlan(lists: DropdownLists, layout: DropdownLayout) {
  const { headerRow, listsColumn } = layout;
  const columns = [
    { header: "Roles", items: lists.roles },
    { header: "Locations", items: lists.locations },
    ...lists.levels.map(({ role, levels }) => ({ header: role, items: levels })),
    // The list of a row whose role has no levels (leadership) or no role yet: nothing but empty.
    { header: noLevels, items: [] },
  ];
  const height = Math.max(...columns.map((c) => c.items.length));
  const values = [
    columns.map((c) => c.header),
    ...Array.from({ length: height }, (_, i) => columns.map((c) => c.items[i] ?? "")),
  ];
  const listOf = (index: number) => `=${block(headerRow + 1, listsColumn + index, columns[index].items.length, 1)}`;

  // The Level list follows the row's role: the column of the levels block headed by it, or the
  // empty last column when no column is (so the source is never an error, which Excel could
  // refuse). The role cell is relative ($A6), so each row reads its own. Every column is read
  // to the longest list's length, so a shorter list ends in empty entries. INDEX with row 0
  // gives that whole column as a reference, which a list source takes, with no OFFSET: a
  // modeller's review marks OFFSET down, as volatile and hard to audit.
  const levelsColumn = listsColumn + 2;
  const role = `$${columnLetter(layout.columns.Role)}${headerRow + 2}`;
  const headers = block(headerRow, levelsColumn, 1, lists.levels.length);
  const levelsHeight = Math.max(...lists.levels.map((l) => l.levels.length));
  /** Which column of the levels block (1-based) the row's role heads. */
  const levelColumn = `IFERROR(MATCH(${role},${headers},0),${lists.levels.length + 1})`;
  const levelsBlock = block(headerRow + 1, levelsColumn, levelsHeight, lists.levels.length + 1);
  const levelSource = `=INDEX(${levelsBlock},0,${levelColumn})`;

  return {
    title: `Lists for the dropdowns in Role, Level and Location: ${ns}.ROLES(), ${ns}.LOCATIONS(), ${ns}.LEVELS(role)`,
    values,
    sources: { Role: listOf(0), Location: listOf(1), Level: levelSource } satisfies Record<Input, string>,
    levelColumn,
    levelsHeight,
  };
}

/**
 * Writes the lists beside the table and the validation on the table's Role, Level and
 * Location cells (the table copies it to rows the user adds). Part of the plan's one batch.
 */
export function addPlanDropdowns(sheet: Excel.Worksheet, layout: DropdownLayout): void {
  const { title, values, sources } = dropdownPlan(dropdownLists(), layout);
  sheet.getRangeByIndexes(layout.headerRow - 1, layout.listsColumn, 1, 1).values = [[title]];
  const lists = sheet.getRangeByIndexes(layout.headerRow, layout.listsColumn, values.length, values[0].length);
  lists.numberFormat = values.map((row) => row.map(() => "@"));
  lists.values = values;
  lists.format.autofitColumns();
  for (const input of Object.keys(refusals) as Input[]) {
    const validation = sheet.getRangeByIndexes(
      layout.headerRow + 1,
      layout.columns[input],
      layout.rows,
      1,
    ).dataValidation;
    validation.ignoreBlanks = true;
    validation.rule = { list: { inCellDropDown: true, source: sources[input] } };
    validation.errorAlert = { showAlert: true, style: "Stop", title: `AIPAY: ${input}`, message: refusals[input] };
  }
}
