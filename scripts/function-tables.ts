/**
 * The argument tables of docs/functions.md, generated from the engine's parameter
 * declarations (src/engine/functions/parameters.ts). Each table sits between
 * `<!-- arguments: NAME -->` and `<!-- /arguments -->`, and the option words' table between
 * `<!-- option words -->` and `<!-- /option words -->`; everything else in the file is
 * hand-written. A table names no role, location or level of the data: it points to the
 * function that lists them, so a data-only change leaves the reference true.
 * `npm run docs` rewrites the tables; tests/unit/function-tables.test.ts fails when they are stale.
 */
import { bundledEngine, FUNCTIONS, ROLECARD } from "../src/engine";

const guide = bundledEngine().guide();
import type { Parameter } from "../src/engine/functions/parameters";
import type { Signature } from "../src/engine/functions/spec";

/** Every function whose arguments the reference tabulates: the engine's, and ROLECARD. */
export const tabulated: readonly Signature[] = [...FUNCTIONS, ROLECARD].filter((f) => f.parameters.length > 0);

const code = (text: string) => `\`${text}\``;
/** A number as the reference prints it: with a minus sign, not a hyphen. */
const signed = (n: number) => (n < 0 ? `−${-n}` : String(n));
const oneOf = (items: readonly string[]) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;

/** What the kind itself accepts, said once here for every parameter of that kind. */
const kindNotes: Partial<Record<Parameter["kind"], (p: Parameter) => string>> = {
  date: () => "as a date cell or ISO text",
  rate: (p) => `from ${signed(p.range!.min)} to ${signed(p.range!.max)} (4% is 0.04 or \`4%\`)`,
};

/** The "Accepts" cell: the option words, what it is, its unit and example, and where the names are listed. */
function accepts(p: Parameter): string {
  const words = p.words && !p.listedBy ? `${oneOf(p.words(guide).map(code))}: ` : "";
  const parts = [
    `${words}${p.about}`,
    ...(p.unit ? [`in ${p.unit}`] : []),
    ...(kindNotes[p.kind] ? [kindNotes[p.kind]!(p)] : []),
    ...(p.kind === "text" && p.example && !p.words ? [`e.g. ${code(p.example)}`] : []),
  ];
  const listed = p.listedBy ? `; ${p.listedBy} lists them` : "";
  const note = p.note ? `. ${p.note}` : "";
  return `${parts.join(", ")}${listed}${note}`;
}

const cells = (p: Parameter) => [accepts(p), p.optional ? p.default! : "required"];

/** The table's rows: one a parameter, and one for a run of parameters that read alike (BASIS's arg1 … arg7). */
function rows(parameters: readonly Parameter[]): string[] {
  const runs: { names: string[]; cells: string[] }[] = [];
  for (const p of parameters) {
    const last = runs[runs.length - 1];
    const these = cells(p);
    if (last && last.cells.join("|") === these.join("|")) last.names.push(p.name);
    else runs.push({ names: [p.name], cells: these });
  }
  return runs.map(({ names, cells }) => {
    const named =
      names.length > 2 ? `${code(names[0])} … ${code(names[names.length - 1])}` : names.map(code).join(", ");
    return `| ${[named, ...cells].join(" | ")} |`;
  });
}

/** One function's argument table, as Markdown. */
export function argumentTable(signature: Signature): string {
  return ["| Argument | Accepts | Default |", "|---|---|---|", ...rows(signature.parameters)].join("\n");
}

/**
 * The option words Excel's AutoComplete offers, by parameter: the functions that take it
 * and its words, or where the data's words are listed.
 */
export function optionWordsTable(): string {
  const byName = new Map<string, { of: string[]; offered: string }>();
  for (const f of tabulated)
    for (const p of f.parameters.filter((p) => p.words)) {
      const offered = p.listedBy ? `the names ${p.listedBy} lists` : p.words!(guide).map(code).join(", ");
      const row = byName.get(p.name) ?? byName.set(p.name, { of: [], offered }).get(p.name)!;
      row.of.push(f.name);
    }
  const rows = [...byName].map(([name, { of, offered }]) => `| ${code(name)} | ${of.join(", ")} | ${offered} |`);
  return ["| Argument | Of | Offered |", "|---|---|---|", ...rows].join("\n");
}

const block = /(<!-- arguments: (\w+) -->\n)[\s\S]*?(<!-- \/arguments -->)/g;
const optionsBlock = /(<!-- option words -->\n)[\s\S]*?(<!-- \/option words -->)/;

/** A table between its markers, with blank lines around it so that no Markdown reader takes a marker for a row. */
const blankLinesAround = (open: string, table: string, close: string) => `${open}\n${table}\n\n${close}`;

/** The functions whose tables `markdown` holds, in order. */
export const tablesIn = (markdown: string): string[] => [...markdown.matchAll(block)].map((match) => match[2]);

/** `markdown` with the option words and every argument table regenerated; an unknown function name is an error. */
export function withArgumentTables(markdown: string): string {
  const byName = new Map(tabulated.map((f) => [f.name, f]));
  const withOptions = markdown.replace(optionsBlock, (_, open: string, close: string) =>
    blankLinesAround(open, optionWordsTable(), close),
  );
  return withOptions.replace(block, (_, open: string, name: string, close: string) => {
    const signature = byName.get(name);
    if (!signature) throw new Error(`docs/functions.md has an argument table for ${name}, which takes no arguments.`);
    return blankLinesAround(open, argumentTable(signature), close);
  });
}
