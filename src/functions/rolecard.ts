/**
 * AIPAY.ROLECARD: one role, level and location as an Excel entity (a data type with a card)
 * whose fields are the engine's own answers for the same arguments: SALARYBAND's band,
 * DAYRATE outside and inside IR35, LOADEDCOST of the mid salary, SKILLS and the band's
 * provenance. Nothing here computes a figure: it arranges the engine's results as Excel's
 * EntityCellValue.
 */
import { EngineError, roleCardFactNames, type Cell, type Matrix } from "../engine";
import { aipay } from "./workbook-engine";
import { engine, invoke, toExcel } from "./excel";

/** The worksheet function as Excel sees it, for the tests that check every declared function. */
export { ROLECARD } from "../engine";

type ExcelCell = ReturnType<typeof toExcel>;
type Facts = Record<(typeof roleCardFactNames)[number], string>;

/** Money fields show as whole pounds; the value keeps its pence. */
const poundFormat = "£#,##0";

/**
 * Entities returned by a custom function need CustomFunctionsRuntime 1.4 (Excel on the web,
 * Microsoft 365 on Windows 2208 or later, Mac 16.64 or later). Elsewhere Excel could not show
 * one, so the card falls back to SALARYBAND's mid figure.
 */
function hostShowsEntities(): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("CustomFunctionsRuntime", "1.4") === true
  );
}

const isSingleValue = (argument: unknown) =>
  !Array.isArray(argument) || (argument.length === 1 && Array.isArray(argument[0]) && argument[0].length === 1);

const oneCardOnly = new EngineError(
  "#VALUE!",
  "ROLECARD makes one card: give a single role, level, location and stage (fill the formula down for a plan).",
);

/** The single answer of a single-value call. */
const only = (result: Matrix): Cell => result[0][0];

const money = (value: number): Excel.FormattedNumberCellValue => ({
  type: "FormattedNumber",
  basicValue: value,
  numberFormat: poundFormat,
});
const text = (value: string): Excel.StringCellValue => ({ type: "String", basicValue: value });

/** The card's fields and its sections, built up together so every section lists fields that exist. */
class Card {
  readonly properties: Record<string, Excel.EntityPropertyType> = {};
  readonly sections: Excel.CardLayoutListSection[] = [];

  section(title: string, fields: Record<string, Excel.EntityPropertyType>): void {
    Object.assign(this.properties, fields);
    this.sections.push({ layout: "List", title, properties: Object.keys(fields) });
  }
}

/** Low, mid and high of a band as money fields named `low`, `mid`, `high`; or the engine's error. */
function bandFields(
  answer: (point: string) => Cell,
  [low, mid, high]: readonly [string, string, string],
): Record<string, Excel.EntityPropertyType> | EngineError {
  const figures = (["low", "mid", "high"] as const).map(answer);
  const error = figures.find((figure): figure is EngineError => figure instanceof EngineError);
  if (error) return error;
  const [l, m, h] = figures as number[];
  return { [low]: money(l), [mid]: money(m), [high]: money(h) };
}

function buildCard(args: readonly unknown[], facts: Facts): Excel.EntityCellValue | EngineError {
  const [role, level, location, skills, stage] = args;
  const salary = (point: string) => only(engine.SALARYBAND([role, level, location, point, skills, stage]));
  const dayRate = (ir35: string) => (point: string) => only(engine.DAYRATE([role, level, ir35, point]));
  const card = new Card();
  card.section("Role", { Role: text(facts.role), Level: text(facts.level), Location: text(facts.location) });

  const band = bandFields(salary, ["Low", "Mid", "High"]);
  if (band instanceof EngineError) return band;
  // A band topped by a floor ("£400k+") says that Mid and High are lower bounds, in the engine's words.
  card.section("Permanent base salary (£ a year)", facts.atLeast ? { ...band, "At least": text(facts.atLeast) } : band);

  // The guide publishes no day rate for some levels and roles (Junior, leadership): the card
  // says so in the engine's words instead of showing a figure.
  const outside = bandFields(dayRate("outside"), ["Day rate low", "Day rate", "Day rate high"]);
  if (outside instanceof EngineError) card.section("Day rate (£ a day)", { "Day rate": text(outside.message) });
  else {
    card.section("Day rate outside IR35 (£ a day)", outside);
    const inside = bandFields(dayRate("inside"), ["Inside IR35 low", "Inside IR35", "Inside IR35 high"]);
    if (!(inside instanceof EngineError)) card.section("Day rate inside IR35 (£ a day)", inside);
  }

  const taxYear = aipay.inForce().taxYear;
  const loaded = only(engine.LOADEDCOST([salary("mid"), taxYear]));
  if (typeof loaded === "number")
    card.section("Employer cost of the mid salary", { "Loaded cost": money(loaded), "Tax year": text(taxYear) });

  const premiumSkills = engine.SKILLS([facts.role]);
  if (!(only(premiumSkills) instanceof EngineError))
    card.section("Skills that carry a premium", {
      "Premium skills": { type: "Array", elements: premiumSkills.map(([skill]) => [text(String(skill))]) },
    });

  card.section("Provenance", {
    Basis: text(facts.basis),
    ...(facts.rules ? { Rules: text(facts.rules) } : {}),
    "Salary source": text(facts.salarySource),
    Guide: text(String(only(engine.SOURCE([])))),
    ...(outside instanceof EngineError
      ? {}
      : { "Day rate source": text(facts.dayRateSource), "Inside IR35 source": text(facts.insideIr35Source) }),
  });

  return {
    type: "Entity",
    text: [facts.role, facts.level, facts.location].filter(Boolean).join(" · "),
    properties: card.properties,
    layouts: { card: { title: { property: "Role" }, sections: card.sections } },
  };
}

/**
 * The role card for ROLECARD's arguments (role, level, location, skills, stage), as a 1×1
 * result: the entity, SALARYBAND's mid figure where the host cannot show entities, or the
 * engine's error for arguments SALARYBAND refuses.
 */
export function roleCard(args: readonly unknown[]): (ExcelCell | Excel.EntityCellValue)[][] {
  try {
    const [role, level, location, skills, stage] = args;
    if (![role, level, location, stage].every(isSingleValue)) return [[toExcel(oneCardOnly)]];
    if (!hostShowsEntities()) return invoke(engine.SALARYBAND, [role, level, location, "mid", skills, stage]);
    const row = aipay.roleCardFacts([role, level, location, null, skills, stage])[0];
    if (row[0] instanceof EngineError) return [[toExcel(row[0])]];
    const facts = Object.fromEntries(roleCardFactNames.map((name, i) => [name, String(row[i])])) as Facts;
    const card = buildCard(args, facts);
    return [[card instanceof EngineError ? toExcel(card) : card]];
  } catch (error) {
    return [[toExcel(new EngineError("#VALUE!", `AIPAY failed: ${String(error)}`))]];
  }
}
