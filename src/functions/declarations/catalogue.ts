/**
 * The guide's vocabulary as Excel custom functions: ROLES, LEVELS, LOCATIONS, SKILLS,
 * STAGES and SOURCE. The JSDoc is the declaration custom-functions-metadata-plugin reads.
 */

import { engine, invoke } from "../excel";

// Option words, declared as custom enums so that Excel's formula AutoComplete offers them
// (CustomFunctionsRuntime 1.5). The members are the canonical words of src/data; a test
// checks them against the engine's parameters. Parameters typed by an enum still receive
// whatever the cell holds, and the engine reads it as before: aliases, numbers and
// booleans keep working. They are ambient (declare): only the metadata and the types use
// them, so no JavaScript is emitted for them. The metadata plugin reads each file on its
// own, so an enum is declared in the one file whose functions use it.

/**
 * One of the guide's kinds of table.
 * @customenum {string}
 */
declare enum RoleTable {
  /** Permanent salaries by level. */
  salary = "salary",
  /** Contractor day rates. */
  dayrate = "dayrate",
  /** Leadership roles: one band per location. */
  leadership = "leadership",
}

/**
 * A field of the guide's source record.
 * @customenum {string}
 */
declare enum SourceKey {
  /** The guide's title. */
  name = "name",
  /** Who published it. */
  publisher = "publisher",
  /** The edition. */
  edition = "edition",
  /** The date its figures are as of. */
  asOf = "asOf",
  /** The day AIPAY takes the figures to be as of, from which AGED ages them. */
  effectiveDate = "effectiveDate",
  /** Why that day was chosen. */
  effectiveDateBasis = "effectiveDateBasis",
  /** The period of market data it covers. */
  coverage = "coverage",
  /** Which percentiles its salary ranges are. */
  percentiles = "percentiles",
  /** The full citation (the default). */
  citation = "citation",
  /** The file the dataset transcribes. */
  document = "document",
  /** The market data sources the guide lists (spills a column). */
  inputs = "inputs",
  /** The guide section that states its methodology. */
  reference = "reference",
}

/**
 * The guide's role names, as a vertical list for data validation.
 * @customfunction ROLES
 * @helpurl https://localhost:3000/help.html#roles
 * @param [table] All roles by default, or only those with a "salary", "dayrate" or "leadership" table.
 * @returns One role per row.
 */
export function roles(table?: RoleTable[][]): any[][] {
  return invoke(engine.ROLES, [table]);
}

/**
 * The levels the guide publishes for a role, as a vertical list.
 * @customfunction LEVELS
 * @helpurl https://localhost:3000/help.html#levels
 * @param role Role, e.g. "LLM Engineer".
 * @param [table] "salary" (default when the role has permanent salaries) or "dayrate".
 * @returns One level per row.
 */
export function levels(role: any[][], table?: RoleTable[][]): any[][] {
  return invoke(engine.LEVELS, [role, table]);
}

/**
 * The locations the guide publishes, as a vertical list.
 * @customfunction LOCATIONS
 * @helpurl https://localhost:3000/help.html#locations
 * @returns One location per row.
 */
export function locations(): any[][] {
  return invoke(engine.LOCATIONS, []);
}

/**
 * A role's premium skills as the guide lists them, as a vertical list (for SALARYBAND's skills).
 * @customfunction SKILLS
 * @helpurl https://localhost:3000/help.html#skills
 * @param role Role with premium skills, e.g. "AI Engineer" (AIPAY.SKILLS(role) lists a role's skills).
 * @returns One skill per row.
 */
export function skills(role: any[][]): any[][] {
  return invoke(engine.SKILLS, [role]);
}

/**
 * The company stages of the guide's startup vs enterprise table, as a vertical list (for SALARYBAND's stage).
 * @customfunction STAGES
 * @helpurl https://localhost:3000/help.html#stages
 * @returns One stage per row.
 */
export function stages(): any[][] {
  return invoke(engine.STAGES, []);
}

/**
 * Where AIPAY's figures come from: the guide's name, edition and as-of date.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/help.html#source
 * @param [key] One field, e.g. "citation", "asOf", "publisher", "coverage" or "inputs" (an unknown key lists all). Omit for the full citation.
 * @returns The citation, or the field asked for.
 */
export function source(key?: SourceKey[][]): any[][] {
  return invoke(engine.SOURCE, [key]);
}
