import fc from "fast-check";
import { FormulaSyntaxError, parseFormula } from "../../src/cli/formula";

/** The args of a parsed call, for tests that only care about the arguments. */
const argsOf = (text: string) => parseFormula(text).args;

/** Runs parseFormula expecting a FormulaSyntaxError and returns its message. */
function syntaxErrorOf(text: string): string {
  try {
    parseFormula(text);
  } catch (error) {
    expect(error).toBeInstanceOf(FormulaSyntaxError);
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected, but it parsed`);
}

describe("parseFormula: the brief's examples", () => {
  test("SALARYBAND with four strings", () => {
    expect(parseFormula('SALARYBAND("MLOps Engineer","Senior","London","low")')).toEqual({
      name: "SALARYBAND",
      args: [[["MLOps Engineer"]], [["Senior"]], [["London"]], [["low"]]],
    });
  });

  test("an omitted argument between commas is null", () => {
    expect(parseFormula('DAYRATE("AI Engineer","Senior",,"high")')).toEqual({
      name: "DAYRATE",
      args: [[["AI Engineer"]], [["Senior"]], null, [["high"]]],
    });
  });

  test("a trailing comma omits the last argument", () => {
    expect(parseFormula("F(1,)")).toEqual({ name: "F", args: [[[1]], null] });
  });

  test("no arguments at all gives an empty list", () => {
    expect(parseFormula("F()")).toEqual({ name: "F", args: [] });
  });

  test("escaped quotes inside a string", () => {
    expect(argsOf('F("say ""hi""")')).toEqual([[['say "hi"']]]);
  });

  test("15% is 0.15", () => {
    expect(argsOf("F(15%)")).toEqual([[[0.15]]]);
  });
});

describe("function names", () => {
  test.each([
    ["SALARYBAND()", "SALARYBAND"],
    ["salaryband()", "SALARYBAND"],
    ["SalaryBand()", "SALARYBAND"],
    ["AIPAY.SALARYBAND()", "SALARYBAND"],
    ["aipay.dayrate()", "DAYRATE"],
    ["Aipay.DayRate()", "DAYRATE"],
    ["AIPAY.AIPAY.X()", "AIPAY.X"], // only one leading prefix is stripped
    ["MY.FUNC_2()", "MY.FUNC_2"],
    ["_F()", "_F"],
    ["AIPAY()", "AIPAY"], // no dot, so not a prefix
    ["AIPAYX.F()", "AIPAYX.F"],
  ])("%s is called %s", (text, name) => {
    expect(parseFormula(text).name).toBe(name);
  });
});

describe("leading '=' and whitespace", () => {
  test("an optional leading '='", () => {
    expect(parseFormula('=F("a")')).toEqual({ name: "F", args: [[["a"]]] });
  });

  test("whitespace around, between and inside every token boundary", () => {
    const text = '  \t= aipay.salaryband ( "a" , 2 ,  , { 1 , TRUE ; "x" , -3% } , )\n ';
    expect(parseFormula(text)).toEqual({
      name: "SALARYBAND",
      args: [
        [["a"]],
        [[2]],
        null,
        [
          [1, true],
          ["x", -0.03],
        ],
        null,
      ],
    });
  });

  test("whitespace inside strings is kept", () => {
    expect(argsOf('F("  two  spaces  ")')).toEqual([[["  two  spaces  "]]]);
  });

  test("F( ) with only whitespace has no arguments", () => {
    expect(argsOf("F(   )")).toEqual([]);
  });
});

describe("strings", () => {
  test("empty string", () => {
    expect(argsOf('F("")')).toEqual([[[""]]]);
  });

  test("a string that is only an escaped quote", () => {
    expect(argsOf('F("""")')).toEqual([[['"']]]);
  });

  test("commas, parentheses, braces and semicolons inside strings are text", () => {
    expect(argsOf('F("a,b)(c{d};e")')).toEqual([[["a,b)(c{d};e"]]]);
  });

  test("unicode text, including characters outside the BMP", () => {
    expect(argsOf('F("Zürich – £120k 🚀 日本")')).toEqual([[["Zürich – £120k 🚀 日本"]]]);
  });

  test("strings that look like other literals stay strings", () => {
    expect(argsOf('F("TRUE","1.5","A1")')).toEqual([[["TRUE"]], [["1.5"]], [["A1"]]]);
  });

  test("any string round-trips when its quotes are doubled", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (value) => {
        const quoted = `"${value.split('"').join('""')}"`;
        expect(argsOf(`F(${quoted})`)).toEqual([[[value]]]);
      }),
    );
  });
});

