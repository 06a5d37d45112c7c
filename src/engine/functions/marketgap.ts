/**
 * AIPAY.MARKETGAP: one employee's salary against the market band, in one row: the band, the
 * compa-ratio and range position, whether the salary is below or above the band, the gaps to
 * the band's low end and mid, and what closing each costs the employer a year. Every figure
 * comes from the engine's own functions (SALARYBAND, COMPARATIO, RANGEPOSITION, LOADEDCOST,
 * BASIS), called back through the calculator.
 *
 * The salary is the employee's actual pay a year; a part-timer's FTE scales the full-time band
 * to their hours, so the gaps and their cost are in the pay they actually receive.
 */
import { toPence } from "../core/money";
import { EngineError, type Cell, type Matrix, type Scalar } from "../core/values";
import { defineFunction, type CallContext } from "./spec";
import { rate } from "./parameters";
import { salary, taxYear } from "./budget";
import { bandLevel, bandLocation, bandRole } from "./salary";

/** A full-time band's ends and mid, as SALARYBAND gives them, and whether the guide prints it. */
export interface TargetBand {
  readonly low: number;
  readonly mid: number;
  readonly high: number;
}

/** The gaps from a salary to a band scaled to an FTE, and the loaded cost a year of closing each. */
export interface Gaps {
  readonly below: boolean;
  readonly above: boolean;
  readonly gapToLow: number;
  readonly gapToMid: number;
  readonly costToLow: number;
  readonly costToMid: number;
}

/** An AIPAY function called by name, as the calculator calls it. */
export type Call = CallContext["call"];

/** The one value of a call's answer; throws its error. */
export function single(answer: Matrix): Scalar {
  const cell = answer[0][0];
  if (cell instanceof EngineError) throw cell;
  return cell;
}

/** What LOADEDCOST adds to the employer's year when pay rises from `pay` by `rise`. */
function costOfRise(call: Call, pay: number, rise: number, year: string): number {
  if (rise === 0) return 0;
  const before = single(call("LOADEDCOST", [pay, year])) as number;
  const after = single(call("LOADEDCOST", [toPence(pay + rise), year])) as number;
  return toPence(after - before) + 0;
}

/**
 * A salary's gaps to a full-time band scaled to `fte`: the band's end at the FTE (to the
 * penny) less the salary, 0 at or above it; the cost of each gap at the tax year's rates.
 */
export function gapsTo(call: Call, band: TargetBand, pay: number, fte: number, year: string): Gaps {
  const low = toPence(band.low * fte);
  const mid = toPence(band.mid * fte);
  const high = toPence(band.high * fte);
  const gapToLow = Math.max(0, toPence(low - pay)) + 0;
  const gapToMid = Math.max(0, toPence(mid - pay)) + 0;
  return {
    below: pay < low,
    above: pay > high,
    gapToLow,
    gapToMid,
    costToLow: costOfRise(call, pay, gapToLow, year),
    costToMid: costOfRise(call, pay, gapToMid, year),
  };
}

export const fte = rate("fte", {
  about:
    "the share of full time worked (0.6 is three days a week); the band is scaled by it, since the salary is the pay actually received",
  default: "1: full time (0, like an empty cell on Excel desktop, is full time too)",
  range: { min: 0, max: 1 },
});

/** MARKETGAP's answer, left to right. */
export const marketGapColumns = [
  "Market low",
  "Market mid",
  "Market high",
  "Compa-ratio",
  "Range position",
  "Below band",
  "Above band",
  "Gap to low",
  "Gap to mid",
  "Cost to low",
  "Cost to mid",
  "Basis",
] as const;

/** A band's basis in one word, from BASIS's answer: "Published" or "Derived". */
export const basisWord = (basis: string): "Published" | "Derived" =>
  basis.startsWith("Published") ? "Published" : "Derived";

export const MARKETGAP = defineFunction({
  name: "MARKETGAP",
  parameters: [salary, bandRole, bandLevel, bandLocation, fte, taxYear],
  spillWidth: marketGapColumns.length,
  // A census's salaries seldom repeat: remembering each answer costs more than it saves.
  remember: false,
  evaluate(guide, [salaryArg, role, level, location, fteArg, taxYearArg], { call }) {
    const pay = salary.read(salaryArg, guide);
    const share = fte.read(fteArg, guide) || 1;
    const year = taxYear.read(taxYearArg, guide);
    const point = (which: string) => single(call("SALARYBAND", [role, level, location, which])) as number;
    const band = { low: point("low"), mid: point("mid"), high: point("high") };
    const fullTime = pay / share;
    const compaRatio = single(call("COMPARATIO", [fullTime, role, level, location]));
    // A single-figure band has no range to sit in: that cell alone shows RANGEPOSITION's error.
    const position: Cell = call("RANGEPOSITION", [fullTime, role, level, location])[0][0];
    const gaps = gapsTo(call, band, pay, share, year);
    const basis = single(call("BASIS", ["SALARYBAND", role, level, location, "range"])) as string;
    return [
      [
        band.low,
        band.mid,
        band.high,
        compaRatio,
        position,
        gaps.below,
        gaps.above,
        gaps.gapToLow,
        gaps.gapToMid,
        gaps.costToLow,
        gaps.costToMid,
        basisWord(basis),
      ],
    ];
  },
});
