/**
 * Cells that hold an Excel data type. With `allowCustomDataForDataTypeAny` in the function
 * metadata (CustomFunctionsRuntime 1.4), Excel hands such a cell to a function as an object
 * shaped like Excel.CellValue instead of its plain value: an entity (a Geography, a Stock, a
 * card from another add-in), a formatted number, a typed string. AIPAY reads each one as the
 * plain value a formula sees when it uses the cell: an entity by the text the cell shows,
 * anything else by its basic value.
 */

/** A data-typed cell read as a plain value, an error code, or nothing AIPAY can read. */
export type BasicValue =
  | { kind: "value"; value: string | number | boolean | null }
  | { kind: "error"; code: string }
  | { kind: "unreadable"; what: string };

interface CellValueLike {
  type?: unknown;
  basicValue?: unknown;
  text?: unknown;
  properties?: unknown;
}

/** Data types whose plain value is what the cell shows, not their basic value (#VALUE!). */
const shownAsText = new Set(["Entity", "LinkedEntity"]);
/** Data types with no single value to read, with the words the message uses. */
const unreadable: Readonly<Record<string, string>> = {
  Array: "an array",
  WebImage: "an image",
  LocalImage: "an image",
  Function: "a function",
  Reference: "a reference",
};

/** True for an object that carries Excel.CellValue's `type` field. */
export const isCellValue = (value: unknown): value is CellValueLike =>
  typeof value === "object" && value !== null && typeof (value as CellValueLike).type === "string";

export function basicValueOf(cell: CellValueLike): BasicValue {
  const type = String(cell.type);
  if (shownAsText.has(type)) return typeof cell.text === "string" ? { kind: "value", value: cell.text } : noText;
  if (type in unreadable) return { kind: "unreadable", what: unreadable[type] };
  if (type === "Empty") return { kind: "value", value: null };
  const basic = cell.basicValue;
  if (type === "Error") return { kind: "error", code: typeof basic === "string" ? basic : "#VALUE!" };
  if (typeof basic === "string" || typeof basic === "number" || typeof basic === "boolean")
    return { kind: "value", value: basic };
  if (basic === undefined || basic === null || basic === "") return { kind: "value", value: null };
  return { kind: "unreadable", what: `a ${type} value` };
}

const noText: BasicValue = { kind: "unreadable", what: "an entity with no text" };

/** The fields that make an entity a role card, as AIPAY names its parameters. */
export const cardFieldNames = ["role", "level", "location"] as const;
export type CardField = (typeof cardFieldNames)[number];

/**
 * A role card's role, level and location fields, each as the host passed it (a cell value
 * to read like any other), when `value` is an entity with all three: ROLECARD's own card,
 * or another add-in's with fields of those names (in any case). Undefined for anything else,
 * which is read by the text it shows.
 */
export function cardFieldsOf(value: unknown): Record<CardField, unknown> | undefined {
  if (!isCellValue(value) || value.type !== "Entity") return undefined;
  const { properties } = value;
  if (typeof properties !== "object" || properties === null) return undefined;
  const byName = new Map(Object.entries(properties).map(([name, field]) => [name.toLowerCase(), field]));
  if (!cardFieldNames.every((name) => byName.has(name))) return undefined;
  return { role: byName.get("role"), level: byName.get("level"), location: byName.get("location") };
}
