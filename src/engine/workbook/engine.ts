/**
 * The engine for one dataset: every edition of the guide it holds, and the workbook it
 * calculates for. Which edition a call uses is resolved in one place, inForce: the edition
 * the caller names (a plan priced from another edition, a preview of a move), else the
 * workbook's pin, else the dataset's default edition. Adapters make one engine for their page
 * or process and ask it; nothing is chosen at module load.
 */
import type { Dataset } from "../data/dataset-schema";
import { EditionLibrary } from "../model/editions";
import type { PayGuide } from "../model/guide";
import { Calculator, type BoundFunction } from "../calculator/registry";
import { FUNCTIONS as MARKET_FUNCTIONS } from "../calculator/functions";
import { EngineError, notAvailable, type Matrix } from "../core/values";
import { EditionMessage } from "../core/messages";
import type { DateSystem } from "../calendar/dates";
import type { FunctionSpec } from "../functions/spec";
import { ROLECARD_FACTS } from "../functions/rolecard";
import { PLANROW } from "../plan/planrow";

/** Every AIPAY worksheet function: the market and budget functions, and PLANROW built on them. */
export const FUNCTIONS: readonly FunctionSpec[] = [...MARKET_FUNCTIONS, PLANROW];

/** What a workbook is pinned to: the edition of the guide, and the tax year of undated employer-cost figures. */
export interface WorkbookPin {
  readonly edition: string;
  readonly taxYear: string;
}

/** A calculator and its functions, each bound once. */
class EditionCalculator {
  private readonly bound = new Map<string, BoundFunction>();
  readonly roleCardFacts: BoundFunction;
  constructor(readonly calculator: Calculator) {
    this.roleCardFacts = calculator.bindSpec(ROLECARD_FACTS);
  }
  get guide(): PayGuide {
    return this.calculator.guide;
  }
  call(name: string, args: readonly unknown[]): Matrix {
    let fn = this.bound.get(name);
    if (!fn) this.bound.set(name, (fn = this.calculator.bind(name)));
    return fn(args);
  }
}

/** One edition's guide and its worksheet functions, called by name. */
export interface EditionFunctions {
  readonly guide: PayGuide;
  call(name: string, args: readonly unknown[]): Matrix;
}

export class AipayEngine {
  readonly editions: EditionLibrary;
  private pin: Partial<WorkbookPin> = {};
  private dateSystem: DateSystem = 1900;
  private readonly calculators = new Map<string, EditionCalculator>();
  /** The calculator of the edition in force, while the pin is unchanged. */
  private current: EditionCalculator | EngineError | undefined;

  constructor(dataset: Dataset) {
    this.editions = new EditionLibrary(dataset);
  }

  /**
   * The edition and tax year a call uses: `edition` when the call names one, else the
   * workbook's pin, else the dataset's default edition with its own tax year. Throws an
   * EngineError naming the edition when the workbook is pinned to one this dataset lacks:
   * its figures are never replaced by another edition's.
   */
  inForce(edition?: string | null): WorkbookPin {
    const { editions, pin } = this;
    if (edition) return { edition: editions.edition(edition).id, taxYear: this.taxYearOf(edition) };
    const chosen = pin.edition ?? editions.defaultEdition;
    if (!editions.has(chosen)) throw notAvailable(EditionMessage.pinnedNotHeld(chosen, editions.ids));
    return { edition: chosen, taxYear: this.taxYearOf(chosen) };
  }

  private taxYearOf(edition: string): string {
    const { taxYear } = this.pin;
    if (taxYear === undefined) return this.editions.edition(edition).defaultTaxYear;
    if (!this.editions.taxYears.includes(taxYear))
      throw notAvailable(EditionMessage.pinnedTaxYearNotHeld(taxYear, this.editions.taxYears));
    return taxYear;
  }

