/**
 * A hire's chain, declared once as data: each step is one AIPAY function whose arguments
 * are the row's fields, its position's dates (position.ts), the plan's inputs, earlier steps
 * or fixed words. Readers walk it:
 * price.ts evaluates it through the engine (PLANROW, the CLI), formulas.ts prints it as
 * the worksheet formulas it stands for (the docs, and the test that holds the two together).
 */
import type { FieldName } from "./fields";
import type { InputName } from "./inputs";

export type StepName = "rate" | "aged" | "annual" | "months" | "heads";

/** What the chain reads of a row's resolved position. */
export type PositionValue = "startsOn" | "payFrom" | "marketDate" | "qualifyingMonths";

export type Argument =
  | { readonly field: FieldName }
  | { readonly position: PositionValue }
  | { readonly input: InputName }
  | { readonly step: StepName }
  /** The row's own salary when it gives one, else the step's market figure. */
  | { readonly salaryOr: StepName }
  | { readonly word: string };

export interface ChainStep {
  readonly step: StepName;
  /** What the step's figure is, as the plan sheet heads it. */
  readonly label: string;
  /** The AIPAY function it calls. */
  readonly call: string;
  readonly args: readonly Argument[];
  /**
   * Priced once a head, then times the headcount: whole heads at the full figure, and a
   * fraction as one part-timer on that share of it (employer NI thresholds are per person).
   */
  readonly perHead?: true;
}

const field = (name: FieldName): Argument => ({ field: name });
const position = (name: PositionValue): Argument => ({ position: name });
const input = (name: InputName): Argument => ({ input: name });
const step = (name: StepName): Argument => ({ step: name });

/** The market figure aged to the position's market date, for employees and contractors alike. */
const aged: ChainStep = {
  step: "aged",
  label: "Aged to start",
  call: "AGED",
  args: [step("rate"), position("marketDate"), input("agingRate")],
};

/** Heads in post at each month's end, for employees and contractors alike. */
const heads: ChainStep = {
  step: "heads",
  label: "In post",
  call: "HEADCOUNT",
  args: [position("startsOn"), input("yearStart"), field("end"), field("headcount")],
};

/**
 * An employee: the market salary at the target, aged to the start (to set beside the row's
 * own salary, which replaces it when given), loaded with employer costs, phased with reviews.
 */
export const employeeChain: readonly ChainStep[] = [
  {
    step: "rate",
    label: "Salary at target",
    call: "SALARYBAND",
    args: [field("role"), field("level"), field("location"), input("payTarget"), field("skills"), field("stage")],
  },
  aged,
  {
    step: "annual",
    label: "Cost a year",
    call: "LOADEDCOST",
    args: [{ salaryOr: "aged" }, input("taxYear")],
    perHead: true,
  },
  {
    step: "months",
    label: "Cost by month",
    call: "MONTHLY",
    args: [
      step("annual"),
      position("payFrom"),
      input("yearStart"),
      field("end"),
      input("reviewMonth"),
      input("reviewRate"),
      position("qualifyingMonths"),
    ],
  },
  heads,
];

/**
 * A contractor: the outside-IR35 day rate (the assignment rate the client pays) at the
 * target, aged to the start, priced at the client's cost by CONTRACTCOST (inside IR35 with
 * the client as fee payer, employer NI and levy too), phased without reviews.
 */
export const contractorChain: readonly ChainStep[] = [
  {
    step: "rate",
    label: "Day rate at target",
    call: "DAYRATE",
    args: [field("role"), field("level"), { word: "outside" }, input("payTarget")],
  },
  aged,
  {
    step: "annual",
    label: "Cost a year",
    call: "CONTRACTCOST",
    args: [step("aged"), input("contractDays"), field("ir35"), field("feePayer"), input("taxYear")],
    perHead: true,
  },
  {
    step: "months",
    label: "Cost by month",
    call: "MONTHLY",
    args: [step("annual"), position("payFrom"), input("yearStart"), field("end")],
  },
  heads,
];
