/**
 * `aipay diff FROM TO [--role ROLE] [--json]`: the published figures that differ between two
 * editions of the guide, as AIPAY.CHANGES gives them, one CSV line (or JSON array) each.
 */
import { changeColumns, EngineError, type AipayEngine, type Cell } from "../engine";
import { csvLine } from "./plan-csv";
import { exitCodes, writeOut } from "./output";

export const diffUsage = "aipay diff FROM TO [--role ROLE] [--json]       the published figures two editions differ in";

/** CHANGES' rows for two editions; throws the EngineError that says why there are none. */
export function diffRows(engine: AipayEngine, from: string, to: string, role: string | null = null): Cell[][] {
  const rows = engine.evaluate("CHANGES", [from, to, role]);
  const refused = rows[0][0];
  if (refused instanceof EngineError) throw refused;
  return rows.map((row) => [...row]);
}

export async function runDiff(engine: AipayEngine, argv: readonly string[]): Promise<number> {
  const json = argv.includes("--json");
  const at = argv.indexOf("--role");
  const role = at >= 0 ? (argv[at + 1] ?? "") : null;
  const roleArguments = at < 0 ? [] : [at, at + 1];
  const editions = argv.filter((arg, i) => arg !== "--json" && !roleArguments.includes(i));
  if (editions.length !== 2 || role === "" || editions.some((e) => e.startsWith("--"))) {
    process.stderr.write(`aipay: ${diffUsage}\n`);
    return exitCodes.failure;
  }
  let rows: Cell[][];
  try {
    rows = diffRows(engine, editions[0], editions[1], role);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    process.stderr.write(`${error.code}: ${error.message}\n`);
    return exitCodes.resultError;
  }
  const header = [...changeColumns];
  if (json) {
    const objects = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
    await writeOut(`${JSON.stringify(objects)}\n`);
  } else {
    const lines = [header, ...rows].map((row) => csvLine(row as (string | number)[], ","));
    await writeOut(lines.join(""));
  }
  return exitCodes.ok;
}
