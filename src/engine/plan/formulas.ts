/**
 * The chain's printing reader: a hire's steps as the worksheet formulas they stand for, one
 * cell a step, each reading the cells of the fields, inputs and earlier steps it takes. It
 * shows what PLANROW computes, and lets a test calculate the chain written out, function by
 * function, against PLANROW's own answer.
 */
import type { HireKind } from "./price";
import { contractorChain, employeeChain, type Argument, type PositionValue, type StepName } from "./chain";
import type { FieldName } from "./fields";
import type { InputName } from "./inputs";

/** Where the printed formulas find what they read: a cell reference for each field, input and step. */
export interface ChainCells {
  field(name: FieldName): string;
  position(name: PositionValue): string;
  input(name: InputName): string;
  step(name: StepName): string;
}

/** Each step of a hire's chain as a formula ("=…"), in `namespace`. */
export function chainFormulas(kind: HireKind, cells: ChainCells, namespace: string): Record<StepName, string> {
  const reference = (argument: Argument) => {
    if ("field" in argument) return cells.field(argument.field);
    if ("input" in argument) return cells.input(argument.input);
    if ("step" in argument) return cells.step(argument.step);
    if ("position" in argument) return cells.position(argument.position);
    if ("salaryOr" in argument) {
      // An empty salary reaches a formula as 0 on Excel desktop: only a positive one replaces the market figure.
      const salary = cells.field("salary");
      return `IF(N(${salary})>0,${salary},${cells.step(argument.salaryOr)})`;
    }
    return `"${argument.word}"`;
  };
  const formulas = {} as Record<StepName, string>;
  for (const step of kind === "employee" ? employeeChain : contractorChain) {
    const args = step.args.map(reference);
    const call = (list: string[]) => `${namespace}.${step.call}(${list.join(",")})`;
    if (!step.perHead) {
      formulas[step.step] = `=${call(args)}`;
      continue;
    }
    // Whole heads at the full figure, and the fraction as one more person on that share of it.
    const heads = cells.field("headcount");
    const [first, ...rest] = args;
    formulas[step.step] = `=${call(args)}*INT(${heads})+${call([`${first}*MOD(${heads},1)`, ...rest])}`;
  }
  return formulas;
}
