/**
 * The plan command's arguments: one option per plan input, as the engine's plan model
 * declares them (their flags, what they take, their defaults), and the usage text written
 * from those declarations, so an input added to the model is an option here with no edit.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { isoFromUk, planFields, planInputs, requiredFields, type PlanInput, type PlanInputsGiven } from "../engine";

export interface PlanArguments {
  /** The plan file. */
  readonly file: string;
  /** Each input given on the command line, as typed (a day-first date read as ISO). */
  readonly given: PlanInputsGiven;
  /** Where the budget goes: a file replaced only once the whole plan is priced; stdout when absent. */
  readonly output?: string;
  /** The edition of the guide to price from; AIPAY's default edition when absent. */
  readonly edition?: string;
  readonly json: boolean;
  /** The summary (by department, quarter and scenario) instead of a line a position. */
  readonly summary: boolean;
}

/** Arguments that do not make a plan command; the usage follows its message. */
export class UsageError extends Error {}

/** What an option's value looks like in the usage, by the kind of value its input takes. */
const placeholders: Record<string, string> = {
  date: "DATE",
  taxYear: "YYYY/YY",
  rate: "RATE",
  number: "N",
  amount: "N",
  text: "WORD",
};

/** The declarations' Markdown as plain text. */
const plain = (text: string) => text.replace(/`/g, "");

const flagOf = (input: PlanInput) => `--${input.flag} ${placeholders[input.parameter.kind]}`;

/** One option's lines of usage: its flag, what it takes, and its default or that it is required. */
function optionLine(input: PlanInput, width: number): string {
  const { about, optional, default: otherwise } = input.parameter;
  const applies = optional ? `default: ${plain(otherwise!)}` : "required";
  return `  ${flagOf(input).padEnd(width)}  ${plain(about)} (${applies})`;
}

const inputWidth = Math.max(...planInputs.map((input) => flagOf(input).length), "-o, --output FILE".length);
const required = planInputs.filter((input) => !input.parameter.optional);

export const planUsage = `aipay plan FILE ${required.map(flagOf).join(" ")} [options]
  Prices a plan file into a monthly budget, streamed as CSV to stdout (or to -o FILE). The file is
  CSV (comma, semicolon or tab separated) with a header line naming its columns, one line per position:
    ${planFields.map((field) => field.name).join(", ")}
  (${requiredFields.join(" and ")} required; headers compare without case, spaces, underscores or hyphens).
  Options, the plan's inputs:
${planInputs.map((input) => optionLine(input, inputWidth)).join("\n")}
  ${"-o, --output FILE".padEnd(inputWidth)}  write the budget to FILE, replaced only once the whole plan is priced
  ${"--edition ID".padEnd(inputWidth)}  the edition of the guide to price from, as aipay diff and EDITIONS() name them (AIPAY's default edition)
  ${"--json".padEnd(inputWidth)}  the budget as one JSON document (rows, totals, assumptions)
  ${"--summary".padEnd(inputWidth)}  the summary instead of a line a position: the plan and each department by month,
  ${"".padEnd(inputWidth)}  quarter and year, one-off costs and heads in post apart, and the low, mid and high scenarios`;

const inputOptions = Object.fromEntries(planInputs.map((input) => [input.flag, { type: "string" as const }]));

/** A message about an input as the command line names it: by its option, not its name in the model. */
export const withFlags = (message: string): string =>
  planInputs.reduce((text, input) => text.replace(new RegExp(`\\b${input.name}\\b`, "g"), `--${input.flag}`), message);

/** A command's options and positionals, as parseArgs reads them; throws UsageError for an unknown option. */
export function commandLine(args: string[], options: NonNullable<ParseArgsConfig["options"]>) {
  try {
    return parseArgs({ args, allowPositionals: true, options });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const option = /'([^']+)'/.exec(message)?.[1];
    throw new UsageError(code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? `unknown option ${option}.` : message);
  }
}

/** The plan command's arguments read; throws UsageError, or returns "help" for --help. */
export function readPlanArguments(args: string[]): PlanArguments | "help" {
  const parsed = commandLine(args, {
    ...inputOptions,
    output: { type: "string", short: "o" },
    edition: { type: "string" },
    json: { type: "boolean" },
    summary: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  const { positionals } = parsed;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) return "help";
  if (positionals.length !== 1) throw new UsageError("give one plan file.");
  const missing = required.find((input) => typeof values[input.flag] !== "string");
  if (missing) throw new UsageError(`--${missing.flag} is required.`);
  const given: Record<string, string> = {};
  for (const input of planInputs) {
    const text = values[input.flag];
    if (typeof text !== "string") continue;
    given[input.name] = input.parameter.kind === "date" ? (isoFromUk(text) ?? text) : text;
  }
  return {
    file: positionals[0],
    given,
    output: values.output as string | undefined,
    edition: values.edition as string | undefined,
    json: values.json === true,
    summary: values.summary === true,
  };
}
