/**
 * Pathological but legal text: a skills cell at Excel's 32,767-character maximum, names far
 * longer than any spelling, text over the cap. Each must cost a scan, not a scan per comma
 * or per character, and every message must stay short.
 */
import fc from "fast-check";
import { EngineError, evaluate, FUNCTIONS, payGuide } from "../support/engine";
import { maxTextLength, shortened } from "../../src/engine/core/cells";
import { NameIndex } from "../../src/engine/core/names";
import { splitSkills } from "../../src/engine/model/premiums";
import { checkProperty } from "../support/fuzz";
import { samples } from "../support/samples";

const one = (name: string, args: unknown[]) => evaluate(name, args)[0][0];
const msOf = (run: () => void) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

/** The splitter it replaces: a comma followed by a closing bracket before any opening one is inside brackets. */
const regexSplit = (text: string) =>
  text
    .split(/,(?![^()]*\))/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

test("skills split in one pass the same way as the look-ahead expression did", () => {
  const text = fc.string({ unit: fc.constantFrom("a", "b", " ", ",", "(", ")"), maxLength: 40 });
  checkProperty(
    fc.property(text, (t) => expect(splitSkills(t)).toEqual(regexSplit(t))),
    5_000,
  );
  expect(splitSkills("RAG, Fine-tuning (LoRA, QLoRA), vLLM")).toEqual(["RAG", "Fine-tuning (LoRA, QLoRA)", "vLLM"]);
});

/** An Excel-maximum cell repeating one role's skill names, comma-separated, padded with spaces to the limit. */
function maximalSkillsCell(role: string): string {
  const names = `${payGuide.rules.skillNames(role).join(", ")}, `;
  return names.repeat(Math.floor(maxTextLength / names.length)).padEnd(maxTextLength, " ");
}

test("a 32,767-character skills cell splits in milliseconds, not the look-ahead's quadratic time", () => {
  // The look-ahead's worst case: every comma rescans to the closing bracket at the end (about 0.4 s).
  const cell = ",".repeat(maxTextLength - 1) + ")";
  expect(msOf(() => splitSkills(cell))).toBeLessThan(50);
  expect(splitSkills(cell)).toEqual([cell]); // every comma is inside the bracket
});

test("SALARYBAND prices an Excel-maximum skills cell: the largest premium of the role applies", () => {
  const role = "LLM Engineer";
  const cell = maximalSkillsCell(role);
  expect(cell).toHaveLength(maxTextLength);
  const skillsOnce = payGuide.rules.skillNames(role).join(",");
  const priced = evaluate("SALARYBAND", [role, "Senior", "London", "range", cell])[0];
  expect(priced).toEqual(evaluate("SALARYBAND", [role, "Senior", "London", "range", skillsOnce])[0]);
  // LLM Senior London £110,000–£150,000; fine-tuning's +15%–25% is the largest, read at its
  // midpoint × 1.2, then held to 25% over AI Engineer Senior London (£125,000 × 1.25 = £156,250):
  // × 156,250/150,000 = 1.041667 on both ends, 114,583.33… (up to 114,583.34) – 156,250.
  expect(priced).toEqual([114583.34, 156250]);
  expect(msOf(() => evaluate("SALARYBAND", [role, "Senior", "London", "range", cell]))).toBeLessThan(100);
});

test("text over Excel's 32,767-character cell limit is refused with the cap in the message", () => {
  const result = one("SALARYBAND", ["x".repeat(maxTextLength + 1), "Senior"]);
  expect(result).toEqual(
    expect.objectContaining({
      code: "#VALUE!",
      message: "Text arguments are limited to 32,767 characters, Excel's limit for a cell (got 32,768).",
    }),
  );
  // At the cap it is read (and is no role).
  expect(one("SALARYBAND", ["x".repeat(maxTextLength), "Senior"])).toMatchObject({ code: "#N/A" });
  // A 20 MB name costs no 20 MB message.
  expect((one("ROLES", ["y".repeat(20_000_000)]) as { message: string }).message.length).toBeLessThan(200);
});

