/**
 * A plan priced record by record, as its file is read: the header names the columns, each
 * line after it is priced by the engine's plan model and laid out at once, and the running
 * totals and the assumptions follow the last. A refused line is reported with its number;
 * the lines after it are still checked, and reported, but no more of the budget is laid out.
 */
import { EngineError, PlanMessage, type FieldName, type PlanInputValues, pricePlanRow } from "../engine";
import { aipay } from "./engine";
import { headerFields, PlanFileError, rowValues } from "./plan-file";
import type { PlanLayout } from "./plan-layout";
import { monthsInYear, PlanTotals } from "./plan-totals";
import { RecordLines } from "./record-lines";

/** The budget year's first-of-month dates, ISO. */
function monthStarts(yearStart: string): string[] {
  const [year, month] = yearStart.split("-").map(Number);
  return Array.from({ length: monthsInYear }, (_, k) =>
    new Date(Date.UTC(year, month - 1 + k, 1)).toISOString().slice(0, 10),
  );
}

export class PlanRun<Out> {
  private fields: readonly FieldName[] | undefined;
  private readonly totals = new PlanTotals();
  private readonly lines: RecordLines;

  constructor(
    private readonly inputs: PlanInputValues,
    private readonly layout: PlanLayout<Out>,
    /** Told each refused line as it is found. */
    report: (problem: string) => void,
  ) {
    this.lines = new RecordLines(report);
  }

  get refused(): boolean {
    return this.lines.refused;
  }

  /**
   * One record of the file; returns what to write for it. Throws PlanFileError for a header
   * the model cannot read.
   */
  record(cells: string[]): Out[] {
    const line = this.lines.lineOf(cells);
    if (line === undefined) return [];
    if (this.fields === undefined) {
      this.fields = headerFields(cells);
      return [];
    }
    if (cells.length > this.fields.length) {
      this.refuse(PlanMessage.tooManyCells(line, cells.length, this.fields.length));
      return [];
    }
    const values = rowValues(cells, this.fields);
    let hire;
    try {
      hire = pricePlanRow(aipay, values, this.inputs);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      this.refuse(PlanMessage.atLine(line, error.code, error.message));
      return [];
    }
    if (this.refused) return [];
    this.totals.add(hire);
    const row = this.layout.row(line, values, hire);
    return this.totals.count === 1 ? [...this.layout.head(monthStarts(this.inputs.yearStart)), ...row] : row;
  }

  /** A record the CSV reader could not read (a quote that is not closed, or text after a closing one). */
  unreadable(reason: string): void {
    this.lines.unreadable(reason);
  }

  /** What follows the last record; throws PlanFileError for a file without a header or rows. */
  end(): Out[] {
    this.lines.finish();
    if (this.refused) return this.totals.count > 0 ? this.layout.refused(this.lines.firstProblem!) : [];
    if (this.totals.count === 0) throw new PlanFileError(PlanMessage.noRows());
    return this.layout.tail(this.totals.byMonth(), this.inputs);
  }

  private refuse(problem: string): void {
    this.lines.refuse(problem);
  }
}