describe("numbers", () => {
  test.each([
    ["0", 0],
    ["42", 42],
    ["-5", -5],
    ["+7", 7],
    ["0.25", 0.25],
    [".5", 0.5],
    ["-.5", -0.5],
    ["5.", 5],
    ["1e3", 1000],
    ["1E3", 1000],
    ["2.5e-3", 0.0025],
    ["1e+2", 100],
    ["-1.5E2", -150],
    ["15%", 0.15],
    ["100%", 1],
    ["12.5%", 0.125],
    ["-20%", -0.2],
    ["1e2%", 1],
    ["007", 7],
  ])("%s is %p", (literal, value) => {
    expect(argsOf(`F(${literal})`)).toEqual([[[value]]]);
  });

  test("-0 becomes 0, since Excel has no negative zero", () => {
    const [[[value]]] = argsOf("F(-0)") as number[][][];
    expect(Object.is(value, 0)).toBe(true);
  });

  test("any finite number written by JavaScript reads back exactly", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(argsOf(`F(${value})`)).toEqual([[[value === 0 ? 0 : value]]]);
      }),
    );
  });
});

describe("booleans", () => {
  test.each([
    ["TRUE", true],
    ["FALSE", false],
    ["true", true],
    ["false", false],
    ["True", true],
    ["fAlSe", false],
  ])("%s is %p", (literal, value) => {
    expect(argsOf(`F(${literal})`)).toEqual([[[value]]]);
  });
});

describe("omitted arguments", () => {
  test.each([
    ["F(,)", [null, null]],
    ["F(,1)", [null, [[1]]]],
    ["F(1,,)", [[[1]], null, null]],
    ["F(,,,)", [null, null, null, null]],
    ["F( , )", [null, null]],
  ])("%s", (text, args) => {
    expect(argsOf(text)).toEqual(args);
  });
});

describe("array constants", () => {
  test("one row", () => {
    expect(argsOf("F({1,2,3})")).toEqual([[[1, 2, 3]]]);
  });

  test("one column", () => {
    expect(argsOf("F({1;2;3})")).toEqual([[[1], [2], [3]]]);
  });

  test("2×2 of strings", () => {
    expect(argsOf('F({"a","b";"c","d"})')).toEqual([
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ]);
  });

  test("a single element", () => {
    expect(argsOf("F({7})")).toEqual([[[7]]]);
  });

  test("mixed strings, numbers and booleans, with signs, exponents and %", () => {
    expect(argsOf('F({"x",-1,true;1e3,50%,FALSE})')).toEqual([
      [
        ["x", -1, true],
        [1000, 0.5, false],
      ],
    ]);
  });

  test("arrays mixed with scalars and omitted arguments", () => {
    expect(argsOf('F("a",{1,2},,{3;4})')).toEqual([[["a"]], [[1, 2]], null, [[3], [4]]]);
  });
});