  /**
   * Calculates for a workbook pinned to `pin` from now on (an empty pin: the default). True
   * when that changes the edition or tax year in force, so that Excel must calculate again.
   */
  pinWorkbook(pin: Partial<WorkbookPin>): boolean {
    const before = this.describe();
    this.pin = { ...(pin.edition ? { edition: pin.edition } : {}), ...(pin.taxYear ? { taxYear: pin.taxYear } : {}) };
    this.current = undefined;
    return this.describe() !== before;
  }

  private describe(): string {
    try {
      const { edition, taxYear } = this.inForce();
      return `${edition} ${taxYear}`;
    } catch (error) {
      return String(error);
    }
  }

  /**
   * Tells the engine the workbook's date system, which the date serials it is given count in;
   * true when that changes its answers (then every date answer Excel shows needs recalculating).
   */
  useDateSystem(system: DateSystem): boolean {
    if (system === this.dateSystem) return false;
    this.dateSystem = system;
    for (const { calculator } of this.calculators.values()) calculator.useDateSystem(system);
    return true;
  }

  private calculatorFor({ edition, taxYear }: WorkbookPin): EditionCalculator {
    const key = `${edition}\u0000${taxYear}`;
    let found = this.calculators.get(key);
    if (!found) {
      const guide = this.editions.guide(edition, taxYear);
      const calculator = new Calculator(guide, {
        functions: FUNCTIONS,
        dateSystem: this.dateSystem,
        editions: this.editions,
      });
      this.calculators.set(key, (found = new EditionCalculator(calculator)));
    }
    return found;
  }

  /** The calculator of the edition in force for the workbook, or the error that says why there is none. */
  private inForceCalculator(): EditionCalculator | EngineError {
    if (this.current) return this.current;
    try {
      return (this.current = this.calculatorFor(this.inForce()));
    } catch (error) {
      if (error instanceof EngineError) return (this.current = error);
      throw error;
    }
  }

  /** The guide of the edition in force for the workbook; throws an EngineError when it is pinned to one not held. */
  guide(): PayGuide {
    const found = this.inForceCalculator();
    if (found instanceof EngineError) throw found;
    return found.guide;
  }

  /**
   * Evaluates an AIPAY function for the workbook. No answer depends on the clock. The result
   * is shared (its type is read-only): read it, never change it.
   */
  evaluate(name: string, args: readonly unknown[]): Matrix {
    const found = this.inForceCalculator();
    return found instanceof EngineError ? [[found]] : found.call(name, args);
  }

  /** One function resolved once, for callers that call it many times (the Excel adapter); it follows the pin. */
  bind(name: string): BoundFunction {
    // Resolved again only when the edition in force changes: a plan calls it once a cell.
    const resolve = (found: EditionCalculator | EngineError): BoundFunction =>
      found instanceof EngineError ? () => [[found]] : found.calculator.bind(name);
    // Nothing is built until the first call: Excel's page binds every function as it loads.
    let resolvedFor: EditionCalculator | EngineError | undefined;
    let resolved: BoundFunction | undefined;
    return (args) => {
      const found = this.inForceCalculator();
      if (found !== resolvedFor || !resolved) [resolvedFor, resolved] = [found, resolve(found)];
      return resolved(args);
    };
  }

  /**
   * The role card's facts for SALARYBAND's arguments (role, level, location, point, skills,
   * stage; point is not read): one row, in the order of roleCardFactNames.
   */
  roleCardFacts(args: readonly unknown[]): Matrix {
    const found = this.inForceCalculator();
    return found instanceof EngineError ? [[found]] : found.roleCardFacts(args);
  }

  /**
   * The guide of `edition` (the workbook's edition in force by default) and its functions
   * called by name: what a model built on the worksheet functions (a plan, a census) is given.
   * Throws an EngineError for an edition not held, or a workbook pinned to one.
   */
  edition(edition?: string | null): EditionFunctions {
    const found = edition ? this.calculatorFor(this.inForce(edition)) : this.inForceCalculator();
    if (found instanceof EngineError) throw found;
    return { guide: found.guide, call: (name, args) => found.call(name, args) };
  }
}
