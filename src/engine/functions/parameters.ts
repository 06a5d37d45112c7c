/**
 * Every parameter of an AIPAY function, declared once: its name, the kind of value it takes,
 * whether it may be left out and what applies then, the example its messages suggest, and
 * how it is read. A function's required count and list parameters are derived from these,
 * and docs/functions.md's argument tables and the check of the Excel JSDoc read them too.
 * Each kind has one reader (in ../args); a parameter passes it its own name and example.
 */
import { dateArgument, optionalDate, taxYearArgument } from "../args/dates";
import { booleanInText, flagArgument, nonNegativeNumber, rateArgument, requiredNumber } from "../args/numbers";
import { levelArgument, optionalText, requiredText } from "../args/text";
import type { Day } from "../calendar/dates";
import { isBlank, isEmptyCell } from "../core/cells";
import { ArgumentMessage } from "../core/messages";
import { invalidValue, type LevelInput, type Scalar } from "../core/values";
import { latestTaxYear } from "../model/employer-costs";
import type { PayGuide } from "../model/guide";

export type ParameterKind =
  "text" | "option" | "level" | "number" | "amount" | "rate" | "date" | "taxYear" | "edition" | "flag" | "list" | "any";

/** What a parameter declares, whatever its kind. */
export interface Parameter {
  readonly name: string;
  readonly kind: ParameterKind;
  /** What the argument takes, in words: the start of the reference's "Accepts" column. */
  readonly about: string;
  /** Whether it may be left out: optional parameters come after the required ones. */
  readonly optional: boolean;
  /** What applies when it is left out, in words (never a figure or name from the data). */
  readonly default?: string;
  /** The value a message suggests, e.g. "MLOps Engineer". */
  readonly example?: string;
  /** A whole list (one value, a comma-separated list or a range), not lifted over. */
  readonly list: boolean;
  /** For amounts: what one is counted in, e.g. "£ a year". */
  readonly unit?: string;
  /** The bounds a number must keep to, both included. */
  readonly range?: { readonly min: number; readonly max: number };
  /** Option words: the canonical words, which Excel's AutoComplete offers (the JSDoc's enum). */
  readonly words?: (guide: PayGuide) => readonly string[];
  /** What lists the names the data holds for it, e.g. "`AIPAY.ROLES()`": the docs point there. */
  readonly listedBy?: string;
  /** More for the reference to say after what it accepts. */
  readonly note?: string;
}

/** A parameter read one value at a time: its kind's reader, with this parameter's name and example. */
export interface Reads<T> extends Parameter {
  read(value: Scalar, guide: PayGuide): T;
}

/** What a declaration says besides its name; `default` makes a parameter optional. */
interface Description {
  about: string;
  default?: string;
  example?: string;
  unit?: string;
  listedBy?: string;
  note?: string;
}
type WithDefault = Description & { default: string };
type WithoutDefault = Description & { default?: undefined };

function parameter<T>(
  name: string,
  kind: ParameterKind,
  description: Description & Partial<Pick<Parameter, "range" | "words">>,
  read: (value: Scalar, guide: PayGuide) => T,
): Reads<T> {
  return { name, kind, optional: description.default !== undefined, list: false, ...description, read };
}

/** Text such as a name the guide looks up (role, location, skill), or a word it reads (stage, table). */
export function text(name: string, description: WithoutDefault & { words?: Parameter["words"] }): Reads<string>;
export function text(name: string, description: WithDefault & { words?: Parameter["words"] }): Reads<string | null>;
export function text(name: string, description: Description & { words?: Parameter["words"] }) {
  const { example } = description;
  return description.default === undefined
    ? parameter(name, "text", description, (value) => requiredText(value, name, example))
    : parameter(name, "text", description, (value) => optionalText(value, name, example));
}

/**
 * An option word the guide resolves with its aliases (point, ir35); blank is `blank`, and
 * TRUE or FALSE (booleans, or that text in any case) mean `booleans` where given. Anything
 * else is refused, naming the words.
 */
