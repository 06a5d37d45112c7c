/**
 * The plan's tables in docs/cli.md, generated from the engine's plan model: its fields (a
 * plan file's columns) between `<!-- plan fields -->` and `<!-- /plan fields -->`, and its
 * inputs (`aipay plan`'s options) between `<!-- plan inputs -->` and `<!-- /plan inputs -->`.
 * docs/taskpane.md's tables of the plan sheet's inputs and columns come from the same model
 * and the sheet's layout, between `<!-- plan sheet inputs -->` and `<!-- plan sheet columns -->`
 * markers. Everything else in the files is hand-written. `npm run docs` rewrites the tables;
 * tests/unit/plan-tables.test.ts fails when they are stale.
 */
import {
  columnLetter,
  planFields,
  planInputs,
  bundledEngine,
  requiredFields,
  type PlanField,
  type PlanInput,
  planSheetFor,
  resolvePlanInputs,
} from "../src/engine";

const code = (text: string) => `\`${text}\``;

/** A declaration's words as the CLI's docs read them: links to the functions reference, names listed by the CLI. */
const forCli = (text: string) =>
  text
    .replace(/\]\(#/g, "](functions.md#")
    .replace(/`AIPAY\.(\w+\([^`]*\))`/g, (_, call: string) => `\`aipay '${call}'\``);

/** What a kind of value also accepts in a plan file, said once for every field of that kind. */
const kindNotes: Record<string, string> = {
  date: "an ISO date (2027-06-15), or day first as UK Excel writes it (15/06/2027)",
  rate: "a fraction or a percentage (0.04 or `4%`)",
  taxYear: "such as `2026/27`",
};

function fieldRow(field: PlanField): string {
  const parameter = field.parameter;
  const listed = parameter?.listedBy ? `; ${forCli(parameter.listedBy)} lists them` : "";
  const note = parameter && kindNotes[parameter.kind] ? `; ${kindNotes[parameter.kind]}` : "";
  const otherwise = (requiredFields as readonly string[]).includes(field.name)
    ? "required"
    : forCli(parameter?.default ?? "empty");
  return `| ${code(field.name)} | ${forCli(field.about)}${note}${listed} | ${otherwise} |`;
}

/** The plan file's columns: each field, what it takes, and what applies when it is empty or absent. */
export const planFieldsTable = (): string =>
  ["| Column | Accepts | Default |", "|---|---|---|", ...planFields.map(fieldRow)].join("\n");

function inputRow({ flag, label, parameter }: PlanInput): string {
  const note = kindNotes[parameter.kind] ? `; ${kindNotes[parameter.kind]}` : "";
  const otherwise = parameter.optional ? forCli(parameter.default!) : "required";
  return `| ${code(`--${flag}`)} | ${label} | ${forCli(parameter.about)}${note} | ${otherwise} |`;
}

/** `aipay plan`'s options: each of the plan's inputs, as the plan sheet labels it, and its default. */
export const planInputsTable = (): string =>
  ["| Option | In the plan sheet | Accepts | Default |", "|---|---|---|---|", ...planInputs.map(inputRow)].join("\n");

/** Where the plan sheet puts its inputs and columns: its layout for a plan of no rows. */
const aipay = bundledEngine();
const layout = () =>
  planSheetFor(
    aipay,
    [],
    resolvePlanInputs(aipay, { yearStart: "2026-04-01", taxYear: aipay.inForce().taxYear }),
    "AIPAY",
  );

/** The plan sheet's input block: each input's label, its cell and defined name, and what applies by default. */
export const sheetInputsTable = (): string => {
  const { names } = layout();
  const rows = planInputs.map(({ name, label, parameter }) => {
    const defined = names.find((n) => n.input === name)!;
    const cell = defined.address.replace(/\$/g, "");
    return `| ${label} | ${cell}, named \`${defined.name}\` | ${parameter.optional ? parameter.default : "the chosen budget year's first day"} |`;
  });
  return ["| Input | Cell | Default |", "|---|---|---|", ...rows].join("\n");
};

/** The plan table's columns: each field's header, its column, and what it takes. */
export const sheetColumnsTable = (): string => {
  const rows = planFields.map(
    (field, i) => `| ${field.header} | ${columnLetter(i)} | ${field.about.replace(/\]\(#/g, "](functions.md#")} |`,
  );
  return ["| Header | Column | Holds |", "|---|---|---|", ...rows].join("\n");
};

const sheetTables = [
  { block: /(<!-- plan sheet inputs -->\n)[\s\S]*?(<!-- \/plan sheet inputs -->)/, table: sheetInputsTable },
  { block: /(<!-- plan sheet columns -->\n)[\s\S]*?(<!-- \/plan sheet columns -->)/, table: sheetColumnsTable },
];

const tables = [
  { block: /(<!-- plan fields -->\n)[\s\S]*?(<!-- \/plan fields -->)/, table: planFieldsTable },
  { block: /(<!-- plan inputs -->\n)[\s\S]*?(<!-- \/plan inputs -->)/, table: planInputsTable },
];

/** `markdown` with `generated` tables rewritten, blank lines around each so that no marker reads as a row. */
const withTables =
  (generated: typeof tables) =>
  (markdown: string): string =>
    generated.reduce(
      (text, { block, table }) =>
        text.replace(block, (_, open: string, close: string) => `${open}\n${table()}\n\n${close}`),
      markdown,
    );

/** docs/cli.md with the plan's tables regenerated. */
export const withPlanTables = withTables(tables);

/** docs/taskpane.md with the plan sheet's tables regenerated. */
export const withSheetTables = withTables(sheetTables);
