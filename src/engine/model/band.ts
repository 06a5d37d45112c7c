/** A band as the guide's model returns it: a low–high range, whose it is, and where it was printed. */
import type { GuideSource, Range } from "../data/schema";

/** Where a band's figures were printed (the guide's section and its table or list), and the rules that derived it. */
export interface Provenance extends GuideSource {
  /**
   * Set when the figure is not printed in the guide but derived from printed figures by
   * the guide's rules (regions, skills, company stage, percentiles): which rules, with
   * their factors and sections.
   */
  derived?: string;
}

/** Where a figure or rule was printed, as one line: "2. MLOps Engineer Salaries, Permanent Salary Ranges (Annual, £)". */
export const citation = ({ section, table, list }: GuideSource) => [section, table ?? list].filter(Boolean).join(", ");

export interface Band extends Range {
  role: string;
  /**
   * The level as its table prints it: a salary table's label, e.g. "Senior (4–7 years)", or
   * a day-rate column's heading, e.g. "Senior"; empty for leadership roles.
   */
  level: string;
  /** The level's name in its table, as LEVELS lists it, e.g. "Senior"; empty for leadership roles. */
  levelName: string;
  location: string;
  /** The currency of low and high, e.g. "GBP". */
  unit: string;
  /** The period an amount is for: "year" for salaries, "day" for day rates. */
  per: string;
  provenance: Provenance;
}
