/**
 * Duplicates in the dataset are refused with the duplicate's path: the look-ups fold names
 * and keep one of two equal spellings, so a duplicate would silently change answers.
 */
import { bundledRawDataset, validateDataset } from "../support/engine";
import type { Dataset } from "../../src/engine/data/dataset-schema";

type Raw = Dataset;
const copy = (): Raw => JSON.parse(JSON.stringify(bundledRawDataset));
const problems = (raw: Raw) => {
  try {
    validateDataset(raw);
  } catch (error) {
    return (error as Error).message.split("\n").slice(1);
  }
  return [];
};

const cases: [string, (raw: Raw) => string][] = [
  [
    "a second salary table for a role (it used to replace the first)",
    (raw) => {
      const again = structuredClone(raw.guide.salaryTables[0]);
      again.levels[0].bands.London = { low: 31000, high: 31001 };
      raw.guide.salaryTables.push(again);
      return `guide.salaryTables.${raw.guide.salaryTables.length - 1}.role: duplicate name '${again.role}': guide.salaryTables.0 already uses it`;
    },
  ],
  [
    "an alias equal to another role's name",
    (raw) => {
      const [first, second] = raw.vocabulary.roles;
      second.aliases.push(first.name);
      return `vocabulary.roles.1.aliases.${second.aliases.length - 1}: duplicate name '${first.name}': vocabulary.roles.0 already uses it`;
    },
  ],
  [
    "a role listed twice, in another spelling",
    (raw) => {
      const name = raw.vocabulary.roles[0].name.toUpperCase().replace(/ /g, "-");
      raw.vocabulary.roles.push({ name, aliases: [] });
      return `vocabulary.roles.${raw.vocabulary.roles.length - 1}.name: duplicate name '${name}': vocabulary.roles.0 already uses it`;
    },
  ],
  [
    "a location listed twice",
    (raw) => {
      const last = raw.vocabulary.locations.length - 1;
      raw.vocabulary.locations[last].aliases.push(raw.vocabulary.locations[0].name);
      return `vocabulary.locations.${last}.aliases.${raw.vocabulary.locations[last].aliases.length - 1}: duplicate name`;
    },
  ],
  [
    "two levels of one table with the same name",
    (raw) => {
      const levels = raw.guide.salaryTables[1].levels;
      levels[1].level = levels[0].level;
      return `guide.salaryTables.1.levels.1.level: duplicate name '${levels[0].level}': guide.salaryTables.1.levels.0 already uses it`;
    },
  ],
  [
    "a day-rate row for a role twice",
    (raw) => {
      raw.guide.dayRates.roles.push(structuredClone(raw.guide.dayRates.roles[0]));
      return `guide.dayRates.roles.${raw.guide.dayRates.roles.length - 1}.role: duplicate name`;
    },
  ],
  [
    "a leadership role twice",
    (raw) => {
      raw.guide.leadership.roles.push(structuredClone(raw.guide.leadership.roles[0]));
      return `guide.leadership.roles.${raw.guide.leadership.roles.length - 1}.role: duplicate name`;
    },
  ],
  [
    "one role's skill alias equal to another of its skills",
    (raw) => {
      const { skills } = raw.guide.skillPremiums[0];
      skills[1].aliases.push(skills[0].skill);
      return `guide.skillPremiums.0.skills.1.aliases.${skills[1].aliases.length - 1}: duplicate name '${skills[0].skill}'`;
    },
  ],
  [
    "a skill list for a role twice",
    (raw) => {
      raw.guide.skillPremiums.push(structuredClone(raw.guide.skillPremiums[0]));
      return `guide.skillPremiums.${raw.guide.skillPremiums.length - 1}.role: duplicate name`;
    },
  ],
  [
    "a company stage alias equal to another stage",
    (raw) => {
      const [first, second] = raw.guide.companyStages.stages;
      second.aliases.push(first.label);
      return `guide.companyStages.stages.1.aliases.${second.aliases.length - 1}: duplicate name '${first.label}'`;
    },
  ],
  [
    "a regional row twice",
    (raw) => {
      raw.guide.regional.rows.push(structuredClone(raw.guide.regional.rows[0]));
      return `guide.regional.rows.${raw.guide.regional.rows.length - 1}.location: duplicate name`;
    },
  ],
  [
    "a headline id twice",
    (raw) => {
      raw.guide.headlines.push(structuredClone(raw.guide.headlines[0]));
      return `guide.headlines.${raw.guide.headlines.length - 1}.id: duplicate name`;
    },
  ],
  [
    "a point word given to two points",
    (raw) => {
      const [first, second] = raw.vocabulary.points;
      second.aliases.push(first.aliases[0]);
      return `vocabulary.points.1.aliases.${second.aliases.length - 1}: duplicate name`;
    },
  ],
];

test("the shipped dataset has no duplicate names", () => expect(problems(copy())).toEqual([]));

test.each(cases)("refused: %s", (_, corrupt) => {
  const raw = copy();
  const expected = corrupt(raw);
  expect(problems(raw)).toEqual([expect.stringContaining(expected)]);
});

test("an item may repeat its own spelling (a stage's label equal to its name)", () => {
  const raw = copy();
  const stage = raw.guide.companyStages.stages[0];
  stage.aliases.push(stage.stage);
  expect(problems(raw)).toEqual([]);
});
