/**
 * Excel on the web refuses a message over 5 MB, and a function's answer reaches Excel as one
 * message. An answer that large is refused with a message saying how to split the inputs;
 * anything smaller passes untouched.
 */
import { evaluate, type Matrix } from "../support/engine";
import { fitForExcel, jsonSize, maxAnswerSize } from "../../src/engine/calculator/excel-limit";
import { engine, invoke } from "../../src/functions/excel";

class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
Object.assign(globalThis, { CustomFunctions: { Error: StandInError } });

/** MONTHLY for `hires` hires of 85,000 a year from 1 January 2026, as Excel passes a column. */
const monthlyArgs = (hires: number) => [Array.from({ length: hires }, () => [85000]), "2026-01-01", "2026-01-01"];

test("the size counted is the length of the answer's JSON, errors and text included", () => {
  const answers: Matrix[] = [
    evaluate("MONTHLY", monthlyArgs(3)),
    evaluate("SALARYBAND", [[["MLOps Engineer"], ["Nobody"]], "Senior", null, "range"]),
    evaluate("PERMVSCONTRACT", ["MLOps Engineer", "Senior"]),
    [[-1.2345678901234567e308, 0.1, true, null, '£ "quoted"']],
  ];
  for (const answer of answers) {
    const asJson = JSON.stringify(
      answer.map((row) => row.map((cell) => (typeof cell === "object" && cell !== null ? { ...cell } : cell))),
    );
    expect(jsonSize(answer)).toBe(asJson.length);
  }
});

describe("a monthly spill", () => {
  // 60,000 hires of 85,000 a year from 1 January 2026: January is 85,000 / 12 = 7,083.33,
  // and every month is paid, so each row's JSON is 94 characters: about 5.6 MB in all.
  const hires = 60_000;
  const whole = evaluate("MONTHLY", monthlyArgs(hires));
  const size = JSON.stringify(whole).length;

  test("over 5 MB is refused, saying how many rows a formula can take", () => {
    expect(whole[0][0]).toBe(7083.33);
    expect(size).toBeGreaterThan(maxAnswerSize);
    const rowsThatFit = Math.floor((hires * maxAnswerSize) / size);
    const [[refusal], ...rest] = invoke(() => whole, []);
    expect(rest).toEqual([]);
    expect(refusal).toEqual(
      new StandInError(
        "#VALUE!",
        `The answer is 60,000 rows by 12 columns, about ${(size / 1e6).toFixed(1)} MB: more than the 5 MB Excel on the web accepts from a function. Split the inputs into ranges of at most ${rowsThatFit.toLocaleString("en-GB")} rows, a formula each.`,
      ),
    );
    // The rows it names do fit (every row here is the same).
    expect(jsonSize(whole.slice(0, rowsThatFit))).toBeLessThanOrEqual(maxAnswerSize);
  });

  test("under 5 MB reaches Excel whole", () => {
    const rows = whole.slice(0, 50_000);
    const answer = invoke(() => rows, []);
    expect(answer).toHaveLength(50_000);
    expect(answer[0]).toEqual(whole[0]);
    expect(JSON.stringify(answer).length).toBeLessThan(maxAnswerSize);
  });

  test("through the adapter, as Excel calls MONTHLY", () => {
    const [[refusal]] = invoke(engine.MONTHLY, monthlyArgs(hires));
    expect(refusal).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^The answer is 60,000 rows/) });
  });
});

test("a long column of long error messages counts too", () => {
  // 20,000 unknown roles, each a #N/A with a message listing every valid role (some 300 characters).
  const unknown = Array.from({ length: 20_000 }, (_, i) => [`Role ${i}`]);
  const answer = evaluate("SALARYBAND", [unknown, "Senior"]);
  expect(jsonSize(answer)).toBeGreaterThan(maxAnswerSize);
  expect(fitForExcel(answer)).toHaveLength(1);
  expect(fitForExcel(answer.slice(0, 1000))).toHaveLength(1000);
});
