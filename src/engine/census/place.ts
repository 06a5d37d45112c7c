/**
 * Where a job sits in the guide: its level as its table names it (years of experience read
 * as the level they fall in) and its location by its canonical name. Remembered by the
 * arguments, as the calculator remembers answers: a census repeats a few jobs many times.
 */
import type { LevelInput } from "../core/values";
import type { PayGuide } from "../model/guide";

export interface Place {
  /** The guide level's name, e.g. "Senior"; empty for a leadership role. */
  readonly level: string;
  readonly location: string;
}

const remembered = 10_000;

export class Places {
  private readonly seen = new Map<string, Place>();

  constructor(private readonly guide: PayGuide) {}

  /** Throws the guide's EngineError for a level or location it does not hold for the role. */
  of(role: string, level: LevelInput | null, location: string | null): Place {
    const key = `${role}\u0000${typeof level}${level ?? ""}\u0000${location ?? ""}`;
    let place = this.seen.get(key);
    if (place === undefined) {
      const band = this.guide.salaryBand(role, level, location);
      place = { level: band.levelName, location: band.location };
      if (this.seen.size >= remembered) this.seen.clear();
      this.seen.set(key, place);
    }
    return place;
  }
}
