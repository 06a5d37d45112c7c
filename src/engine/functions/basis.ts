/**
 * AIPAY.BASIS: for the same arguments as any figure function, whether its figure is
 * published or derived, and if derived, the rules with their guide sections. A figure
 * function states its own basis (FunctionSpec.basis); this reads it.
 */
import type { Band } from "../model/guide";
import { citation } from "../model/band";
import type { Range } from "../data/schema";
import { gbp } from "../core/messages/wording";
import { invalidValue, type Scalar } from "../core/values";
import { RuleMessage } from "../core/messages";
import type { BandPoint } from "./points";
import { defineFunction, type FunctionSpec, type ListArguments } from "./spec";
import { passedOn, text } from "./parameters";
import { datesIn1900System } from "./workbook-dates";

/** How a point of a printed or derived band was read: the ends are the band's, the rest is worked out. */
function pointStep(point: BandPoint): string | undefined {
  if (typeof point === "object")
    return `the ${point.percentile} percentile of a lognormal fitted to the band's 25th and 75th percentiles (a model, not a published figure)`;
  return point === "mid" ? "mid is the arithmetic midpoint of the 25th–75th percentile range" : undefined;
}

/**
 * What a figure read from a band whose high end is a floor ("£400k+") is: a lower bound. The
 * low end is a printed figure; the high end, the mid and anything built on them are "at least".
 */
export function floorNote(band: Range, point: BandPoint): string | undefined {
  if (!band.openEnded || point === "low") return undefined;
  const what =
    point === "mid" ? "the mid is a lower bound, not the midpoint of a known range" : "the high end is a lower bound";
  return `At least: the guide prints the high end as a floor (${gbp(band.high)}+), so ${what}.`;
}

/** The basis of a band's figure: "Published: …" only when the guide prints it as returned; "At least" on a floor. */
export function bandBasis(band: Band, point: BandPoint, extra: readonly string[] = []): string {
  const { provenance } = band;
  const steps = [provenance.derived, pointStep(point), ...extra].filter((s): s is string => Boolean(s));
  const printed = `${citation(provenance)} (${[band.role, band.level, band.location].filter(Boolean).join(", ")})`;
  const basis = steps.length === 0 ? `Published: ${printed}` : `Derived: ${steps.join("; ")}. From ${printed}`;
  const floor = floorNote(band, point);
  return floor ? `${basis}. ${floor}` : basis;
}

/** BASIS over the figure functions given (the registry's), with up to `arity` of their arguments. */
export function basisFunction(figureFunctions: () => readonly FunctionSpec[], arity: number): FunctionSpec {
  // Read on first use: the registry's list is not complete while this spec is being built into it.
  let figures: Map<string, FunctionSpec> | undefined;
  const byName = () => (figures ??= new Map(figureFunctions().flatMap((f) => (f.basis ? [[f.name, f]] : []))));
  const functionName = text("functionName", {
    about: "a figure function's name, with or without `AIPAY.`",
    example: "SALARYBAND",
  });
  const passed = Array.from({ length: arity }, (_, i) =>
    passedOn(`arg${i + 1}`, {
      about: 'that function\'s arguments, in its order; `skills` is one cell here (`"RAG, LoRA"`)',
      default: "as for the function",
    }),
  );
  return defineFunction({
    name: "BASIS",
    parameters: [functionName, ...passed],
    evaluate(guide, [name, ...args], outer) {
      const { dateSystem } = outer;
      const functions = byName();
      const given = functionName.read(name, guide);
      const target = functions.get(given.toUpperCase().replace(/^=?AIPAY\./, ""));
      if (!target) throw invalidValue(RuleMessage.notFigureFunction([...functions.keys()], given));
      const own = datesIn1900System(target.parameters, args.slice(0, target.params.length), dateSystem) as Scalar[];
      if (args.slice(target.params.length).some((a) => a !== null))
        throw invalidValue(RuleMessage.argumentCount(target.name, target.params));
      // A list parameter (skills) arrives here as one cell, e.g. "RAG, LoRA".
      const lists: ListArguments = Object.fromEntries(
        target.lists.map((list) => {
          const cell = own[target.params.indexOf(list)];
          return [list, cell === null || cell === "" ? [] : [cell as Scalar]];
        }),
      );
      const context = { ...outer, lists };
      target.evaluate(guide, own, context); // an argument the figure refuses gets the same error here
      return target.basis!(guide, own, context);
    },
  });
}