test.each([
  ["SALARYBAND", ["MLOps Engineer", "Senior", "{}"], "location"],
  ["SALARYBAND", ["{}", "Senior"], "role"],
  ["SALARYBAND", ["MLOps Engineer", "{}"], "level"],
  ["SALARYBAND", ["MLOps Engineer", "Senior", null, "{}"], "point"],
  ["SALARYBAND", ["MLOps Engineer", "Senior", null, null, "{}"], "skill"],
  ["SALARYBAND", ["MLOps Engineer", "Senior", null, null, null, "{}"], "stage"],
  ["DAYRATE", ["AI Engineer", "Senior", "{}"], "IR35 status"],
  ["CONTRACTCOST", [625, null, "inside", "{}"], "fee-payer"],
  ["ROLES", ["{}"], "table"],
  ["SOURCE", ["{}"], "key"],
])("%s echoes an unknown name cut to 40 characters (%j, the %s)", (name, args) => {
  const long = "Q".repeat(maxTextLength - 10);
  const result = one(
    name,
    args.map((a) => (a === "{}" ? long : a)),
  ) as { message: string };
  expect(result.message).toContain(`'${"Q".repeat(40)}…'`);
  expect(result.message.length).toBeLessThan(600);
});

test("an unknown function's name is cut too, in the calculator and in BASIS", () => {
  const result = one(`F${"Q".repeat(maxTextLength)}`, []) as { message: string };
  expect(result.message).toMatch(/^Unknown function 'FQ{39}…'\./);
  const basis = one("BASIS", [`F${"Q".repeat(maxTextLength - 1)}`]) as { message: string };
  expect(basis.message).toContain(`(got "F${"Q".repeat(39)}…")`);
});

test("a name that reads two ways, or a level label that contradicts itself, is quoted cut", () => {
  // Punctuation is folded away, so these read as "MLOps Lead" and "Junior (4–7 years)".
  const padded = (head: string, tail: string) => `${head}${".".repeat(maxTextLength - 40)}${tail}`;
  const ambiguous = one("SALARYBAND", [padded("MLOps", "Lead"), null]) as { message: string };
  expect(ambiguous.message).toMatch(/^'MLOps\.{35}…' is ambiguous: it could be Head of MLOps, or MLOps Engineer at /);
  const contradiction = one("SALARYBAND", ["MLOps Engineer", padded("Junior", "(4–7 years)")]) as { message: string };
  expect(contradiction.message).toMatch(/^Level 'Junior\.{34}…' contradicts itself/);
});

/** Long inputs of the shapes the readers treat differently: plain, numeric, dated, listed, punctuated. */
const longInputs = [
  "Q".repeat(20_000),
  "7".repeat(20_000),
  `2026/${"7".repeat(20_000)}`,
  `2026-07-01T${"Q".repeat(20_000)}`,
  `RAG, ${"Q".repeat(20_000)}`,
  "Kubernetes".repeat(2_000),
  `MLOps${".".repeat(20_000)}Lead`,
  `Senior${"-".repeat(20_000)}(4–7 years)`,
  `in${"-".repeat(20_000)}side`,
];

test("no function's message quotes more than 40 characters of any argument", () => {
  let messages = 0;
  for (const spec of FUNCTIONS)
    for (let position = 0; position < spec.params.length; position++)
      for (const input of longInputs) {
        const args: unknown[] = [...samples[spec.name][0], ...Array<null>(spec.params.length).fill(null)];
        args.length = spec.params.length;
        args[position] = input;
        const answer = one(spec.name, args);
        if (!(answer instanceof EngineError)) continue;
        messages++;
        expect(answer.message).not.toContain(input.slice(0, 41));
        expect(answer.message.length).toBeLessThan(1000);
      }
  // Most long inputs are refused, each with a message to check.
  expect(messages).toBeGreaterThan(FUNCTIONS.length * 9);
});

test("an echoed name is cut on a character boundary", () => {
  expect(shortened("a".repeat(39) + "😀".repeat(3))).toBe(`${"a".repeat(39)}…`);
  expect(shortened("short")).toBe("short");
});

test("a level with a long run of spaces is read in linear time", () => {
  const level = `Senior${" ".repeat(maxTextLength - 20)}x`;
  expect(msOf(() => one("SALARYBAND", ["MLOps Engineer", level]))).toBeLessThan(100);
});

/** The full O(n·m) table the bounded search must agree with. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

test("suggestions from the banded search are the nearest spelling within tolerance, first on ties", () => {
  const spellings = ["mlopsengineer", "aiengineer", "llmengineer", "dataengineer", "mlengineer", "headofmlops"];
  const index = new NameIndex<string>();
  for (const s of spellings) index.add(s, [], s);
  const word = fc.string({ unit: fc.constantFrom(..."mlopsaiengrdth"), maxLength: 16 });
  checkProperty(
    fc.property(word, (w) => {
      const tolerance = Math.max(2, Math.floor(w.length / 3));
      const distances = spellings.map((s) => editDistance(w, s));
      const best = Math.min(...distances);
      const expected = w.length > 0 && best <= tolerance ? spellings[distances.indexOf(best)] : undefined;
      expect(index.closest(w)).toBe(expected);
    }),
    5_000,
  );
});
