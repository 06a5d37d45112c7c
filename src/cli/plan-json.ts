/**
 * The plan's JSON form, for machines: one document, written as the rows come,
 *   {"months": [...], "rows": [{...}, ...], "totals": {...}, "assumptions": {...}}
 * A row holds its line in the file, every field (null when absent), the kind of hire, the
 * chain's figures, its twelve months of cost, one-off costs and heads in post, and its year.
 */
import { planFields, planAssumptions } from "../engine";
import { aipay } from "./engine";
import type { PlanLayout } from "./plan-layout";
import { yearOf } from "./plan-totals";

/** A fresh layout: it remembers whether a row has been written, to separate the next. */
export function jsonLayout(): PlanLayout<string> {
  let rows = 0;
  return {
    head: (months) => [`{"months":${JSON.stringify(months)},"rows":[`],

    row(line, values, hire) {
      const fields = Object.fromEntries(planFields.map((field) => [field.name, values[field.name] ?? null]));
      const { kind, rate, aged, pay, compaRatio, annual, months, oneOffs, heads } = hire;
      const figures = { kind, rate, aged, pay, compaRatio, annual, months, oneOffs, heads, year: yearOf(months) };
      const row = { line, ...fields, ...figures };
      return [`${rows++ === 0 ? "" : ","}\n${JSON.stringify(row)}`];
    },

    tail(totals, inputs) {
      const year = {
        employees: yearOf(totals.employees),
        contractors: yearOf(totals.contractors),
        oneOffs: yearOf(totals.oneOffs),
        total: yearOf(totals.total),
      };
      const assumed = Object.fromEntries(planAssumptions(aipay, inputs).map(({ key, value }) => [key, value]));
      return [`\n],"totals":${JSON.stringify({ ...totals, year })},"assumptions":${JSON.stringify(assumed)}}\n`];
    },

    // Left unfinished, the document is not JSON: no parser takes a part for the whole budget.
    refused: () => [],
  };
}
