/**
 * AIPAY.ROLECARD: the entity it returns has the shape Excel documents for an EntityCellValue
 * (checked against @types/office-js at compile time and by a schema at run time), every field
 * is the engine function's own answer for the same arguments, and hosts without data types
 * get SALARYBAND's mid figure.
 */
import fc from "fast-check";
import { z } from "zod";
import { defaultTaxYear, evaluate, EngineError, payGuide, type Cell } from "../support/engine";
import { ROLECARD, roleCard } from "../../src/functions/rolecard";
import { StandInError } from "../support/bundle";
import { allowedCodes, anyArgument, cellArbitrary, checkProperty, plainErrorValue } from "../support/fuzz";

// The adapter runs where office.js has defined these; here they are stand-ins.
let hostHasDataTypes = true;
const requirementsAsked: string[] = [];
Object.assign(globalThis, {
  CustomFunctions: { Error: StandInError },
  Office: {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => {
          requirementsAsked.push(`${name} ${version}`);
          return hostHasDataTypes;
        },
      },
    },
  },
});
beforeEach(() => {
  hostHasDataTypes = true;
});

/** ROLECARD as Excel calls it: each given argument a 1×1 range, omitted ones null. */
const call = (...args: unknown[]) => roleCard(args.map((a) => (a === null || a === undefined ? null : [[a]])));

/** The card for the arguments; the compile-time check: it is an Excel.EntityCellValue. */
function cardOf(...args: unknown[]): Excel.EntityCellValue {
  const [[value]] = call(...args);
  if (!(value && typeof value === "object" && "type" in value && value.type === "Entity"))
    throw new Error(`not an entity: ${JSON.stringify(value)}`);
  const entity: Excel.EntityCellValue = value;
  return entity;
}

// The documented JSON shape of what ROLECARD returns (Excel's data types reference: entity,
// formatted number, string and array values, and the card layout's list sections). Strict:
// a key Excel does not know fails.
const stringValue = z.strictObject({ type: z.literal("String"), basicValue: z.string() });
const formattedNumber = z.strictObject({
  type: z.literal("FormattedNumber"),
  basicValue: z.number().refine(Number.isFinite),
  numberFormat: z.literal("£#,##0"),
});
const arrayValue = z.strictObject({
  type: z.literal("Array"),
  elements: z.array(z.array(stringValue).length(1)).min(1),
});
const entitySchema = z.strictObject({
  type: z.literal("Entity"),
  text: z.string().min(1),
  properties: z.record(z.string().min(1), z.union([stringValue, formattedNumber, arrayValue])),
  layouts: z.strictObject({
    card: z.strictObject({
      title: z.strictObject({ property: z.string() }),
      sections: z
        .array(
          z.strictObject({
            layout: z.literal("List"),
            title: z.string().min(1),
            properties: z.array(z.string()).min(1),
          }),
        )
        .min(1),
    }),
  }),
});

/** The shape, and that the card's sections show every field exactly once and name only fields. */
function expectValidEntity(entity: unknown): void {
  const card = entitySchema.parse(entity);
  const shown = card.layouts.card.sections.flatMap((s) => s.properties);
  expect(shown.sort()).toEqual(Object.keys(card.properties).sort());
  expect(Object.keys(card.properties)).toContain(card.layouts.card.title.property);
}

type Field = Excel.EntityPropertyType;
const valueOf = (field: Field | undefined) => (field as { basicValue?: unknown } | undefined)?.basicValue;
const one = (name: string, args: unknown[]): Cell => evaluate(name, args)[0][0];

/** Every role with a permanent band, with its levels (none for leadership), at every location. */
const list = (name: string, args: unknown[]) => evaluate(name, args).flat() as string[];
const roleLevels: [string, string | null][] = [
  ...list("ROLES", ["salary"]).flatMap((role) =>
    list("LEVELS", [role]).map((level): [string, string] => [role, level]),
  ),
  ...list("ROLES", ["leadership"]).map((role): [string, null] => [role, null]),
];
// Each role at every location its salary is printed or derived for.
const combinations = roleLevels.flatMap(([role, level]) =>
  payGuide.locationsOf(role).map((location): [string, string | null, string] => [role, level, location]),
);

