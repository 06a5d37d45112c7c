/**
 * Forgiving name look-up: case, spacing, hyphens and punctuation do not matter, aliases
 * resolve, and a miss suggests the closest canonical name.
 */

/** What a key keeps: letters and numbers in any script, and "+" ("7+ years"). */
const notKeptInKeys = /[^\p{L}\p{N}+]/gu;
const notKeptInAsciiKeys = /[^a-z0-9+]/g;
/**
 * Folded text whose only characters beyond ASCII are dashes, quotes, £ and €, none of which
 * a key keeps: the guide's own names ("Senior (4–7 years)"). Such text is keyed with the
 * ASCII pattern, which gives the same key without V8 building the Unicode letter and number
 * tables: that took over a millisecond of the add-in's start.
 */
const asciiOrPunctuation = /^[\0-\x7f\u2010-\u2015\u2018-\u201f\u00a3\u20ac]*$/;

/** Folds a name to its comparison key: "ML-Ops  engineer" and "mlops Engineer" both give "mlopsengineer". */
export function nameKey(text: string): string {
  const folded = text.normalize("NFKC").toLowerCase();
  return folded.replace(asciiOrPunctuation.test(folded) ? notKeptInAsciiKeys : notKeptInKeys, "");
}

/**
 * Edit distance between two keys when it is at most `limit`, else limit + 1. Only the band
 * of cells within `limit` of the diagonal can hold such a distance, and once a whole row of
 * the band exceeds it nothing later can come back under: so the cost is bounded by
 * length × limit, not length², however long the text.
 */
function boundedEditDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  if (limit === 0) return a === b ? 0 : over;
  let previous = rowBuffer(0, b.length + 1);
  let current = rowBuffer(1, b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[from - 1] = from === 1 && i <= limit ? i : over;
    let rowMinimum = current[from - 1];
    const char = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const substitution = previous[j - 1] + (char === b.charCodeAt(j - 1) ? 0 : 1);
      const distance = Math.min(previous[j] + 1, current[j - 1] + 1, substitution, over);
      current[j] = distance;
      if (distance < rowMinimum) rowMinimum = distance;
    }
    if (to < b.length) current[to + 1] = over; // the next row's band reaches one further
    if (rowMinimum > limit) return over;
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[b.length];
}

/** Two rows reused by every distance computed: a suggestion allocates nothing per spelling. */
const rows = [new Int32Array(64), new Int32Array(64)];
function rowBuffer(which: 0 | 1, length: number): Int32Array {
  if (rows[which].length < length) rows[which] = new Int32Array(length * 2);
  return rows[which];
}

/**
 * Maps every spelling of a set of things (canonical names and aliases) to the thing itself.
 * Spellings are keyed when the index is first read, not as they are added: the add-in builds
 * every index at start-up, and most (skills, stages, fee payers) go unread by most workbooks.
 */
export class NameIndex<T> {
  private readonly byKey = new Map<string, T>();
  private readonly spellings: { key: string; canonical: string }[] = [];
  private pending: { canonical: string; aliases: readonly string[]; value: T }[] = [];

  /** Registers a value under its canonical name and aliases; the first registration of a key wins. */
  add(canonical: string, aliases: readonly string[], value: T): void {
    this.pending.push({ canonical, aliases, value });
  }

  find(text: string): T | undefined {
    this.keyPending();
    return this.byKey.get(nameKey(text));
  }

  /** The canonical name whose spelling is nearest to `text`, if it is near enough to be a plausible typo. */
  closest(text: string): string | undefined {
    const key = nameKey(text);
    if (key.length === 0) return undefined;
    this.keyPending();
    const tolerance = Math.max(2, Math.floor(key.length / 3));
    let best: { canonical: string; distance: number } | undefined;
    for (const spelling of this.spellings) {
      // Only a spelling nearer than the best so far can replace it (ties keep the first).
      const limit = best ? best.distance - 1 : tolerance;
      const distance = boundedEditDistance(key, spelling.key, limit);
      if (distance <= limit) best = { canonical: spelling.canonical, distance };
      if (best?.distance === 0) break;
    }
    return best?.canonical;
  }

  /** Keys the spellings added since the index was last read. */
  private keyPending(): void {
    if (this.pending.length === 0) return;
    for (const { canonical, aliases, value } of this.pending)
      for (const spelling of [canonical, ...aliases]) {
        const key = nameKey(spelling);
        if (!this.byKey.has(key)) this.byKey.set(key, value);
        this.spellings.push({ key, canonical });
      }
    this.pending = [];
  }
}
