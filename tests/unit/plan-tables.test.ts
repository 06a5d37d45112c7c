/**
 * docs/cli.md's plan tables are what the engine's plan model generates (`npm run docs`):
 * a row for every field and every input, in the model's order.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { planFields, planInputs } from "../support/engine";
import {
  planFieldsTable,
  planInputsTable,
  sheetColumnsTable,
  sheetInputsTable,
  withPlanTables,
  withSheetTables,
} from "../../scripts/plan-tables";

const cliDoc = fs.readFileSync(path.resolve(__dirname, "../../docs/cli.md"), "utf8");
const paneDoc = fs.readFileSync(path.resolve(__dirname, "../../docs/taskpane.md"), "utf8");

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

test("docs/taskpane.md's plan sheet tables are the generated ones, a row for every input and field", () => {
  expect(withSheetTables(paneDoc)).toBe(paneDoc);
  expect(paneDoc).toContain(sheetInputsTable());
  expect(paneDoc).toContain(sheetColumnsTable());
  // The inputs sit in B1 down, in the model's order, each with its defined name; the fields from column A.
  const cells = [...sheetInputsTable().matchAll(/\| (B\d+), named `(\w+)` \|/g)].map((match) => [match[1], match[2]]);
  expect(cells).toEqual(planInputs.map((input, i) => [`B${i + 1}`, input.name[0].toUpperCase() + input.name.slice(1)]));
  const headers = [...sheetColumnsTable().matchAll(/^\| ([^|]+) \| [A-Z]+ \|/gm)].map((match) => match[1]);
  expect(headers).toEqual(planFields.map((field) => field.header));
});
