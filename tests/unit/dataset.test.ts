import { bundledRawDataset, validateDataset, DatasetError } from "../support/engine";

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
    raw.employerCosts.employerNic.rate.values[1].reference.href = "https://example.com/rates";
    expect(refusal(raw)).toContain(
      "employerCosts.employerNic.rate.values.1.reference.href: a rate must cite a gov.uk page",
    );
  });

  test("a rate above 100%", () => {
    const raw = copy();
    raw.employerCosts.pension.minimumEmployerRate.values[0].value = 3; // meant 3%
    expect(refusal(raw)).toContain(
      "employerCosts.pension.minimumEmployerRate.values.0.value: the pension minimum must be between 0% and 20%: check for a slipped decimal",
    );
  });

  test("a monthly threshold that is not the annual one ÷ 12", () => {
    const raw = copy();
    raw.employerCosts.employerNic.secondaryThresholdMonthly.values[0].value = 4170; // meant 417
    expect(refusal(raw)).toContain(
      "employerCosts.employerNic.secondaryThresholdMonthly: the monthly threshold must be the annual one ÷ 12, rounded (from 2025-04-06: £4170 a month against £5000 a year)",
    );
  });

  test("a negative threshold", () => {
    const raw = copy();
    raw.employerCosts.employerNic.secondaryThreshold.values[0].value = -5000;
    expect(refusal(raw)).toContain("employerCosts.employerNic.secondaryThreshold.values.0.value: Too small");
  });

  test("a parameter without its unit, or with another parameter's", () => {
    const raw = copy();
    delete raw.employerCosts.employerNic.rate.unit;
    raw.employerCosts.pension.qualifyingEarningsUpper.unit = "/1"; // pounds written as a fraction
    const message = refusal(raw);
    expect(message).toContain('employerCosts.employerNic.rate.unit: Invalid input: expected "/1"');
    expect(message).toContain(
      'employerCosts.pension.qualifyingEarningsUpper.unit: Invalid input: expected "currency-GBP/year"',
    );
  });

  test("a parameter with no values", () => {
    const raw = copy();
    raw.employerCosts.apprenticeshipLevy.rate.values = [];
    expect(refusal(raw)).toContain("employerCosts.apprenticeshipLevy.rate.values: Too small");
  });

  test("dated values out of order", () => {
    const raw = copy();
    const values = raw.employerCosts.employerNic.rate.values;
    [values[0], values[1]] = [values[1], values[0]];
    expect(refusal(raw)).toContain(
      "employerCosts.employerNic.rate.values.1.from: values must be in date order: 2025-04-06 comes before 2026-04-06, the date of the value above",
    );
  });

  test("two values in force from the same date", () => {
    const raw = copy();
    const [first] = raw.employerCosts.employerNic.secondaryThreshold.values;
    raw.employerCosts.employerNic.secondaryThreshold.values.splice(1, 0, { ...first, value: 9100 });
    expect(refusal(raw)).toContain(
      "employerCosts.employerNic.secondaryThreshold.values.1.from: two values are in force from 2025-04-06: a date starts one value",
    );
  });

  test("a date that is not a calendar day", () => {
    const raw = copy();
    raw.employerCosts.pension.minimumEmployerRate.values[0].from = "2025-04-31";
    expect(refusal(raw)).toContain("employerCosts.pension.minimumEmployerRate.values.0.from: Invalid ISO date");
  });

  test("a parameter that comes into force after the first tax year held begins", () => {
    const raw = copy();
    raw.employerCosts.apprenticeshipLevy.allowance.values[0].from = "2025-05-01";
    expect(refusal(raw)).toContain(
      `employerCosts.apprenticeshipLevy.allowance.values.0.from: AIPAY prices ${raw.employerCosts.taxYears[0]}, so a value must be in force from its first day, 2025-04-06`,
    );
  });

  test("a tax year whose second year does not follow the first", () => {
    const raw = copy();
    raw.employerCosts.taxYears[1] = "2026/28";
    expect(refusal(raw)).toContain("employerCosts.taxYears.1: the second year must follow the first");
  });

  test("tax years out of order or with a gap", () => {
    const raw = copy();
    raw.employerCosts.taxYears = ["2026/27", "2025/26"];
    expect(refusal(raw)).toContain(
      "employerCosts.taxYears.1: tax years are listed in order with none missing: 2027/28 comes after 2026/27",
    );
    raw.employerCosts.taxYears = ["2025/26", "2027/28"];
    expect(refusal(raw)).toContain(
      "employerCosts.taxYears.1: tax years are listed in order with none missing: 2026/27 comes after 2025/26",
    );
  });

  test("a qualifying earnings band upside down", () => {
    const raw = copy();
    raw.employerCosts.pension.qualifyingEarningsLower.values[0].value = 60000;
    expect(refusal(raw)).toContain(
      "employerCosts.pension.qualifyingEarningsLower: the lower limit must be below the upper limit (from 2025-04-06: £60000 and £50270)",
    );
  });

  test("a qualifying earnings band upside down only after a mid-year change", () => {
    const raw = copy();
    // Within the first year held, so the change stays in date order whatever later years add.
    const upper = raw.employerCosts.pension.qualifyingEarningsUpper.values;
    upper.splice(1, 0, { ...upper[0], from: "2025-10-06", value: 6000 });
    expect(refusal(raw)).toContain(
      "employerCosts.pension.qualifyingEarningsLower: the lower limit must be below the upper limit (from 2025-10-06: £6240 and £6000)",
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
      "employerCosts.contractor.billableDaysPerYear.value: value must equal weekdays − leave − bank holidays (the client's year)",
    );
  });
});

