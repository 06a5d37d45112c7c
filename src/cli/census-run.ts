/**
 * A census priced record by record as its file is read: the header names the columns, each
 * person is priced by the engine and laid out at once, and the summary, the company bands
 * and the assumptions follow the last. A refused line is reported by its number only (a
 * census is personal data); the lines after it are still checked, but nothing more is laid
 * out. An unmapped title is reported too, with the roles it may be, and its person is listed
 * unpriced.
 */
import {
  CensusIds,
  CensusMessage,
  CensusSummary,
  censusColumns,
  censusGroups,
  EngineError,
  headerColumns,
  PlanMessage,
  type BandComparison,
  type CensusColumn,
  type CensusOptions,
  type Scalar,
  censusAssumptions,
  priceCensusRow,
} from "../engine";
import { aipay } from "./engine";
import type { CensusLayout } from "./census-layout";
import { PlanFileError } from "./plan-file";
import { RecordLines, reportedProblems } from "./record-lines";
import type { RecordRun } from "./streaming";

const [allGroup] = censusGroups;

export class CensusRun<Out> implements RecordRun<Out> {
  private columns: readonly (CensusColumn | null)[] | undefined;
  private readonly ids = new CensusIds();
  private readonly summary: CensusSummary;
  private readonly lines: RecordLines;
  private people = 0;
  private notes = 0;

  constructor(
    private readonly options: CensusOptions,
    private readonly bands: readonly BandComparison[],
    private readonly layout: CensusLayout<Out>,
    /** Told each refused line, and each unmapped title, as it is found. */
    private readonly report: (problem: string) => void,
    summarised: boolean,
  ) {
    this.lines = new RecordLines(report);
    this.summary = new CensusSummary(summarised ? censusGroups : [allGroup]);
  }

  get refused(): boolean {
    return this.lines.refused;
  }

  record(cells: string[]): Out[] {
    const line = this.lines.lineOf(cells);
    if (line === undefined) return [];
    if (this.columns === undefined) {
      try {
        this.columns = headerColumns(censusColumns, cells);
      } catch (error) {
        if (error instanceof EngineError) throw new PlanFileError(error.message);
        throw error;
      }
      return this.layout.head(cells);
    }
    if (cells.length > this.columns.length) {
      this.lines.refuse(PlanMessage.tooManyCells(line, cells.length, this.columns.length));
      return [];
    }
    const row: Partial<Record<CensusColumn, Scalar>> = {};
    this.columns.forEach((name, i) => {
      if (name !== null && cells[i] !== undefined && cells[i] !== "") row[name] = cells[i];
    });
    let person;
    try {
      person = priceCensusRow(aipay, row, this.options);
      this.ids.see(person.id, line);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      this.lines.refuse(PlanMessage.atLine(line, error.code, error.message));
      return [];
    }
    if (person.unmapped)
      this.note(CensusMessage.at(`line ${line}`, CensusMessage.unmapped(person.title, person.unmapped)));
    else if (person.target === null)
      this.note(
        CensusMessage.at(`line ${line}`, CensusMessage.noCompanyBand(person.role!, person.level!, person.location!)),
      );
    if (this.refused) return [];
    this.people++;
    this.summary.add(person);
    return this.layout.person(line, cells, person);
  }

  unreadable(reason: string): void {
    this.lines.unreadable(reason);
  }

  end(): Out[] {
    this.lines.finish();
    const unlisted = this.notes - reportedProblems;
    if (unlisted > 0) this.report(`${unlisted} more unmapped or unbanded line${unlisted === 1 ? "" : "s"}.`);
    if (this.refused) return this.people > 0 ? this.layout.refused(this.lines.firstProblem!) : [];
    if (this.people === 0) throw new PlanFileError(CensusMessage.noRows("census"));
    const assumed = censusAssumptions(aipay, this.options);
    return this.layout.tail(this.summary.lines(), this.bands, assumed);
  }

  private note(problem: string): void {
    if (++this.notes <= reportedProblems) this.report(problem);
  }
}
