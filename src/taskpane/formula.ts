/** The exact Excel formula text for an AIPAY call, as the user would type it. */
import type { Scalar } from "../engine";
import { functionNamespace } from "./namespace";

/** An AIPAY call whose arguments may themselves be AIPAY calls (a loaded cost of a band midpoint). */
export interface Call {
  name: string;
  args: readonly Argument[];
}
export type Argument = Scalar | Call;

export const isCall = (argument: Argument): argument is Call =>
  typeof argument === "object" && argument !== null && "name" in argument;

/** An Excel literal: text in double quotes (inner quotes doubled), TRUE/FALSE, numbers as typed. */
function literal(value: Scalar): string {
  if (value === null) return "";
  if (typeof value === "string") return `"${value.replace(/"/g, '""')}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** `AIPAY.NAME(args…)` in the build's namespace; trailing omitted arguments are dropped, inner ones left empty. */
function expression({ name, args }: Call): string {
  const given = [...args];
  while (given.length > 0 && given[given.length - 1] === null) given.pop();
  return `${functionNamespace}.${name}(${given.map((a) => (isCall(a) ? expression(a) : literal(a))).join(",")})`;
}

export const formulaText = (name: string, args: readonly Argument[]) => `=${expression({ name, args })}`;
