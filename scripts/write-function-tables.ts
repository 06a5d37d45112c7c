/** `npm run docs`: rewrites docs/functions.md's argument tables from the engine's parameters. */
import * as fs from "node:fs";
import * as path from "node:path";
import { withArgumentTables } from "./function-tables";

const reference = path.resolve(__dirname, "../../../docs/functions.md");
fs.writeFileSync(reference, withArgumentTables(fs.readFileSync(reference, "utf8")));
