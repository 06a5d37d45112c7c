/**
 * A shared set of plans: employees and contractors, inside and outside IR35, agency and
 * client as fee payer, leavers, part-timers (FTE), a pay review, a percentile target, and
 * positions of every type and status with agency fees, a time to fill and a vacancy factor.
 * Each plan's fields and inputs are text, as a plan file and the plan sheet's cells hold
 * them, so the same plans can be priced by `aipay plan`, by PLANROW and by the plan sheet.
 */
import { parse } from "csv-parse/sync";
import { csvLayout, type CsvRow } from "../../src/cli/plan-csv";
import { csvOptions, firstLine, headerDelimiter } from "../../src/cli/plan-file";
import { PlanRun } from "../../src/cli/plan-run";
import {
  planFields,
  planInputs,
  resolvePlanInputs,
  type FieldName,
  type InputName,
  type PlanInputsGiven,
  bundled,
} from "./engine";

export interface SharedPlan {
  readonly name: string;
  /** The plan's inputs as typed; those left out take the model's defaults. */
  readonly inputs: Readonly<Partial<Record<InputName, string>>>;
  readonly rows: readonly Readonly<Partial<Record<FieldName, string>>>[];
}

/** Every plan prices FY2027/28 (1 April 2027 – 31 March 2028, 366 days) at 2026/27 rates, aged 4% a year. */
const fy2027 = { yearStart: "2027-04-01", taxYear: "2026/27", agingRate: "0.04" } as const;