describe("syntax errors say what was expected and where", () => {
  test.each([
    // [input, exact message]
    ["", "Expected a function name at position 1, found end of formula"],
    ["   ", "Expected a function name at position 4, found end of formula"],
    ["=", "Expected a function name at position 2, found end of formula"],
    ["==F()", "Expected a function name at position 2, found '='"],
    ['"F"()', "Expected a function name at position 1, found '\"F\"'"],
    ["1()", "Expected a function name at position 1, found '1'"],
    ["AIPAY.()", "Expected a function name after 'AIPAY.' at position 7, found '('"],
    ["SALARYBAND", "Expected '(' at position 11, found end of formula"],
    ['F "a"', "Expected '(' at position 3, found '\"a\"'"],
    ['F("a"', "Expected ',' or ')' at position 6, found end of formula"],
    ['F("a",', "Expected a string, number, TRUE, FALSE or {array} at position 7, found end of formula"],
    ['SALARYBAND("MLOps Engineer" "Senior")', "Expected ',' or ')' at position 29, found '\"Senior\"'"],
    ["F(1 2)", "Expected ',' or ')' at position 5, found '2'"],
    ["F(1;2)", "Expected ',' or ')' at position 4, found ';'"],
    ["F(1.2.3)", "Expected ',' or ')' at position 6, found '.3'"],
    ["F(1)x", "Expected end of formula at position 5, found 'x'"],
    ["F(1))", "Expected end of formula at position 5, found ')'"],
    ["F(1) G(2)", "Expected end of formula at position 6, found 'G'"],
    ["F(-)", "Expected a string, number, TRUE, FALSE or {array} at position 3, found '-'"],
    ["F(1+2)", "Expected ',' or ')' at position 4, found '+2'"],
    ["F($5)", "Expected a string, number, TRUE, FALSE or {array} at position 3, found '$'"],
    ["F(😀)", "Expected a string, number, TRUE, FALSE or {array} at position 3, found '😀'"],
    ['F("😀", 😀)', "Expected a string, number, TRUE, FALSE or {array} at position 8, found '😀'"],
  ])("%p", (text, message) => {
    expect(syntaxErrorOf(text)).toBe(message);
  });

  test("cell references are refused, with the reason", () => {
    expect(syntaxErrorOf("F(A1)")).toBe(
      "Expected a string, number, TRUE, FALSE or {array} at position 3, found 'A1' " +
        "(cell references and names are not supported)",
    );
    expect(syntaxErrorOf('F("x", Sheet1.B2)')).toBe(
      "Expected a string, number, TRUE, FALSE or {array} at position 8, found 'Sheet1.B2' " +
        "(cell references and names are not supported)",
    );
  });

  test("ranges are refused at the reference", () => {
    expect(syntaxErrorOf("F(A1:B2)")).toMatch(/^Expected a .* at position 3, found 'A1' \(cell references/);
  });

  test("nested function calls are refused, with the reason", () => {
    expect(syntaxErrorOf('SALARYBAND(UPPER("x"))')).toBe(
      "Expected a string, number, TRUE, FALSE or {array} at position 12, found 'UPPER' " +
        "(nested function calls are not supported)",
    );
  });

  test("unterminated strings name where they started", () => {
    expect(syntaxErrorOf('F("abc')).toBe("Expected '\"' at position 7 to close the string that starts at position 3");
    // The doubled quote is an escape, so this string never closes either.
    expect(syntaxErrorOf('F("a"")')).toBe("Expected '\"' at position 8 to close the string that starts at position 3");
  });

  test("an exponent needs digits", () => {
    expect(syntaxErrorOf("F(1e)")).toBe("Expected a digit in the exponent at position 5, found ')'");
    expect(syntaxErrorOf("F(2E+")).toBe("Expected a digit in the exponent at position 6, found end of formula");
  });

  test("numbers too large for a double are refused", () => {
    expect(syntaxErrorOf("F(1e999)")).toBe("Expected a finite number at position 3, found '1e999'");
  });

  test("positions count characters, not UTF-16 code units", () => {
    // "🚀" is two UTF-16 units but one character: the bad '1' is character 7.
    expect(syntaxErrorOf('F("🚀" 1)')).toBe("Expected ',' or ')' at position 7, found '1'");
  });

  test("positions include leading whitespace and '='", () => {
    expect(syntaxErrorOf("  =F(1 2)")).toBe("Expected ',' or ')' at position 8, found '2'");
  });
});

describe("array constant errors", () => {
  test.each([
    ["F({1,2;3})", "Expected 2 values in row 2 of the array (as in row 1) at position 9, found 1"],
    ["F({1;2,3})", "Expected 1 values in row 2 of the array (as in row 1) at position 9, found 2"],
    ["F({1,2;3,4;5})", "Expected 2 values in row 3 of the array (as in row 1) at position 13, found 1"],
    ["F({})", "Expected a string, number, TRUE or FALSE at position 4, found '}'"],
    ["F({1,,2})", "Expected a string, number, TRUE or FALSE at position 6, found ','"],
    ["F({1,})", "Expected a string, number, TRUE or FALSE at position 6, found '}'"],
    ["F({;})", "Expected a string, number, TRUE or FALSE at position 4, found ';'"],
    ["F({1,2)", "Expected ',', ';' or '}' at position 7, found ')'"],
    ["F({1 2})", "Expected ',', ';' or '}' at position 6, found '2'"],
    ["F({{1}})", "Expected a string, number, TRUE or FALSE at position 4, found '{'"],
    [
      "F({A1})",
      "Expected a string, number, TRUE or FALSE at position 4, found 'A1' " +
        "(cell references and names are not supported)",
    ],
    ["F({1}", "Expected ',' or ')' at position 6, found end of formula"],
    ["F(1})", "Expected ',' or ')' at position 4, found '}'"],
  ])("%p", (text, message) => {
    expect(syntaxErrorOf(text)).toBe(message);
  });
});

test("FormulaSyntaxError is an Error with its own name", () => {
  const error = new FormulaSyntaxError("x");
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe("FormulaSyntaxError");
  expect(error.message).toBe("x");
});
