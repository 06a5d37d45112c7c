/**
 * A plan row's fields, declared once: the plan file's columns, the plan sheet's table and
 * PLANROW's parameters are all read from here. A priced field feeds the hire's chain; a
 * carried field (department, cost centre, notes) is kept with the row and priced by nothing.
 */
import { isEmptyCell } from "../core/cells";
import { invalidValue, type Scalar } from "../core/values";
import { PlanMessage } from "../core/messages";
import type { Ir35Status, FeePayer, PayGuide, PositionStatus, PositionType } from "../model/guide";
import { amount, date, rate, text, type Reads } from "../functions/parameters";
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

/** A position's type: a new position when empty (0 on Excel desktop). */
const positionType: Reads<PositionType> = {
  ...text("type", {
    about:
      "`new` (a position to fill, at the market figure unless a salary is given), `existing` (an employee in post, on their salary), `leaver` (an existing employee with a leaving date) or `backfill` (a leaver's replacement, filled like a new position)",
    default: "`new`",
    example: "existing",
    words: (guide) => guide.data.vocabulary.positionTypes.map((t) => t.type),
  }),
  read: (value: Scalar, guide: PayGuide) => (isEmptyCell(value) ? "new" : guide.positionType(String(value).trim())),
};

/** Where a new position stands; null when empty. */
const positionStatus: Reads<PositionStatus | null> = {
  ...text("status", {
    about:
      "for a new position or backfill: `open` (its start moves by the time to fill, its cost by the vacancy factor), `offer` (an offer out, at the salary offered) or `hired`",
    default: "`open` for a new position or backfill; empty for an existing employee or leaver",
    example: "offer",
    words: (guide) => guide.data.vocabulary.positionStatuses.map((s) => s.status),
  }),
  read: (value: Scalar, guide: PayGuide) => (isEmptyCell(value) ? null : guide.positionStatus(String(value).trim())),
};

const salaryAmount = amount("salary", {
  about:
    "an employee's own salary a year: an existing employee's or leaver's pay at the budget year's start, or an offer's or hire's agreed salary; it replaces the market figure, which stays beside it with the compa-ratio",
  default: "the market figure at the pay target",
  example: "95000",
  unit: "£ a year",
});
/** An employee's own salary: 0 (an empty cell on Excel desktop) is none given. */
const ownSalary: Reads<number | null> = {
  ...salaryAmount,
  read: (value: Scalar, guide: PayGuide) => (value === 0 ? null : salaryAmount.read(value, guide)),
};

/** Words that mark a row filled without an agency. */
const directHire = /^(direct|none)$/i;
const agencyFeeRate = rate("agencyFee", {
  about:
    "this row's recruitment fee as a share of first-year salary, e.g. 0.2, or `direct` for none; new positions and backfills only",
  default: "the plan's agency fee rate (0, like an empty cell on Excel desktop, is that rate too)",
});
/** An agency fee for the row: null for the plan's rate (empty, or 0 as desktop passes empty), 0 for `direct`. */
const agencyFee: Reads<number | null> = {
  ...agencyFeeRate,
  read(value: Scalar, guide: PayGuide) {
    if (typeof value === "string" && directHire.test(value.trim())) return 0;
    return isEmptyCell(value) ? null : (agencyFeeRate.read(value, guide) ?? null);
  },
};

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
  { name: "type", header: "Type", format: "@", parameter: positionType, about: positionType.about },
  { name: "status", header: "Status", format: "@", parameter: positionStatus, about: positionStatus.about },
  { name: "salary", header: "Salary", format: "£#,##0", parameter: ownSalary, about: ownSalary.about },
  { name: "agencyFee", header: "Agency fee", format: "0%", parameter: agencyFee, about: agencyFee.about },
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
