/** The exact Excel formula text for one AIPAY call, as the user would type it. */
import type { Scalar } from "../engine";

/** An Excel literal: text in double quotes (inner quotes doubled), TRUE/FALSE, numbers as typed. */
function literal(value: Scalar): string {
  if (value === null) return "";
  if (typeof value === "string") return `"${value.replace(/"/g, '""')}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** `=AIPAY.NAME(args…)`; trailing omitted arguments are dropped, inner ones left empty. */
export function formulaText(name: string, args: readonly Scalar[]): string {
  const given = [...args];
  while (given.length > 0 && given[given.length - 1] === null) given.pop();
  return `=AIPAY.${name}(${given.map(literal).join(",")})`;
}
