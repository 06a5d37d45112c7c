/**
 * A later edition of the guide is written as an overlay: only the fields that changed, laid
 * over the edition it names as its base. Objects merge field by field; a list's rows are
 * matched by the fields that name them (role, level, location, stage, skill, id), so an
 * overlay changes one band without restating its table, and a row it names that the base
 * lacks is added. A value that is not an object replaces the base's.
 */

/** The fields that name a row of a list in the guide; a row is matched on every one of them it has. */
export const rowNames = ["role", "level", "location", "stage", "skill", "id"] as const;

type Json = unknown;
const isRecord = (value: Json): value is Record<string, Json> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The row's name: each naming field it has, with its value; empty for a row with none. */
export const rowName = (row: Json): string =>
  isRecord(row)
    ? rowNames
        .filter((field) => typeof row[field] === "string")
        .map((field) => `${field}=${String(row[field])}`)
        .join(";")
    : "";

function overlayList(base: readonly Json[], changes: readonly Json[], path: string): Json[] {
  const merged = [...base];
  for (const change of changes) {
    const name = rowName(change);
    if (name === "") throw new Error(`${path}: a changed row must name itself by one of ${rowNames.join(", ")}`);
    const at = merged.findIndex((row) => rowName(row) === name);
    if (at < 0) merged.push(change);
    else merged[at] = overlay(merged[at], change, `${path}[${name}]`);
  }
  return merged;
}

/** `base` with `changes` laid over it; neither is modified. Throws, naming the path, on a row that names nothing. */
export function overlay(base: Json, changes: Json, path = ""): Json {
  if (Array.isArray(base) && Array.isArray(changes)) {
    // A list of plain values (a table's columns, a source's inputs) is replaced whole.
    return changes.every(isRecord) && base.every(isRecord) ? overlayList(base, changes, path) : [...changes];
  }
  if (!isRecord(base) || !isRecord(changes)) return changes;
  const merged: Record<string, Json> = { ...base };
  for (const [key, value] of Object.entries(changes)) merged[key] = overlay(base[key], value, `${path}.${key}`);
  return merged;
}
