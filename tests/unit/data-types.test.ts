/**
 * Cells that hold an Excel data type reach a function as Excel.CellValue objects (the
 * metadata sets allowCustomDataForDataTypeAny). Each must give the same answer as the plain
 * value a formula sees in that cell: an entity its display text, anything else its basic value.
 * The objects below are typed with @types/office-js, so a shape Excel cannot send fails to compile.
 */
import { evaluate, FUNCTIONS } from "../support/engine";
import { samples } from "../support/samples";

const entity = (text: string): Excel.EntityCellValue => ({
  type: "Entity",
  text,
  basicValue: "#VALUE!",
  basicType: "Error",
  properties: { Source: { type: "String", basicValue: "another add-in" } },
});
const linkedEntity = (text: string): Excel.LinkedEntityCellValue => ({
  type: "LinkedEntity",
  text,
  id: { culture: "en-GB", domainId: "Geography", entityId: "x", serviceId: 268 },
});
const typedString = (basicValue: string): Excel.StringCellValue => ({ type: "String", basicValue });
const double = (basicValue: number): Excel.DoubleCellValue => ({ type: "Double", basicValue });
const formattedNumber = (basicValue: number): Excel.FormattedNumberCellValue => ({
  type: "FormattedNumber",
  basicValue,
  numberFormat: "£#,##0",
});
const boolean = (basicValue: boolean): Excel.BooleanCellValue => ({ type: "Boolean", basicValue });
const empty: Excel.EmptyCellValue = { type: "Empty", basicValue: "" };

/** Every way Excel may send a cell holding this plain value. */
function dataTyped(value: unknown): Excel.CellValue[] {
  if (typeof value === "string") return [entity(value), linkedEntity(value), typedString(value)];
  if (typeof value === "number") return [double(value), formattedNumber(value)];
  if (typeof value === "boolean") return [boolean(value)];
  if (value === null) return [empty];
  return [];
}

describe("every function reads a data-typed argument as its plain value", () => {
  const cases = Object.entries(samples).flatMap(([name, calls]) =>
    calls.flatMap((args) =>
      args.flatMap((plain, position) => dataTyped(plain).map((typed) => ({ name, args, position, typed }))),
    ),
  );

  test("the samples cover every function", () => {
    expect(Object.keys(samples).sort()).toEqual(FUNCTIONS.map((f) => f.name).sort());
    expect(cases.length).toBeGreaterThan(100);
  });

  test.each(cases)("$name argument $position as $typed.type", ({ name, args, position, typed }) => {
    const withType = args.map((a, i) => (i === position ? typed : a));
    expect(evaluate(name, withType)).toEqual(evaluate(name, args));
    // In a range too: the same object in a 2-D block is read cell by cell.
    const inRange = args.map((a, i) => (i === position ? [[typed], [typed]] : a));
    const plainRange = args.map((a, i) => (i === position ? [[a], [a]] : a));
    expect(evaluate(name, inRange)).toEqual(evaluate(name, plainRange));
  });
});

describe("figures from data-typed cells", () => {
  test("a Geography-style entity location and a formatted-number level price as their text and number", () => {
    // Guide §2, MLOps Engineer Senior (4–7 years), London: £85,000–£110,000, midpoint 97,500.
    expect(evaluate("SALARYBAND", [entity("MLOps Engineer"), double(5), linkedEntity("London"), null])).toEqual([
      [97500],
    ]);
    expect(evaluate("SALARYBAND", ["MLOps Engineer", formattedNumber(5), "London", typedString("low")])).toEqual([
      [85000],
    ]);
  });

  test("an error cell value passes its error through", () => {
    const notAvailable: Excel.ErrorCellValue = { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" };
    const [[cell]] = evaluate("SALARYBAND", [notAvailable, "Senior", null, null]);
    expect(cell).toMatchObject({ code: "#N/A" });
  });

  test("an image or array cell value is refused with a message that says what to give", () => {
    const image: Excel.WebImageCellValue = { type: "WebImage", address: "https://example.org/x.png" };
    const [[cell]] = evaluate("SALARYBAND", ["MLOps Engineer", "Senior", image, null]);
    expect(cell).toMatchObject({ code: "#VALUE!" });
    expect((cell as { message: string }).message).toMatch(/an image.*give text, a number or a date/);
  });
});
