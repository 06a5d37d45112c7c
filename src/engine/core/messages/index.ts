/**
 * Every message AIPAY gives a user, in one catalogue: each is a small function of what was
 * given and what is valid, so the same fault is worded the same way wherever it is found,
 * and the wording can be read (and reviewed) in one place. The error code stays with the
 * caller (#N/A for something the guide does not publish or an empty argument, #VALUE! for a
 * wrong type or word, #NUM! for a number out of range). tests/unit/messages.test.ts fails
 * on an error built elsewhere in the engine with its text written inline.
 */
export { ArgumentMessage, RuleMessage } from "./arguments";
export { DateMessage } from "./dates";
export { LookupMessage } from "./lookups";
export { LevelMessage } from "./levels";
export { FigureMessage } from "./figures";
export { CellMessage, CallMessage } from "./calculator";
export { DatasetMessage } from "./dataset";
export { PlanMessage } from "./plan";
export { EditionMessage } from "./editions";
export { CensusMessage } from "./census";
