/**
 * Role cards given as arguments. An entity with role, level and location fields (ROLECARD's
 * card, or another add-in's) is read by those fields rather than by the text its cell shows
 * ("MLOps Engineer · Senior · London", which names no role): given for a role, level or
 * location parameter it gives that field; given for the role, it also gives its level and
 * location where those arguments are left out. So `=AIPAY.SALARYBAND(A2)` on a card in A2
 * is the card's band, and `=AIPAY.SALARYBAND(A2, "Junior")` the same role at Junior.
 */
import { cardFieldNames, cardFieldsOf, type CardField } from "../core/cell-values";
import type { FunctionSpec } from "../functions/spec";
import { readCell } from "./cells";

const isCardField = (name: string): name is CardField => (cardFieldNames as readonly string[]).includes(name);

/** Whether an argument (one value or a block of them) holds a card. */
const holdsCard = (argument: unknown): boolean =>
  Array.isArray(argument)
    ? argument.some((row) => (Array.isArray(row) ? row.some(holdsCard) : holdsCard(row)))
    : cardFieldsOf(argument) !== undefined;

/** An argument with each card replaced by `read` of it and any other value by `other` of it. */
function mapCards(
  argument: unknown,
  read: (card: Record<CardField, unknown>) => unknown,
  other: (value: unknown) => unknown = (value) => value,
): unknown {
  if (Array.isArray(argument)) return argument.map((row) => mapCards(row, read, other));
  const card = cardFieldsOf(argument);
  return card ? read(card) : other(argument);
}

/** The arguments with every card read by its fields; the arguments themselves when no card is among them. */
export function readCards(spec: FunctionSpec, args: readonly unknown[]): readonly unknown[] {
  const role = spec.params.indexOf("role");
  const roleCards = role >= 0 && holdsCard(args[role]) ? args[role] : undefined;
  let read: unknown[] | undefined;
  spec.params.forEach((name, i) => {
    const given = args[i];
    if (!isCardField(name)) return;
    const field = (card: Record<CardField, unknown>) => readCell(card[name]);
    // A level or location left out comes from the card given for the role, cell by cell.
    const leftOut = (given === null || given === undefined) && i !== role && roleCards !== undefined;
    if (leftOut) (read ??= args.slice())[i] = mapCards(roleCards, field, () => given);
    else if (holdsCard(given)) (read ??= args.slice())[i] = mapCards(given, field);
  });
  return read ?? args;
}