export const sharedPlans: readonly SharedPlan[] = [
  {
    name: "employees: a leaver, part-timers, a day-first date",
    inputs: fy2027,
    rows: [
      { role: "MLOps Engineer", level: "Mid-Level", location: "UK National", start: "2027-04-01", end: "2027-12-31" },
      { role: "MLOps Engineer", level: "Mid-Level", location: "UK National", start: "2027-04-01", headcount: "0.5" },
      {
        role: "LLM Engineer",
        level: "Senior",
        location: "London",
        start: "2027-07-15",
        headcount: "2",
        department: "Research",
      },
      {
        role: "MLOps Engineer",
        level: "Senior",
        location: "Manchester",
        start: "15/06/2027",
        headcount: "2.5",
        skills: "Kubernetes, GPU",
      },
    ],
  },
  {
    name: "contractors: outside, inside through an agency, inside paid by the client, a leaver, a part-timer",
    inputs: fy2027,
    rows: [
      { role: "AI Engineer", level: "Senior", start: "2027-04-01", ir35: "outside" },
      { role: "AI Engineer", level: "Senior", start: "2027-04-01", ir35: "inside" },
      { role: "AI Engineer", level: "Senior", start: "2027-04-01", ir35: "inside", feePayer: "client" },
      { role: "ML Engineer", level: "Lead/Principal", start: "2027-06-01", end: "2027-11-30", ir35: "outside" },
      {
        role: "LLM Engineer",
        level: "Mid-Level",
        start: "2027-05-01",
        ir35: "inside",
        feePayer: "client",
        headcount: "0.5",
      },
    ],
  },
  {
    name: "both, at the high point, with a 3% review every April",
    inputs: { ...fy2027, payTarget: "high", reviewMonth: "4", reviewRate: "0.03" },
    rows: [
      { role: "Head of MLOps", location: "UK National", start: "2026-10-01", costCentre: "CC-100" },
      { role: "LLM Engineer", level: "Senior", location: "London", start: "2027-07-15", headcount: "2" },
      {
        role: "ML Platform Engineer",
        level: "Senior",
        start: "2027-09-01",
        ir35: "outside",
        notes: "platform rebuild",
      },
      { role: "Data Engineer", level: "Mid-Level", start: "2027-04-01", end: "2028-01-31", ir35: "inside" },
    ],
  },
  {
    name: "a percentile target, clients as fee payer by default",
    inputs: { ...fy2027, payTarget: "0.9", defaultFeePayer: "client", contractDays: "200" },
    rows: [
      { role: "AI Engineer", level: "Senior", location: "London", start: "2027-04-01" },
      { role: "ML Engineer", level: "Senior", start: "2027-04-01", ir35: "inside" },
      { role: "ML Engineer", level: "Senior", start: "2027-04-01", ir35: "inside", feePayer: "agency" },
      { role: "MLOps Engineer", level: "Mid-Level", start: "2027-10-01", ir35: "outside", headcount: "3" },
    ],
  },
  {
    name: "positions: in post, a part-time leaver and her backfill, open, offered and hired, agency fees, a January review",
    inputs: {
      yearStart: "2026-04-01",
      taxYear: "2026/27",
      agingRate: "0",
      reviewMonth: "1",
      reviewRate: "0.05",
      qualifyingMonths: "6",
      timeToFill: "2",
      vacancyFactor: "0.1",
      agencyFeeRate: "0.2",
    },
    rows: [
      {
        role: "Data Engineer",
        level: "Senior",
        start: "2022-05-01",
        type: "existing",
        salary: "84000",
        department: "Data",
      },
      {
        role: "MLOps Engineer",
        level: "Mid-Level",
        start: "2021-09-01",
        end: "2026-09-30",
        headcount: "0.5",
        type: "leaver",
        salary: "70000",
        department: "Platform",
      },
      { role: "MLOps Engineer", level: "Mid-Level", start: "2026-10-01", type: "backfill", department: "Platform" },
      {
        role: "LLM Engineer",
        level: "Senior",
        location: "London",
        start: "2026-06-01",
        status: "open",
        agencyFee: "direct",
        department: "Research",
      },
      {
        role: "AI Engineer",
        level: "Senior",
        start: "2026-05-01",
        status: "offer",
        salary: "100000",
        department: "Research",
      },
      {
        role: "AI Engineer",
        level: "Mid-Level",
        location: "London",
        start: "2026-07-16",
        status: "hired",
        agencyFee: "0.15",
        department: "Research",
      },
      {
        role: "AI Engineer",
        level: "Senior",
        start: "2026-04-01",
        status: "hired",
        ir35: "outside",
        department: "Platform",
      },
      {
        role: "AI Engineer",
        level: "Senior",
        start: "2026-07-01",
        status: "hired",
        ir35: "inside",
        feePayer: "client",
        department: "Platform",
      },
      {
        role: "LLM Engineer",
        level: "Senior",
        location: "London",
        start: "2024-01-15",
        type: "existing",
        salary: "125000",
        department: "Research",
      },
      { role: "Data Engineer", level: "Senior", start: "2026-08-01", headcount: "2", department: "Data" },
    ],
  },
];

const quoted = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A plan as a plan file: a header of the fields its rows use, in the model's order, then a line a row. */
export function planFile(plan: SharedPlan): string {
  const used = planFields.map((f) => f.name).filter((name) => plan.rows.some((row) => row[name] !== undefined));
  const lines = [used, ...plan.rows.map((row) => used.map((name) => row[name] ?? ""))];
  return lines.map((cells) => cells.map(quoted).join(",")).join("\n") + "\n";
}

/** A plan's inputs as `aipay plan`'s options. */
export const planOptions = (plan: SharedPlan): string[] =>
  planInputs.flatMap((input) =>
    plan.inputs[input.name] === undefined ? [] : [`--${input.flag}`, plan.inputs[input.name]!],
  );

/**
 * A plan file priced in process as `aipay plan` prices it, into the rows of its CSV form
 * (figures as numbers), with the refused lines' messages: for tests that compare without a build.
 */
export function pricedTable(csv: string, inputs: PlanInputsGiven): { rows: CsvRow[]; problems: string[] } {
  const problems: string[] = [];
  const run = new PlanRun(resolvePlanInputs(bundled, inputs), csvLayout, (problem) => problems.push(problem));
  const options = csvOptions(headerDelimiter(firstLine(csv)), (reason) => run.unreadable(reason));
  const records = parse(csv, options) as string[][];
  const rows = [...records.flatMap((record) => run.record(record)), ...run.end()];
  return { rows, problems };
}
