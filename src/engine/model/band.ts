/** A band as the guide's model returns it: a low–high range, whose it is, and where it was printed. */
import type { Range } from "../data/schema";

export interface Provenance {
  /** The guide section, e.g. "2. MLOps Engineer Salaries". */
  section: string;
  /** The table in that section. */
  table?: string;
  /** The list in that section (skill premiums, key findings). */
  list?: string;
  /**
   * Set when the figure is not printed in the guide but derived from printed figures by
   * the guide's rules (regions, skills, company stage, percentiles): which rules, with
   * their factors and sections.
   */
  derived?: string;
}

export interface Band extends Range {
  role: string;
  /** The level as the table prints it, e.g. "Senior (4–7 years)"; empty for leadership roles. */
  level: string;
  location: string;
  provenance: Provenance;
}
