/**
 * Where each record of a streamed file starts, and the file's refused lines: the first
 * problem (which refuses the output), each reported as it is found up to a limit, then how
 * many more. Shared by aipay plan and aipay census.
 */
import { PlanMessage } from "../engine";
import { breaksWithin } from "./plan-file";

/** Refused lines reported one by one; past these, only how many more (a file of bad lines would flood the terminal). */
export const reportedProblems = 20;

export class RecordLines {
  /** The line the next record starts on. */
  private nextLine = 1;
  /** The first problem, once a line is refused. */
  private problem: string | undefined;
  private problems = 0;
  /** After a record the CSV reader could not read, where lines start is no longer known. */
  private lost = false;

  constructor(
    /** Told each refused line as it is found. */
    private readonly report: (problem: string) => void,
  ) {}

  get refused(): boolean {
    return this.problem !== undefined;
  }

  get firstProblem(): string | undefined {
    return this.problem;
  }

  /** The line a record starts on; undefined for a record to pass over (blank, or after one unreadable). */
  lineOf(cells: readonly string[]): number | undefined {
    if (this.lost) return undefined;
    const line = this.nextLine;
    this.nextLine += 1 + breaksWithin(cells);
    // A blank line, or a sheet's empty row exported as ",,,".
    return cells.every((cell) => cell === "") ? undefined : line;
  }

  refuse(problem: string): void {
    this.problem ??= problem;
    if (++this.problems <= reportedProblems) this.report(problem);
  }

  /** A record the CSV reader could not read (a quote that is not closed, or text after a closing one). */
  unreadable(reason: string): void {
    this.refuse(PlanMessage.notCsv(reason));
    this.lost = true;
  }

  /** After the last record: how many refused lines went unreported. */
  finish(): void {
    const unreported = this.problems - reportedProblems;
    if (unreported > 0) this.report(`${unreported} more line${unreported === 1 ? "" : "s"} refused.`);
  }
}
