/**
 * functions.js carries the dataset without what only the task pane and the docs read
 * (scripts/functions-dataset.js). An engine built on that copy must answer every function
 * exactly as the engine on the whole dataset does: figures, BASIS and ROLECARD texts, and
 * every error's message. The sweep below calls each function over the dataset's own names.
 */
import { isDeepStrictEqual } from "node:util";
import { bundledRawDataset, Calculator, EngineError, FUNCTIONS, PayGuide, validateDataset } from "../support/engine";
import type { Dataset } from "../../src/engine/data/dataset-schema";
import { ROLECARD_FACTS } from "../../src/engine/functions/rolecard";
import { samples } from "../support/samples";

const script = require("../../scripts/functions-dataset") as { functionsDataset: (dataset: Dataset) => Dataset };

const validated = validateDataset(bundledRawDataset);

/** The functions' copy as the bundle gets it: through its JSON text (which also gives it this test's own arrays). */
const functionsDataset = (dataset: Dataset): Dataset => JSON.parse(JSON.stringify(script.functionsDataset(dataset)));

/** Calls into an engine built on `dataset`: a function by name, or the role card's facts. */
function engineOn(dataset: Dataset) {
  const calculator = new Calculator(new PayGuide(dataset), { functions: FUNCTIONS });
  const roleCardFacts = calculator.bindSpec(ROLECARD_FACTS);
  return (name: string, args: readonly unknown[]) =>
    name === "ROLECARD_FACTS" ? roleCardFacts(args) : calculator.call(name, args);
}

type Call = [name: string, args: unknown[]];

/** Each function over the guide's names, and through BASIS, where the data's prose and sources are read. */
function sweep(): Call[] {
  const call = engineOn(validated);
  const column = (name: string, ...args: unknown[]) => call(name, args).map(([value]) => value);
  const roles = column("ROLES");
  const locations = [...column("LOCATIONS"), "Atlantis"];
  const stages = [...column("STAGES"), null];
  const sourceKeys = [...Object.keys(validated.guide.source), null, "nope"];
  const taxYears = [...validated.employerCosts.taxYears, "latest", "2040/41"];
  const calls: Call[] = [];
  const withBasis = (name: string, args: unknown[]) => calls.push([name, args], ["BASIS", [name, ...args]]);
  for (const role of roles) {
    const levels = [...column("LEVELS", role).filter((level) => typeof level === "string"), null, 40];
    const skills = column("SKILLS", role).filter((skill) => typeof skill === "string");
    for (const level of levels) {
      for (const location of locations) {
        withBasis("SALARYBAND", [role, level, location, "range"]);
        withBasis("SALARYBAND", [role, level, location, 0.9, skills.join(", ")]);
        calls.push(["ROLECARD_FACTS", [role, level, location, null, skills[0] ?? null, null]]);
        for (const stage of stages) withBasis("TOTALCOMP", [role, level, location, "range", null, stage, 2e7]);
      }
      for (const ir35 of ["outside", "inside"])
        for (const specialist of [false, true]) withBasis("DAYRATE", [role, level, ir35, "range", specialist]);
      for (const year of taxYears) withBasis("PERMVSCONTRACT", [role, level, null, null, null, year]);
    }
    for (const skill of [...skills, "Kubernetes"]) withBasis("SKILLPREMIUM", [role, skill, "range"]);
  }
  for (const location of locations) withBasis("LOCATIONFACTOR", [location, "range"]);
  for (const key of sourceKeys) calls.push(["SOURCE", [key]]);
  for (const year of taxYears) {
    withBasis("LOADEDCOST", [85000, year, null, 0.1, true]);
    withBasis("CONTRACTCOST", [625, null, "inside", "client", year]);
  }
  withBasis("CONTRACTCOST", [625, null, null, null, null]);
  withBasis("GROWTH", [100000, "2026-01-01", "2028-01-01", null]);
  calls.push(["AGED", [100000, "2027-04-01", null]], ["MONTHLY", [73000, "2026-07-15", "2026-04-01", null, 4, null]]);
  for (const [name, cases] of Object.entries(samples)) for (const args of cases) calls.push([name, args]);
  return calls;
}

const calls = sweep();

/** The calls whose answers differ between the whole dataset and `dataset`. */
function differing(dataset: Dataset): Call[] {
  const [whole, part] = [engineOn(validated), engineOn(dataset)];
  return calls.filter(([name, args]) => !isDeepStrictEqual(part(name, args), whole(name, args)));
}

test("the sweep calls every function, and reads the sources, notes and headlines the functions cite", () => {
  const names = new Set(calls.flatMap(([name, args]) => (name === "BASIS" ? [name, String(args[0])] : [name])));
  expect([...FUNCTIONS.map((f) => f.name), "ROLECARD_FACTS"].filter((name) => !names.has(name))).toEqual([]);
  expect(calls.length).toBeGreaterThan(3000);
  const call = engineOn(validated);
  const cells = calls.flatMap(([name, args]) => call(name, args).flat());
  const texts = cells.map((cell) => (cell instanceof EngineError ? cell.message : String(cell)));
  const said = (part: string) => texts.some((text) => text.includes(part));
  // The LLM skills' ceiling cites its headline; CONTRACTCOST's days cite the contractor year.
  expect(said("to stay within 25% over the AI Engineer")).toBe(true);
  expect(said("AIPAY convention: the client's year")).toBe(true);
  expect(said("The guide's specialist day rate (£900–£1,100)")).toBe(true);
});

test("an engine on the functions' dataset answers every call of the sweep as on the whole dataset", () => {
  expect(differing(functionsDataset(validated))).toEqual([]);
});

test("the sweep notices a part the functions read: without the contractor year's title, CONTRACTCOST's basis differs", () => {
  const without = functionsDataset(validated);
  without.employerCosts.contractor.billableDaysPerYear.reference.title = "";
  expect(differing(without)).toContainEqual(["BASIS", ["CONTRACTCOST", 625, null, null, null, null]]);
});

test("what is left out is the task pane's: the market snapshot, unnamed headlines, the employer rates' references", () => {
  const part = functionsDataset(validated);
  expect(part.trends).not.toHaveProperty("marketSnapshot");
  expect(part.guide.headlines.map((h) => h.id).sort()).toEqual(["llm-skills-premium", "specialist-day-rate"]);
  expect(part.employerCosts.employerNic.rate.values[0]).toEqual({ from: "2025-04-06", value: 0.15 });
  expect(JSON.stringify(part).length).toBeLessThan(0.7 * JSON.stringify(validated).length);
  // The whole dataset it was made from is untouched.
  expect(validated.trends).toHaveProperty("marketSnapshot");
});

test("a part to leave out that the dataset no longer has fails the build, rather than silently staying in", () => {
  const renamed = structuredClone(validated) as unknown as { trends: Record<string, unknown> };
  delete renamed.trends.marketSnapshot;
  expect(() => functionsDataset(renamed as unknown as Dataset)).toThrow(
    "functions-dataset: nothing in the dataset at trends.marketSnapshot",
  );
});
