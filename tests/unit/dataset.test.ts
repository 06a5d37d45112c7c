import { bundledRawDataset, validateDataset, DatasetError } from "../../src/engine";

const copy = () => JSON.parse(JSON.stringify(bundledRawDataset));
type Tiers = { tier: string; optional?: true }[];
/** The tier rule's message for the vocabulary's tiers, and the tiers a table's levels give. */
function tierRule(raw: { vocabulary: { levelTiers: Tiers } }, table: { levels: { tier: string }[] }) {
  const { levelTiers } = raw.vocabulary;
  const optional = levelTiers.filter((t) => t.optional).map((t) => t.tier);
  const required = levelTiers.filter((t) => !t.optional).map((t) => t.tier);
  const mayAdd = optional.length ? ` (and may add ${optional.join(", ")})` : "";
  return `levels must cover the tiers ${required.join(", ")} in order${mayAdd}; found ${table.levels.map((l) => l.tier).join(",")}`;
}
const refusal = (raw: unknown) => {
  try {
    validateDataset(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as Error).message;
  }
  throw new Error("the loader accepted a broken dataset");
};

test("the bundled dataset passes its schema", () => {
  expect(() => validateDataset(bundledRawDataset)).not.toThrow();
});

describe("the loader refuses a broken dataset, naming the field", () => {
  test("a level removed", () => {
    const raw = copy();
    raw.guide.salaryTables[0].levels.splice(1, 1); // MLOps loses Mid-Level
    expect(refusal(raw)).toContain(`guide.salaryTables.0.levels: ${tierRule(raw, raw.guide.salaryTables[0])}`);
  });

  test("a day-rate level removed", () => {
    const raw = copy();
    delete raw.guide.dayRates.roles[1].rates.Senior;
    expect(refusal(raw)).toContain("guide.dayRates.roles.1.rates.Senior: missing day rate for level 'Senior'");
  });

  test("low and high swapped", () => {
    const raw = copy();
    raw.guide.salaryTables[2].levels[0].bands.London = { low: 75000, high: 58000 };
    expect(refusal(raw)).toContain("guide.salaryTables.2.levels.0.bands.London.low: low must not exceed high");
  });

  test("a string in place of a number", () => {
    const raw = copy();
    raw.guide.dayRates.roles[0].rates["Mid-Level"].low = "450";
    expect(refusal(raw)).toContain(
      "guide.dayRates.roles.0.rates.Mid-Level.low: Invalid input: expected number, received string",
    );
  });

  test("an unknown key", () => {
    const raw = copy();
    raw.guide.leadership.roles[0].bonus = 0.1;
    expect(refusal(raw)).toContain('guide.leadership.roles.0: Unrecognized key: "bonus"');
  });

  test("a table naming a role the vocabulary does not know", () => {
    const raw = copy();
    raw.guide.salaryTables[3].role = "Data Scientist";
    expect(refusal(raw)).toContain("guide.salaryTables.3.role: role 'Data Scientist' is not in vocabulary.roles");
  });

  test("a band missing from a column its table declares", () => {
    const raw = copy();
    delete raw.guide.salaryTables[1].levels[2].bands["Remote UK"];
    expect(refusal(raw)).toContain(
      "guide.salaryTables.1.levels.2.bands.Remote UK: missing band for column 'Remote UK'",
    );
  });

  test("a band in a column its table does not declare", () => {
    const raw = copy();
    raw.guide.leadership.roles[0].bands.Leeds = { low: 1, high: 2 };
    expect(refusal(raw)).toContain(
      "guide.leadership.roles.0.bands.Leeds: unknown column 'Leeds'; expected UK National, London",
    );
  });

  test("a column the vocabulary does not know", () => {
    const raw = copy();
    raw.guide.salaryTables[0].columns[2] = "Remote";
    for (const level of raw.guide.salaryTables[0].levels) level.bands.Remote = level.bands["Remote UK"];
    for (const level of raw.guide.salaryTables[0].levels) delete level.bands["Remote UK"];
    expect(refusal(raw)).toContain("guide.salaryTables.0.columns.2: location 'Remote' is not in vocabulary.locations");
  });

  test("a table without the default or the base location's column", () => {
    const raw = copy();
    raw.guide.defaultLocation = "Remote UK";
    raw.guide.regional.base = "Bristol";
    const problems = refusal(raw);
    expect(problems).toContain("guide.leadership.columns: columns must include the default location 'Remote UK'");
    expect(problems).toContain("guide.salaryTables.0.columns: columns must include the regional base 'Bristol'");
  });

  test("a tier the vocabulary does not list, and tiers out of order", () => {
    const raw = copy();
    raw.guide.dayRates.levels[0].tier = "middle";
    raw.guide.salaryTables[2].levels.reverse();
    const problems = refusal(raw);
    expect(problems).toContain(
      `guide.dayRates.levels.0.tier: tier 'middle' is not in vocabulary.levelTiers (${raw.vocabulary.levelTiers.map((t: { tier: string }) => t.tier).join(", ")})`,
    );
    expect(problems).toContain(`guide.salaryTables.2.levels: ${tierRule(raw, raw.guide.salaryTables[2])}`);
  });

  test("a new tier a table lacks, unless the tier is optional", () => {
    const raw = copy();
    raw.vocabulary.levelTiers.push({ tier: "emeritus", aliases: ["Emeritus"] });
    expect(refusal(raw)).toContain(`guide.salaryTables.0.levels: ${tierRule(raw, raw.guide.salaryTables[0])}`);
    expect(tierRule(raw, raw.guide.salaryTables[0])).toContain(", emeritus in order");
    raw.vocabulary.levelTiers.at(-1).optional = true;
    expect(() => validateDataset(raw)).not.toThrow();
  });

  test("a negative salary", () => {
    const raw = copy();
    raw.guide.salaryTables[0].levels[0].bands["Remote UK"].low = -1;
    expect(refusal(raw)).toContain("guide.salaryTables.0.levels.0.bands.Remote UK.low");
  });
});

