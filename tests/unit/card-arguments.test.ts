/**
 * A role card given back to AIPAY: ROLECARD's entity (or another add-in's card with role,
 * level and location fields) is read by its fields, not by the text its cell shows.
 */
import { evaluate } from "../support/engine";
import { readCards } from "../../src/engine/calculator/cards";
import { SALARYBAND } from "../../src/engine/functions/salary";
import { roleCard } from "../../src/functions/rolecard";

// The adapter reads these, which office.js defines, when it runs; here they are stand-ins,
// for a host with data types (CustomFunctionsRuntime 1.4).
class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
Object.assign(globalThis, {
  CustomFunctions: { Error: StandInError },
  Office: { context: { requirements: { isSetSupported: () => true } } },
});

const one = (name: string, ...args: unknown[]) => evaluate(name, args)[0][0];

/** ROLECARD's card, made as Excel calls it (each argument a 1×1 range). */
function cardOf(role: string, level: string | null, location: string): Excel.EntityCellValue {
  const [[card]] = roleCard([[[role]], level === null ? null : [[level]], [[location]], null, null]);
  return card as Excel.EntityCellValue;
}

const mlopsSeniorLondon = cardOf("MLOps Engineer", "Senior", "London");

test("the card's text names no role: that is what used to be looked up", () => {
  expect(mlopsSeniorLondon.text).toBe("MLOps Engineer · Senior · London");
});

test("SALARYBAND(card) with the other arguments left out is the card's band", () => {
  // MLOps Engineer Senior London £85,000–£110,000: mid 97,500, as the card's Mid field says.
  expect(one("SALARYBAND", mlopsSeniorLondon)).toBe(97500);
  expect(one("SALARYBAND", [[mlopsSeniorLondon]], null, null, "range")).toEqual(85000);
  expect(evaluate("SALARYBAND", [mlopsSeniorLondon, null, null, "range"])).toEqual([[85000, 110000]]);
  expect(mlopsSeniorLondon.properties!.Mid).toMatchObject({ basicValue: 97500 });
});

test("arguments given beside the card take the place of its fields", () => {
  // MLOps Engineer Junior London £50,000–£62,000: mid 56,000; Senior UK National £75,000–£95,000: mid 85,000.
  expect(one("SALARYBAND", mlopsSeniorLondon, "Junior")).toBe(56000);
  expect(one("SALARYBAND", mlopsSeniorLondon, null, "UK National")).toBe(85000);
});

test("other functions read the fields their parameters name", () => {
  // DAYRATE takes the role and level: MLOps Senior £550–£700, mid 625.
  expect(one("DAYRATE", mlopsSeniorLondon)).toBe(625);
  // COMPARATIO(salary, card): 97,500 against the London band's mid 97,500 is 1.
  expect(one("COMPARATIO", 97500, mlopsSeniorLondon)).toBe(1);
  // LOCATIONFACTOR(card) reads the location: London is the base, 1.
  expect(one("LOCATIONFACTOR", mlopsSeniorLondon)).toBe(1);
  expect(evaluate("SKILLS", [mlopsSeniorLondon])).toEqual(evaluate("SKILLS", ["MLOps Engineer"]));
});

test("a leadership card has no level, and passes none", () => {
  // Head of MLOps London £140,000–£180,000: mid 160,000.
  const head = cardOf("Head of MLOps", null, "London");
  expect(head.text).toBe("Head of MLOps · London");
  expect(one("SALARYBAND", head)).toBe(160000);
});

test("a card of a card is the same card", () => {
  const again = roleCard([[[mlopsSeniorLondon]], null, null, null, null])[0][0] as Excel.EntityCellValue;
  expect(again.text).toBe(mlopsSeniorLondon.text);
  expect(again.properties).toEqual(mlopsSeniorLondon.properties);
});

test("a column of cards lifts, each row with its own card's level and location", () => {
  // LLM Engineer Senior UK National £90,000–£130,000: mid 110,000.
  const llm = cardOf("LLM Engineer", "Senior", "UK National");
  expect(evaluate("SALARYBAND", [[[mlopsSeniorLondon], [llm], ["Data Engineer"]], null])).toEqual([
    [97500],
    [110000],
    [expect.objectContaining({ code: "#N/A", message: expect.stringContaining("Give a level for Data Engineer") })],
  ]);
});

test("another add-in's card is read by fields of those names, in any case", () => {
  const card: Excel.EntityCellValue = {
    type: "Entity",
    text: "Someone's hire",
    properties: {
      ROLE: { type: "String", basicValue: "MLOps" },
      level: { type: "Double", basicValue: 5 },
      Location: { type: "String", basicValue: "LDN" },
    },
  };
  // MLOps, 5 years (Senior, 4–7 years), London: 97,500.
  expect(one("SALARYBAND", card)).toBe(97500);
});

test("an entity without all three fields is read by its text, as before", () => {
  const geography: Excel.EntityCellValue = {
    type: "Entity",
    text: "London",
    properties: { Population: { type: "Double", basicValue: 8_800_000 } },
  };
  expect(one("SALARYBAND", "MLOps Engineer", "Senior", geography)).toBe(97500);
  const args = ["MLOps Engineer", "Senior", geography];
  expect(readCards(SALARYBAND, args)).toBe(args);
});
