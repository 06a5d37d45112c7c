/**
 * Parses one Excel function call with literal arguments, such as
 *   =AIPAY.SALARYBAND("MLOps Engineer", "Senior", , {"low","high"})
 * into its name and argument matrices, for the `aipay` command-line tool.
 *
 * Only literals are accepted (strings, numbers, TRUE/FALSE, array constants and
 * omitted arguments): the CLI has no worksheet, so cell references and nested
 * calls would have nothing to evaluate against, and are rejected with a message
 * that says what was expected and where.
 */
import type { Matrix, Scalar } from "../engine";

export interface ParsedCall {
  name: string;
  args: (Matrix | null)[];
}

/** Thrown for any text that is not one call with literal arguments. Positions in messages are 1-based characters. */
export class FormulaSyntaxError extends Error {
  override name = "FormulaSyntaxError";
}

// ---------------------------------------------------------------- tokenizer

type TokenKind = "string" | "number" | "word" | "symbol" | "end";

interface Token {
  kind: TokenKind;
  /** The token as written, for error messages. */
  source: string;
  /** 1-based character position of the token's first character. */
  position: number;
  /** The unescaped text of a string, the value of a number, otherwise the source. */
  value: string | number;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isLetter = (c: string | undefined) => c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
const isWordChar = (c: string | undefined) => isLetter(c) || isDigit(c) || c === "." || c === "_";
const isSpace = (c: string) => c.trim() === "";

function tokenize(text: string): Token[] {
  // Code points, not UTF-16 units, so positions count characters as a user sees them.
  const chars = Array.from(text);
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, start: number, value?: string | number) => {
    const source = chars.slice(start, i).join("");
    tokens.push({ kind, source, position: start + 1, value: value ?? source });
  };

  while (i < chars.length) {
    if (isSpace(chars[i])) {
      i++;
      continue;
    }
    const start = i;
    const numberEnd = scanNumber(chars, start); // equals start when no number begins here
    if (chars[i] === '"') {
      i++;
      let value = "";
      for (;;) {
        if (i >= chars.length) {
          throw new FormulaSyntaxError(
            `Expected '"' at position ${i + 1} to close the string that starts at position ${start + 1}`,
          );
        }
        if (chars[i] === '"' && chars[i + 1] === '"') {
          value += '"'; // "" inside a string is an escaped quote
          i += 2;
        } else if (chars[i] === '"') {
          i++;
          break;
        } else {
          value += chars[i++];
        }
      }
      push("string", start, value);
    } else if (numberEnd > start) {
      let value = Number(chars.slice(start, numberEnd).join(""));
      i = numberEnd;
      if (chars[i] === "%") {
        value /= 100;
        i++;
      }
      if (!Number.isFinite(value)) {
        throw new FormulaSyntaxError(
          `Expected a finite number at position ${start + 1}, found '${chars.slice(start, i).join("")}'`,
        );
      }
      push("number", start, value === 0 ? 0 : value); // Excel has no -0
    } else if (isLetter(chars[i]) || chars[i] === "_") {
      while (isWordChar(chars[i])) i++;
      push("word", start);
    } else {
      i++; // any other character is a one-character symbol; the parser rejects those it does not expect
      push("symbol", start);
    }
  }
  tokens.push({ kind: "end", source: "", position: chars.length + 1, value: "" });
  return tokens;
}

/**
 * Reads `[+-] digits [. digits] [e [+-] digits]` from `start` and returns where it ends,
 * or `start` itself when there is no number there (e.g. a lone '-' or '.').
 */
function scanNumber(chars: string[], start: number): number {
  let i = start;
  if (chars[i] === "+" || chars[i] === "-") i++;
  let mantissaDigits = 0;
  for (; isDigit(chars[i]); i++) mantissaDigits++;
  if (chars[i] === ".") {
    for (i++; isDigit(chars[i]); i++) mantissaDigits++;
  }
  if (mantissaDigits === 0) return start;
  if (chars[i] === "e" || chars[i] === "E") {
    i++;
    if (chars[i] === "+" || chars[i] === "-") i++;
    if (!isDigit(chars[i])) {
      const found = i < chars.length ? `'${chars[i]}'` : "end of formula";
      throw new FormulaSyntaxError(`Expected a digit in the exponent at position ${i + 1}, found ${found}`);
    }
    while (isDigit(chars[i])) i++;
  }
  return i;
}

