/**
 * A plan row's fields, declared once: the plan file's columns, the plan sheet's table and
 * PLANROW's parameters are all read from here. A priced field feeds the hire's chain; a
 * carried field (department, cost centre, notes) is kept with the row and priced by nothing.
 */
import { isEmptyCell } from "../core/cells";
import { invalidValue, type Scalar } from "../core/values";
import { PlanMessage } from "../core/messages";
import type { Ir35Status, FeePayer, PayGuide } from "../model/guide";
import { amount, date, text, type Reads } from "../functions/parameters";
import { bandLevel, bandLocation, bandRole, bandStage } from "../functions/salary";

export interface PlanField {
  /** Its name in a plan file's header and as PLANROW's parameter. */
  readonly name: string;
  /** Its header in the plan sheet. */
  readonly header: string;
  /** Its Excel number format in the plan sheet. */
  readonly format: string;
  /** How a value is read and checked; carried fields have none. */
  readonly parameter?: Reads<unknown>;
  /** What the docs say of it. */
  readonly about: string;
}

/**
 * IR35 in a plan: empty for an employee, else outside or inside (or their aliases). A yes or
 * a no is refused, since in a plan it reads as "a contractor?" and not as a status.
 */
const planIr35: Reads<Ir35Status | null> = {
  ...text("ir35", {
    about: "`outside` or `inside` for a contractor (or an alias such as `inside IR35`); empty for an employee",
    default: "empty: an employee",
    example: "outside",
    words: (guide) => guide.data.vocabulary.ir35.map((s) => s.status),
  }),
  read(value: Scalar, guide: PayGuide) {
    if (isEmptyCell(value)) return null;
    const word = typeof value === "string" ? value.trim() : value;
    const words = guide.data.vocabulary.ir35.map((s) => s.status);
    if (typeof word !== "string" || guide.isIr35Answer(word))
      throw invalidValue(PlanMessage.ir35Answer("ir35", words, value));
    return guide.ir35Status(word);
  },
};

/** Who pays an inside-IR35 contractor's company: the plan's default fee payer when empty. */
const planFeePayer: Reads<FeePayer | null> = {
  ...text("feePayer", {
    about:
      "inside IR35, who pays the contractor's company: `agency` (or umbrella) or `client` (the client engages it directly and carries employer NI and levy on the fees)",
    default: "the plan's default fee payer",
    example: "client",
    words: (guide) => guide.data.vocabulary.feePayers.map((f) => f.feePayer),
  }),
  read(value: Scalar, guide: PayGuide) {
    return isEmptyCell(value) ? null : guide.feePayer(String(value).trim());
  },
};

/**
 * A level in a plan: a name, or years of experience from 1. An empty cell reaches a formula
 * as 0 on Excel desktop, so in a plan 0 is an empty level, as a leadership row has.
 */
const planLevel: Reads<unknown> = {
  ...bandLevel,
  about: "a level name or alias, or years of experience from 1; empty for a leadership role",
  read: (value: Scalar, guide: PayGuide) => (isEmptyCell(value) ? null : bandLevel.read(value, guide)),
};

const headcount = amount("headcount", {
  about:
    "heads on the row, 0 or more; a fraction is a part-timer: 0.5 is one person at half time, 2.5 two full-time and one at half time",
  default: "1",
  example: "2",
});

const carried = (name: string, header: string): PlanField => ({
  name,
  header,
  format: "@",
  about: "carried through to the output, priced by nothing",
});

export const planFields = [
  { name: "role", header: "Role", format: "@", parameter: bandRole, about: bandRole.about },
  {
    name: "level",
    header: "Level",
    format: "@",
    parameter: planLevel,
    about: planLevel.about,
  },
  { name: "location", header: "Location", format: "@", parameter: bandLocation, about: bandLocation.about },
  {
    name: "start",
    header: "Start",
    format: "yyyy-mm-dd",
    parameter: date("start", { about: "the first day employed (or engaged)" }),
    about: "the first day employed (or engaged)",
  },
  {
    name: "end",
    header: "Leaving date",
    format: "yyyy-mm-dd",
    parameter: date("end", { about: "the last day employed, for a leaver", default: "none" }),
    about: "the last day employed, for a leaver; empty for none",
  },
  { name: "headcount", header: "Headcount", format: "0.##", parameter: headcount, about: headcount.about },
  {
    name: "skills",
    header: "Skills",
    format: "@",
    parameter: text("skills", { about: "premium skills, comma-separated", default: "none", example: "RAG, LoRA" }),
    about: 'the role\'s premium skills, comma-separated (`"RAG, LoRA"`); employees only',
  },
  {
    name: "stage",
    header: "Stage",
    format: "@",
    parameter: bandStage,
    about: "a company stage (`AIPAY.STAGES()`); employees only",
  },
  { name: "ir35", header: "IR35", format: "@", parameter: planIr35, about: planIr35.about },
  { name: "feePayer", header: "Fee payer", format: "@", parameter: planFeePayer, about: planFeePayer.about },
  carried("department", "Department"),
  carried("costCentre", "Cost centre"),
  carried("notes", "Notes"),
] as const satisfies readonly PlanField[];

export type FieldName = (typeof planFields)[number]["name"];

/** A plan row as given: each field's value as a cell holds it, absent fields null. */
export type PlanRowValues = Readonly<Partial<Record<FieldName, Scalar>>>;

/** The fields the chain reads, in order. */
export const pricedFields = planFields.filter(
  (f): f is Extract<(typeof planFields)[number], { parameter: unknown }> => "parameter" in f,
);

/** Fields a plan file must have. */
export const requiredFields: readonly FieldName[] = ["role", "start"];
