/** The census command's arguments, and its usage written from the engine's census columns. */
import { censusColumns, companyBandColumns, jobMapColumns, type TableColumn } from "../engine";
import { commandLine, UsageError } from "./plan-options";

export interface CensusArguments {
  readonly file: string;
  readonly bands?: string;
  readonly map?: string;
  readonly taxYear?: string;
  readonly target?: string;
  readonly output?: string;
  readonly json: boolean;
  readonly summary: boolean;
}

const names = (columns: readonly TableColumn[]) => columns.map((c) => (c.required ? c.name : `[${c.name}]`)).join(", ");

export const censusUsage = `aipay census FILE [--bands FILE] [--map FILE] [--tax-year YYYY/YY] [--target market|company] [--json] [--summary] [-o FILE]
  Prices an employee census against the market: each person's market band, compa-ratio, range position,
  gaps to the band's low end and mid and their loaded cost, streamed as CSV to stdout (or to -o FILE).
  The census is CSV with a header line, one line per person: ${names(censusColumns)}
  (other columns are kept as text). The salary is the pay actually received; fte scales the band.
  --bands FILE              the company's bands, CSV or JSON: ${names(companyBandColumns)}
  --map FILE                the job map, CSV or JSON: ${names(jobMapColumns)}
  --tax-year YYYY/YY        the employer rates the gaps are costed at (default: the edition's tax year)
  --target market|company   the band the gaps are measured to (default: market; company needs --bands)
  -o, --output FILE         write the report to FILE, replaced only once the whole census is priced
  --json                    the report as one JSON document
  --summary                 the summary by department, role and level instead of a line a person
  Nothing is sent anywhere: the census is read and the report written on this machine only.`;

/** The census command's arguments read; throws UsageError, or returns "help" for --help. */
export function readCensusArguments(args: string[]): CensusArguments | "help" {
  const parsed = commandLine(args, {
    bands: { type: "string" },
    map: { type: "string" },
    "tax-year": { type: "string" },
    target: { type: "string" },
    output: { type: "string", short: "o" },
    json: { type: "boolean" },
    summary: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  const { positionals } = parsed;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const text = (name: string) => values[name] as string | undefined;
  if (values.help) return "help";
  if (positionals.length !== 1) throw new UsageError("give one census file.");
  return {
    file: positionals[0],
    bands: text("bands"),
    map: text("map"),
    taxYear: text("tax-year"),
    target: text("target"),
    output: text("output"),
    json: values.json === true,
    summary: values.summary === true,
  };
}
