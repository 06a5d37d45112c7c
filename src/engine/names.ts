/**
 * Forgiving name look-up: case, spacing, hyphens and punctuation do not matter, aliases
 * resolve, and a miss suggests the closest canonical name.
 */

/** Folds a name to its comparison key: "ML-Ops  engineer" and "mlops Engineer" both give "mlopsengineer". */
export function nameKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+]/gu, "");
}

/** Edit distance between two keys; small inputs only (names are short), so the O(n·m) table is fine. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

/** Maps every spelling of a set of things (canonical names and aliases) to the thing itself. */
export class NameIndex<T> {
  private readonly byKey = new Map<string, T>();
  private readonly spellings: { key: string; canonical: string }[] = [];

  /** Registers a value under its canonical name and aliases; the first registration of a key wins. */
  add(canonical: string, aliases: readonly string[], value: T): void {
    for (const spelling of [canonical, ...aliases]) {
      const key = nameKey(spelling);
      if (!this.byKey.has(key)) this.byKey.set(key, value);
      this.spellings.push({ key, canonical });
    }
  }

  find(text: string): T | undefined {
    return this.byKey.get(nameKey(text));
  }

  /** The canonical name whose spelling is nearest to `text`, if it is near enough to be a plausible typo. */
  closest(text: string): string | undefined {
    const key = nameKey(text);
    if (key.length === 0) return undefined;
    const tolerance = Math.max(2, Math.floor(key.length / 3));
    let best: { canonical: string; distance: number } | undefined;
    for (const spelling of this.spellings) {
      // The length difference is a lower bound on the distance: skipping those keeps a
      // 10,000-character cell from costing a 10,000 × name-length table per spelling.
      if (Math.abs(key.length - spelling.key.length) > tolerance) continue;
      const distance = editDistance(key, spelling.key);
      if (!best || distance < best.distance) best = { canonical: spelling.canonical, distance };
    }
    return best && best.distance <= tolerance ? best.canonical : undefined;
  }
}