describe("the loader refuses well-formed figures a reader would catch, naming the field", () => {
  test("a day rate below the level before it", () => {
    const raw = copy();
    raw.guide.dayRates.roles[0].rates.Senior = { low: 400, high: 500 }; // MLOps Mid-Level is £450 – £550
    expect(refusal(raw)).toContain(
      "guide.dayRates.roles.0.rates.Senior.low: Senior (£400 – £500) is paid below Mid-Level, the level before it (£450 – £550): levels rise",
    );
  });

  test("a leadership UK Range above London's", () => {
    const raw = copy();
    raw.guide.leadership.roles[0].bands["UK National"] = { low: 150000, high: 190000 }; // London is £140k – £180k
    expect(refusal(raw)).toContain(
      "guide.leadership.roles.0.bands.UK National.low: UK National (£150,000 – £190,000) is paid above London (£140,000 – £180,000)",
    );
  });

  test("the rule holds only where §8 prints a location as the highest", () => {
    const raw = copy();
    delete raw.guide.regional.rows.find((r: { location: string }) => r.location === "London").highest;
    raw.guide.salaryTables[0].levels[2].bands["Remote UK"] = { low: 90000, high: 115000 };
    expect(() => validateDataset(raw)).not.toThrow();
  });

  test("employer rates outside what a UK tax year could hold", () => {
    for (const [edit, expected] of [
      [
        (raw: any) => (raw.employerCosts.employerNic.class1ARate.values[0].value = 1.5),
        "employerCosts.employerNic.class1ARate.values.0.value: an employer NI rate must be between 5% and 25%",
      ],
      [
        (raw: any) => (raw.employerCosts.apprenticeshipLevy.rate.values[0].value = 0.05),
        "employerCosts.apprenticeshipLevy.rate.values.0.value: the Apprenticeship Levy must be between 0% and 2%",
      ],
    ] as const) {
      const raw = copy();
      edit(raw);
      expect(refusal(raw)).toContain(expected);
    }
  });

  test("a leadership table naming a column it does not print for other locations", () => {
    const raw = copy();
    raw.guide.leadership.elsewhere.column = "Remote UK";
    expect(refusal(raw)).toContain(
      "guide.leadership.elsewhere.column: 'Remote UK' is not one of the table's columns (UK National, London)",
    );
  });

  test("a skill ceiling over a role with no salary table", () => {
    const raw = copy();
    raw.guide.skillPremiums[2].ceiling.over = "ML Engineer";
    expect(refusal(raw)).toContain("guide.skillPremiums.2.ceiling.over: no salary table for 'ML Engineer'");
  });
});