describe("every field equals the engine function's answer for the same arguments", () => {
  test("the dataset gives many cards to check", () => {
    // 4 engineering roles × 4 levels + 5 leadership roles, each at 7 locations.
    expect(combinations.length).toBeGreaterThanOrEqual((4 * 4 + 5) * 7);
  });

  test.each(combinations)("%s · %s · %s", (role, level, location) => {
    const card = cardOf(role, level, location);
    expectValidEntity(card);
    const field = (name: string) => valueOf(card.properties![name]);
    for (const [name, point] of [
      ["Low", "low"],
      ["Mid", "mid"],
      ["High", "high"],
    ])
      expect([name, field(name)]).toEqual([name, one("SALARYBAND", [role, level, location, point])]);

    const dayRateMid = one("DAYRATE", [role, level, "outside", "mid"]);
    if (dayRateMid instanceof EngineError) {
      expect(field("Day rate")).toBe(dayRateMid.message);
      expect(card.properties!["Inside IR35"]).toBeUndefined();
    } else {
      for (const [name, ir35, point] of [
        ["Day rate low", "outside", "low"],
        ["Day rate", "outside", "mid"],
        ["Day rate high", "outside", "high"],
        ["Inside IR35 low", "inside", "low"],
        ["Inside IR35", "inside", "mid"],
        ["Inside IR35 high", "inside", "high"],
      ])
        expect([name, field(name)]).toEqual([name, one("DAYRATE", [role, level, ir35, point])]);
    }

    expect(field("Tax year")).toBe(defaultTaxYear);
    expect(field("Loaded cost")).toBe(one("LOADEDCOST", [field("Mid"), defaultTaxYear]));

    const skills = evaluate("SKILLS", [role]);
    const listed = card.properties!["Premium skills"] as Excel.ArrayCellValue | undefined;
    if (skills[0][0] instanceof EngineError) expect(listed).toBeUndefined();
    else expect(listed!.elements.map(([cell]) => valueOf(cell))).toEqual(skills.flat());

    expect(field("Guide")).toBe(one("SOURCE", []));
    expect(card.text).toBe([field("Role"), field("Level"), field("Location")].filter(Boolean).join(" · "));
  });
});

describe("what the card says", () => {
  test("a band topped by a floor says Mid and High are lower bounds, in BASIS's words; other bands do not", () => {
    // Chief AI Officer London £250k – £400k+
    const card = cardOf("Chief AI Officer", null, "London");
    expectValidEntity(card);
    const note = valueOf(card.properties!["At least"]);
    expect(note).toBe(
      "At least: the guide prints the high end as a floor (£400,000+), so the mid is a lower bound, not the midpoint of a known range.",
    );
    expect(evaluate("BASIS", ["SALARYBAND", "Chief AI Officer", null, "London"])[0][0]).toContain(String(note));
    expect(cardOf("LLM Engineer", "Senior", "London").properties!["At least"]).toBeUndefined();
  });

  test("LLM Engineer, Senior, London: published figures, day rates both sides of IR35, loaded cost", () => {
    const card = cardOf("LLM Engineer", "Senior", "London");
    const field = (name: string) => valueOf(card.properties![name]);
    expect(card.text).toBe("LLM Engineer · Senior · London");
    // §4: £110,000 – £150,000; mid (110,000 + 150,000) / 2 = 130,000.
    expect([field("Low"), field("Mid"), field("High")]).toEqual([110000, 130000, 150000]);
    // §7 LLM Senior £700–£900 a day, mid 800; inside IR35, the contractor's effective rate at the
    // midpoint of the 15–20% reduction: 700 × 0.825 = 577.50, 800 × 0.825 = 660, 900 × 0.825 = 742.50.
    expect([field("Day rate low"), field("Day rate"), field("Day rate high")]).toEqual([700, 800, 900]);
    expect([field("Inside IR35 low"), field("Inside IR35"), field("Inside IR35 high")]).toEqual([577.5, 660, 742.5]);
    expect(field("Basis")).toBe("published");
    expect(card.properties!.Rules).toBeUndefined();
    expect(field("Salary source")).toBe("4. LLM Engineer Salaries, Permanent Salary Ranges (Annual, £)");
    expect(field("Inside IR35 source")).toMatch(
      /^inside IR35, the contractor's effective rate: the assignment rate × 0\.825 .*7\. Contractor Day Rates/,
    );
    expect(card.properties!.Mid).toEqual({ type: "FormattedNumber", basicValue: 130000, numberFormat: "£#,##0" });
    expect(card.layouts!.card!.sections!.map((s) => s.title)).toEqual([
      "Role",
      "Permanent base salary (£ a year)",
      "Day rate outside IR35 (£ a day)",
      "Day rate inside IR35 (£ a day)",
      "Employer cost of the mid salary",
      "Skills that carry a premium",
      "Provenance",
    ]);
  });

  test("a derived band says so and names its rules; skills may be a range, as for SALARYBAND", () => {
    const card = roleCard([[["MLOps Engineer"]], [["Senior"]], [["Manchester"]], [["k8s"], ["GPU"]], [["Scale-up"]]]);
    const entity = card[0][0] as Excel.EntityCellValue;
    expectValidEntity(entity);
    const field = (name: string) => valueOf(entity.properties![name]);
    expect(field("Basis")).toBe("derived");
    expect(field("Rules")).toMatch(
      /^Manchester from the London band by §8's typical Senior ranges.*"vs London".*GPU.*Scale-up/,
    );
    const band = evaluate("SALARYBAND", [
      "MLOps Engineer",
      "Senior",
      "Manchester",
      "range",
      [["k8s"], ["GPU"]],
      "Scale-up",
    ]);
    expect([field("Low"), field("High")]).toEqual(band[0]);
  });

  test("a Junior card says why it has no day rate, in the engine's words", () => {
    const card = cardOf("AI Engineer", "Junior");
    const dayRate = one("DAYRATE", ["AI Engineer", "Junior"]) as EngineError;
    expect(valueOf(card.properties!["Day rate"])).toBe(dayRate.message);
    expect(Object.keys(card.properties!)).not.toContain("Day rate source");
  });

  test("a leadership card has no level and no premium skills", () => {
    const card = cardOf("Head of MLOps", null, "London");
    expect(card.text).toBe("Head of MLOps · London");
    expect(card.properties!["Premium skills"]).toBeUndefined();
  });
});

