/**
 * `npm run docs`: rewrites the generated tables of the docs: docs/functions.md's argument
 * tables from the engine's parameters, and docs/cli.md's and docs/taskpane.md's plan tables from its plan model.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { withArgumentTables } from "./function-tables";
import { withPlanTables, withSheetTables } from "./plan-tables";

const rewrite = (doc: string, generated: (markdown: string) => string) => {
  const file = path.resolve(__dirname, "../../../docs", doc);
  fs.writeFileSync(file, generated(fs.readFileSync(file, "utf8")));
};

rewrite("functions.md", withArgumentTables);
rewrite("cli.md", withPlanTables);
rewrite("taskpane.md", withSheetTables);
