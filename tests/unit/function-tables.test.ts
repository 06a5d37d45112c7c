/**
 * docs/functions.md's argument tables are what the engine's parameter declarations
 * generate (`npm run docs`), one table for every function that takes arguments, and they
 * list none of the data's names: each points to the function that lists them instead.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { payGuide } from "../support/engine";
import { tablesIn, tabulated, withArgumentTables } from "../../scripts/function-tables";

const reference = fs.readFileSync(path.resolve(__dirname, "../../docs/functions.md"), "utf8");

test("the committed argument tables are the generated ones (run `npm run docs` after changing a parameter)", () => {
  expect(withArgumentTables(reference)).toBe(reference);
});

test("the reference holds the option words' table once", () => {
  expect(reference.split("<!-- option words -->").length).toBe(2);
});

test("every function that takes arguments has exactly one argument table", () => {
  expect(tablesIn(reference).sort()).toEqual(tabulated.map((f) => f.name).sort());
});

test("a hand edit inside a table is undone, and a table for a function without arguments is refused", () => {
  const edited = reference.replace("| `salary` | an annual salary", "| `salary` | a salary");
  expect(edited).not.toBe(reference);
  expect(withArgumentTables(edited)).toBe(reference);
  expect(() => withArgumentTables("<!-- arguments: LOCATIONS -->\n<!-- /arguments -->")).toThrow(/LOCATIONS/);
});

/** The names the shipped data holds, which a data-only change may add to or rename. */
const dataNames = new Set([
  ...payGuide.roleNames,
  ...payGuide.locationNames,
  ...payGuide.data.guide.salaryTables.flatMap((t) => t.levels.map((l) => l.level)),
  ...payGuide.rules.stageNames,
  ...payGuide.roleNames.flatMap((role) => {
    try {
      return payGuide.rules.skillNames(role);
    } catch {
      return []; // a role with no premium skills
    }
  }),
]);

/** The data's names a table cell quotes as code. */
const namesIn = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].filter(([, name]) => dataNames.has(name));

/** The argument rows of every table, each split into its cells. */
const argumentRows = reference
  .split("<!-- arguments: ")
  .slice(1)
  .map((part) => part.split("<!-- /arguments -->")[0])
  .flatMap((table) => table.split("\n").filter((line) => line.startsWith("| `")))
  .map((row) => row.replace(/ \|$/, "").split(" | "));

test("no cell of a table names more than one of the data's roles, locations, levels, stages or skills", () => {
  const cells = argumentRows.flat();
  expect(cells.length).toBeGreaterThan(100);
  expect(cells.filter((cell) => namesIn(cell).length > 1)).toEqual([]);
  // A cell that lists roles, as the hand-written tables once did, is caught.
  expect(namesIn(payGuide.roleNames.map((name) => `\`${name}\``).join(", ")).length).toBe(payGuide.roleNames.length);
});

test("no Default cell names one of the data's names: what applies is said in words, such as the guide's default location", () => {
  const defaults = argumentRows.map((cells) => cells[cells.length - 1]);
  expect(defaults).toContain("required");
  expect(defaults.filter((cell) => namesIn(cell).length > 0)).toEqual([]);
  // The default location as the table once gave it is caught.
  expect(namesIn(`\`${payGuide.defaultLocation}\``).length).toBe(1);
});