// ------------------------------------------------------------------- parser

const describe = (token: Token) => (token.kind === "end" ? "end of formula" : `'${token.source}'`);

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  /** formula := ['='] name '(' arguments ')' end */
  parseCall(): ParsedCall {
    this.skipSymbol("=");
    const nameToken = this.peek();
    if (nameToken.kind !== "word") throw this.unexpected("a function name");
    this.index++;
    const name = nameToken.source.toUpperCase().replace(/^AIPAY\./, "");
    if (name === "") throw this.unexpected("a function name after 'AIPAY.'");
    this.expectSymbol("(", "'('");
    const args = this.parseArguments();
    if (this.peek().kind !== "end") throw this.unexpected("end of formula");
    return { name, args };
  }

  /** arguments := [argument] {',' [argument]} ')' — an empty slot is an omitted argument (null). */
  private parseArguments(): (Matrix | null)[] {
    if (this.skipSymbol(")")) return [];
    const args: (Matrix | null)[] = [];
    for (;;) {
      const omitted = this.isSymbol(",") || this.isSymbol(")");
      args.push(omitted ? null : this.parseArgument());
      if (this.skipSymbol(",")) continue;
      this.expectSymbol(")", "',' or ')'");
      return args;
    }
  }

  private parseArgument(): Matrix {
    if (this.isSymbol("{")) return this.parseArrayConstant();
    return [[this.parseLiteral("a string, number, TRUE, FALSE or {array}")]];
  }

  /** array := '{' literal {(',' | ';') literal} '}' — ',' separates columns, ';' rows. */
  private parseArrayConstant(): Matrix {
    this.expectSymbol("{", "'{'");
    const rows: Scalar[][] = [[]];
    for (;;) {
      const row = rows[rows.length - 1];
      row.push(this.parseLiteral("a string, number, TRUE or FALSE"));
      if (this.skipSymbol(",")) continue;
      const rowEnd = this.peek();
      if (!this.isSymbol(";") && !this.isSymbol("}")) throw this.unexpected("',', ';' or '}'");
      if (row.length !== rows[0].length) {
        throw new FormulaSyntaxError(
          `Expected ${rows[0].length} values in row ${rows.length} of the array (as in row 1) ` +
            `at position ${rowEnd.position}, found ${row.length}`,
        );
      }
      this.index++;
      if (rowEnd.source === "}") return rows;
      rows.push([]);
    }
  }

  private parseLiteral(expected: string): Scalar {
    const token = this.peek();
    if (token.kind === "string" || token.kind === "number") {
      this.index++;
      return token.value;
    }
    const upper = token.source.toUpperCase();
    if (token.kind === "word" && (upper === "TRUE" || upper === "FALSE")) {
      this.index++;
      return upper === "TRUE";
    }
    if (token.kind === "word") {
      // Say why a plausible-looking word is refused, not just that it is.
      const isCall = this.tokens[this.index + 1].kind === "symbol" && this.tokens[this.index + 1].source === "(";
      const reason = isCall ? "nested function calls are not supported" : "cell references and names are not supported";
      throw this.unexpected(expected, ` (${reason})`);
    }
    throw this.unexpected(expected);
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private isSymbol(symbol: string): boolean {
    const token = this.peek();
    return token.kind === "symbol" && token.source === symbol;
  }

  /** Consumes `symbol` if it is next; says whether it did. */
  private skipSymbol(symbol: string): boolean {
    if (!this.isSymbol(symbol)) return false;
    this.index++;
    return true;
  }

  private expectSymbol(symbol: string, expected: string): void {
    if (!this.skipSymbol(symbol)) throw this.unexpected(expected);
  }

  private unexpected(expected: string, reason = ""): FormulaSyntaxError {
    const token = this.peek();
    return new FormulaSyntaxError(
      `Expected ${expected} at position ${token.position}, found ${describe(token)}${reason}`,
    );
  }
}

/** Parses `[=]NAME(arg, ...)` with literal arguments; throws FormulaSyntaxError for anything else. */
export function parseFormula(text: string): ParsedCall {
  return new Parser(tokenize(text)).parseCall();
}