export function option<T>(
  name: string,
  description: WithDefault & {
    words: NonNullable<Parameter["words"]>;
    blank: T;
    resolve: (guide: PayGuide, word: string) => T;
    booleans?: { true: T; false: T };
  },
): Reads<T> & Required<Pick<Parameter, "words">> {
  const { blank, resolve, booleans, ...declared } = description;
  const read = (value: Scalar, guide: PayGuide): T => {
    if (isEmptyCell(value)) return blank;
    // TRUE may arrive as the text "TRUE": Excel passes what is typed for an enum parameter as text.
    const flag = typeof value === "string" ? booleanInText(value) : value;
    if (booleans && typeof flag === "boolean") return flag ? booleans.true : booleans.false;
    if (typeof value !== "string") {
      const accepted = [...declared.words(guide).map((word) => `"${word}"`), ...(booleans ? ["TRUE", "FALSE"] : [])];
      throw invalidValue(ArgumentMessage.notOption(name, accepted, value));
    }
    return resolve(guide, value.trim());
  };
  return { ...parameter(name, "option", declared, read), words: declared.words };
}

/** A level name or years of experience; empty (null) for a leadership role. */
export const level = (name: string, description: WithoutDefault): Reads<LevelInput | null> =>
  parameter(name, "level", description, levelArgument);

/** A number parameter's declaration: a required one reads a number, an optional one null when blank. */
interface NumberDeclaration {
  (name: string, description: WithoutDefault & { example: string }): Reads<number>;
  (name: string, description: WithDefault & { example: string }): Reads<number | null>;
}

const numeric = (kind: ParameterKind, readNumber: typeof requiredNumber): NumberDeclaration =>
  ((name: string, description: Description & { example: string }) => {
    const read = (value: Scalar) => readNumber(value, name, description.example);
    const readOptional = (value: Scalar) => (isBlank(value) ? null : read(value));
    return parameter(name, kind, description, description.default === undefined ? read : readOptional);
  }) as NumberDeclaration;

/** Any number. */
export const number = numeric("number", requiredNumber);

/** An amount (money, days, heads) that cannot be negative. */
export const amount = numeric("amount", nonNegativeNumber);

/** A rate as a fraction (4% is 0.04), within `range` (0 to 1 unless given); undefined when blank. */
export const rate = (
  name: string,
  description: WithDefault & { range?: Parameter["range"] },
): Reads<number | undefined> => {
  const range = description.range ?? { min: 0, max: 1 };
  return parameter(name, "rate", { ...description, range }, (value) => rateArgument(value, name, range));
};

/** A date: a date cell or ISO text; an optional one is undefined when blank. */
export function date(name: string, description: WithoutDefault): Reads<Day>;
export function date(name: string, description: WithDefault): Reads<Day | undefined>;
export function date(name: string, description: Description) {
  return description.default === undefined
    ? parameter(name, "date", description, (value) => dateArgument(value, name))
    : parameter(name, "date", description, (value) => optionalDate(value, name));
}

/** A tax year, a date in one, or "latest"; blank is the tax year the workbook's edition or pin says. */
export const taxYear = (description: WithDefault): Reads<string> =>
  parameter("taxYear", "taxYear", description, (value, guide) =>
    taxYearArgument(value, guide.taxYear, latestTaxYear(guide.data.employerCosts)),
  );

/**
 * An edition of the guide, as text ("2026") or the number a cell holding 2026 gives; null when
 * blank. Whether AIPAY holds it is checked by whoever resolves it (EditionLibrary).
 */
export const edition = (name: string, description: WithDefault): Reads<string | null> =>
  parameter(name, "edition", { example: "2026", ...description }, (value) =>
    typeof value === "number" && Number.isInteger(value) ? String(value) : optionalText(value, name, "2026"),
  );

/** TRUE or FALSE; FALSE when blank. */
export const flag = (name: string, description: WithDefault): Reads<boolean> =>
  parameter(name, "flag", description, (value) => flagArgument(value, name));

/** A list parameter: its values reach evaluate in `context.lists`, never lifted over. */
export const list = (name: string, description: WithDefault): Parameter => ({
  name,
  kind: "list",
  optional: true,
  list: true,
  ...description,
});

/** An argument passed on as it is, for another function to read (BASIS's). */
export const passedOn = (name: string, description: WithDefault): Parameter => ({
  name,
  kind: "any",
  optional: true,
  list: false,
  ...description,
});
