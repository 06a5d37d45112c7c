/** No silent guesses: ambiguous names, self-contradictory labels, numeric text, dates and caps. */
import { evaluate, payGuide } from "../support/engine";
import { nameKey } from "../../src/engine/core/names";

const one = (name: string, ...args: unknown[]) => evaluate(name, args)[0][0];

describe("an ambiguous role name is refused with its candidates", () => {
  test('"MLOps Lead": Head of MLOps (£140k) or MLOps Engineer at Lead (£112.5k)?', () => {
    expect(one("SALARYBAND", "MLOps Lead")).toEqual({
      code: "#N/A",
      message:
        '\'MLOps Lead\' is ambiguous: it could be Head of MLOps, or MLOps Engineer at Staff/Principal. Write "Head of MLOps", or give role "MLOps Engineer" and level "Staff/Principal".',
    });
    // Each reading, asked plainly, is the guide's figure.
    expect(one("SALARYBAND", "Head of MLOps")).toBe(140000); // (120,000 + 160,000) / 2
    expect(one("SALARYBAND", "MLOps Engineer", "Lead")).toBe(112500); // (95,000 + 130,000) / 2
    expect(one("SALARYBAND", "mlops-lead", null, "London")).toMatchObject({ code: "#N/A" });
  });

  test("over the vocabulary, exactly the spellings that read as another role plus a level are refused", () => {
    const { vocabulary, guide } = payGuide.data;
    const levelWords = vocabulary.levelTiers.flatMap((t) => t.aliases.map(nameKey));
    const engineering = vocabulary.roles.filter((r) => guide.salaryTables.some((t) => t.role === r.name));
    let ambiguous = 0;
    for (const r of vocabulary.roles)
      for (const spelling of [r.name, ...r.aliases]) {
        const key = nameKey(spelling);
        const readsAsRoleAndLevel = engineering.some(
          (other) =>
            other.name !== r.name &&
            [other.name, ...other.aliases].some((o) =>
              levelWords.some((word) => key === nameKey(o) + word || key === word + nameKey(o)),
            ),
        );
        const refused = (() => {
          try {
            payGuide.role(spelling);
            return false;
          } catch (error) {
            return (error as { message: string }).message.includes("is ambiguous");
          }
        })();
        expect([spelling, refused]).toEqual([spelling, readsAsRoleAndLevel]);
        if (refused) ambiguous++;
      }
    expect(ambiguous).toBeGreaterThanOrEqual(1); // "MLOps Lead" at least
  });
});

describe("a self-contradictory level label is refused", () => {
  test('"Junior (4–7 years)" names Junior and Senior\'s years', () => {
    expect(one("SALARYBAND", "MLOps Engineer", "Junior (4–7 years)")).toEqual({
      code: "#N/A",
      message:
        "Level 'Junior (4–7 years)' contradicts itself: MLOps Engineer prints Junior as 'Junior (0–2 years)', and (4–7 years) is 'Senior (4–7 years)'. Give one of them.",
    });
  });

  test("a label as printed, in any dash or case, still works", () => {
    expect(one("SALARYBAND", "MLOps Engineer", "Senior (4–7 years)")).toBe(85000);
    expect(one("SALARYBAND", "MLOps Engineer", "senior (4-7 YEARS)")).toBe(85000);
    // LLM Lead/Principal prints no years, so another table's label has nothing to contradict.
    expect(one("SALARYBAND", "LLM Engineer", "Staff/Principal (7+ years)")).toBe(155000); // (130,000 + 180,000) / 2
  });

  test("another table's years that overlap the level's own are not a contradiction", () => {
    // LLM Senior is "4+ years"; MLOps's "4–7 years" lies inside it. (110,000 + 150,000) / 2 in London
    expect(one("SALARYBAND", "LLM Engineer", "Senior (4–7 years)", "London")).toBe(130000);
    // but "Mid-Level (4–7 years)" asked of LLM does not overlap its 2–4
    expect(one("SALARYBAND", "LLM Engineer", "Mid-Level (4–7 years)")).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining(
        "LLM Engineer prints Mid-Level as 'Mid-Level (2–4 years)', and (4–7 years) is 'Senior (4+ years)'",
      ),
    });
  });
});

describe("numeric text means its number", () => {
  test('a level of "3" is 3 years: Mid-Level', () => {
    // MLOps Mid-Level (2–4 years) UK £55,000 – £75,000: mid 65,000
    expect(one("SALARYBAND", "MLOps Engineer", "3")).toBe(65000);
    expect(one("SALARYBAND", "MLOps Engineer", " 7 ")).toBe(112500); // Staff/Principal (7+)
    expect(one("SALARYBAND", "MLOps Engineer", "3%")).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("Unknown level '3%'"),
    });
  });

  test('a valuation of "10000000" works as the number does', () => {
    // Early Startup equity 0.1% – 1% × £10m ÷ 4 years = 2,500 – 25,000
    const asNumber = one("TOTALCOMP", "MLOps Engineer", "Senior", null, null, null, "Early Startup", 10000000);
    expect(one("TOTALCOMP", "MLOps Engineer", "Senior", null, null, null, "Early Startup", "10000000")).toBe(asNumber);
    // base 58,125 – 73,625 (× 0.775) + 2,500 – 25,000 = 60,625 – 98,625; mid 79,625
    expect(asNumber).toBe(79625);
    expect(
      one("TOTALCOMP", "MLOps Engineer", "Senior", null, null, null, "Early Startup", "ten million"),
    ).toMatchObject({
      code: "#VALUE!",
    });
  });
});

describe("dates", () => {
  test("ISO date-time text ignores the time, as the function reference says", () => {
    // 1 April to 31 December 2026: 9 payroll months of 12; 100,000 × 9 / 12 = 75,000
    const dateOnly = one("PRORATE", 100000, "2026-04-01");
    expect(dateOnly).toBe(75000);
    for (const text of [
      "2026-04-01T09:00",
      "2026-04-01T09:00:30",
      "2026-04-01 23:59",
      "2026-04-01T09:00:00.000Z",
      "2026-04-01T09:00+01:00",
    ])
      expect(one("PRORATE", 100000, text)).toBe(dateOnly);
  });

  test("ISO years before 1900 are refused, not read as 19xx", () => {
    expect(one("PRORATE", 100000, "0050-01-01")).toEqual({
      code: "#NUM!",
      message: 'startDate "0050-01-01" is before 1900, where Excel\'s dates begin.',
    });
    expect(one("PRORATE", 100000, "1899-12-31")).toMatchObject({ code: "#NUM!" });
    expect(one("PRORATE", 100000, "1900-01-01", "1900-01-01", "1900-12-31")).toBe(100000);
  });
});

describe("caps", () => {
  test("years of experience have a ceiling of 50", () => {
    expect(one("SALARYBAND", "MLOps Engineer", 50)).toBe(112500);
    expect(one("SALARYBAND", "MLOps Engineer", 85000)).toMatchObject({
      code: "#NUM!",
      message: expect.stringContaining("Years of experience above 50 are not a career (got 85000)"),
    });
  });

  test("days a year are at most 366", () => {
    expect(one("CONTRACTCOST", 625, 366)).toBe(228750); // 625 × 366
    expect(one("CONTRACTCOST", 625, 400)).toMatchObject({ code: "#NUM!" });
  });
});
