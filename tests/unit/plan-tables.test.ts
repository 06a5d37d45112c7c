/**
 * docs/cli.md's plan tables are what the engine's plan model generates (`npm run docs`):
 * a row for every field and every input, in the model's order.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { planFields, planInputs } from "../../src/engine";
import { planFieldsTable, planInputsTable, withPlanTables } from "../../scripts/plan-tables";

const cliDoc = fs.readFileSync(path.resolve(__dirname, "../../docs/cli.md"), "utf8");

test("the committed plan tables are the generated ones (run `npm run docs` after changing the plan model)", () => {
  expect(withPlanTables(cliDoc)).toBe(cliDoc);
  expect(cliDoc).toContain(planFieldsTable());
  expect(cliDoc).toContain(planInputsTable());
});

test("a row for every field and every input, in the model's order", () => {
  const names = (table: string) => [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
  expect(names(planFieldsTable())).toEqual(planFields.map((field) => field.name));
  expect(names(planInputsTable())).toEqual(planInputs.map((input) => `--${input.flag}`));
});

test("a hand edit inside a table is undone", () => {
  const edited = cliDoc.replace("| `notes` | carried through", "| `notes` | kept");
  expect(edited).not.toBe(cliDoc);
  expect(withPlanTables(edited)).toBe(cliDoc);
});