describe("the loader refuses broken employer-cost rates, naming the field", () => {
  test("a rate without a gov.uk source", () => {
    const raw = copy();
    raw.employerCosts.taxYears[1].employerNic.rate.reference.href = "https://example.com/rates";
    expect(refusal(raw)).toContain(
      "employerCosts.taxYears.1.employerNic.rate.reference.href: a rate must cite a gov.uk page",
    );
  });

  test("a rate above 100%", () => {
    const raw = copy();
    raw.employerCosts.taxYears[0].pension.minimumEmployerRate.value = 3; // meant 3%
    expect(refusal(raw)).toContain("employerCosts.taxYears.0.pension.minimumEmployerRate.value");
  });

  test("tax-year dates that are not 6 April to 5 April", () => {
    const raw = copy();
    raw.employerCosts.taxYears[1].start = "2026-04-01";
    expect(refusal(raw)).toContain("employerCosts.taxYears.1.start: 2026/27 runs from 2026-04-06 to 2027-04-05");
  });

  test("a qualifying earnings band upside down", () => {
    const raw = copy();
    raw.employerCosts.taxYears[0].pension.qualifyingEarningsLower.value = 60000;
    expect(refusal(raw)).toContain(
      "employerCosts.taxYears.0.pension.qualifyingEarningsLower: the lower limit must be below the upper limit",
    );
  });

  test("a tax year listed twice", () => {
    const raw = copy();
    raw.employerCosts.taxYears[1] = raw.employerCosts.taxYears[0];
    expect(refusal(raw)).toContain("employerCosts.taxYears: each tax year may appear once");
  });

  test("billable days that do not follow from their breakdown", () => {
    const raw = copy();
    raw.employerCosts.contractor.billableDaysPerYear.breakdown.leave = 30;
    expect(refusal(raw)).toContain(
      "employerCosts.contractor.billableDaysPerYear.value: value must equal weekdays − leave − bank holidays − gaps",
    );
  });
});