describe("arguments the card cannot use", () => {
  test("what SALARYBAND refuses, ROLECARD refuses with the same error and message", () => {
    for (const args of [
      ["MLOp Engineer", "Senior"],
      ["ML Engineer", "Senior"],
      ["AI Engineer", -3],
      ["MLOps Engineer", "Senior", "Mars"],
    ]) {
      const [[error]] = call(...args) as StandInError[][];
      const expected = one("SALARYBAND", args) as EngineError;
      expect(error).toBeInstanceOf(StandInError);
      expect([error.code, error.message]).toEqual([
        expected.code,
        expected.code === "#NUM!" ? undefined : expected.message,
      ]);
    }
  });

  test("a range of roles is one #VALUE! that says to fill the formula down", () => {
    const [[error]] = roleCard([
      [["AI Engineer"], ["LLM Engineer"]],
      [["Senior"]],
      null,
      null,
      null,
    ]) as StandInError[][];
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/one card.*fill the formula down/);
  });
});

describe("hosts without data types", () => {
  test("asks for CustomFunctionsRuntime 1.4, and without it returns SALARYBAND's mid figure", () => {
    requirementsAsked.length = 0;
    hostHasDataTypes = false;
    // LLM Engineer Senior London mid: (110,000 + 150,000) / 2.
    expect(call("LLM Engineer", "Senior", "London")).toEqual([[130000]]);
    expect(requirementsAsked).toEqual(["CustomFunctionsRuntime 1.4"]);
    for (const [role, level, location] of combinations)
      expect(call(role, level, location)).toEqual([[one("SALARYBAND", [role, level, location, "mid"])]]);
  });
});

test("the declared parameters are SALARYBAND's without point", () => {
  const salaryBand = ["role", "level", "location", "point", "skills", "stage"];
  expect(ROLECARD.params).toEqual(salaryBand.filter((p) => p !== "point"));
});

test("fuzzed: never a throw, always one cell: an entity of the documented shape, a figure or an error", () => {
  const args = fc.array(anyArgument(cellArbitrary(plainErrorValue)), { maxLength: ROLECARD.params.length });
  checkProperty(
    fc.property(args, fc.boolean(), (a, dataTypes) => {
      hostHasDataTypes = dataTypes;
      const result = roleCard(a);
      expect(result.length === 1 && result[0].length === 1).toBe(true);
      const [[cell]] = result;
      if (cell instanceof StandInError) expect(allowedCodes).toContain(cell.code);
      else if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
      else expectValidEntity(cell);
    }),
    200,
  );
});
