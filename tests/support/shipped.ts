/**
 * The shipped dataset's lists, read straight from its JSON, for tests that state what a
 * function lists or an error names: such a test follows a data edit instead of pinning
 * today's names (tests/unit/dataset-regression.test.ts pins those).
 */
import { bundledRawDataset } from "./engine";

const { guide, vocabulary, editions } = bundledRawDataset;
const defaultEdition = editions.editions.find((e) => e.id === editions.default)!;

export const list = (names: readonly string[]) => names.join(", ");

export const shipped = {
  roles: vocabulary.roles.map((r) => r.name),
  locations: vocabulary.locations.map((l) => l.name),
  /** Roles by table kind, in the guide's order. */
  salaryRoles: guide.salaryTables.map((t) => t.role),
  dayRateRoles: guide.dayRates.roles.map((r) => r.role),
  leadershipRoles: guide.leadership.roles.map((r) => r.role),
  skillRoles: guide.skillPremiums.map((s) => s.role),
  dayRateLevels: guide.dayRates.levels.map((l) => l.level),
  factorLocations: guide.regional.rows.map((r) => r.location),
  stages: guide.companyStages.stages.map((s) => s.stage),
  /** The editions of the guide, oldest first; the one a workbook without a pin uses, and its tax year. */
  editions: editions.editions.map((e) => e.id),
  defaultEdition: defaultEdition.id,
  defaultTaxYear: defaultEdition.defaultTaxYear,
  /** A role's permanent levels, as LEVELS lists them. */
  salaryLevels: (role: string) => guide.salaryTables.find((t) => t.role === role)!.levels.map((l) => l.level),
  /** A role's premium skills as the guide lists them. */
  skills: (role: string) => guide.skillPremiums.find((s) => s.role === role)!.skills.map((s) => s.skill),
};
