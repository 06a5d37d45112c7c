/**
 * Answers remembered by the exact argument values that produced them. A headcount plan
 * asks the same few questions (role × level × location) thousands of times; a remembered
 * answer costs one Map look-up per argument instead of name matching and band building.
 * Bounded: it starts afresh once it holds `limit` answers, so arbitrary input cannot grow
 * it without end.
 */

/** Marks an entry that has not been passed through yet (no argument value is this). */
const noKey = Symbol("no key");

class Entry<V> {
  answer: V | undefined = undefined;
  next: Map<unknown, Entry<V>> | undefined = undefined;
  // The child reached last time: a column of a plan repeats its value (the point, the
  // location) from row to row, and a === check costs less than a Map look-up.
  lastKey: unknown = noKey;
  lastChild: Entry<V> | undefined = undefined;
}

export class Memo<V> {
  private root = new Entry<V>();
  private size = 0;

  constructor(private readonly limit: number) {}

  /** Whether a value can be part of a key: a cell's primitive value, or text of modest length. */
  static canKey(value: unknown): boolean {
    const type = typeof value;
    return (
      value === null ||
      type === "undefined" ||
      type === "number" ||
      type === "boolean" ||
      (type === "string" && (value as string).length <= 256)
    );
  }

  /** The answer for keys[0 … count − 1] (undefined and null are one key), if remembered. */
  get(keys: ArrayLike<unknown>, count: number): V | undefined {
    let entry: Entry<V> | undefined = this.root;
    for (let i = 0; i < count; i++) {
      const key = keys[i] ?? null;
      if (key === entry.lastKey) {
        entry = entry.lastChild!;
        continue;
      }
      const child: Entry<V> | undefined = entry.next?.get(key);
      if (child === undefined) return undefined;
      entry.lastKey = key;
      entry.lastChild = child;
      entry = child;
    }
    return entry.answer;
  }

  set(keys: ArrayLike<unknown>, count: number, answer: V): void {
    if (this.size >= this.limit) this.clear();
    let entry = this.root;
    for (let i = 0; i < count; i++) {
      const key = keys[i] ?? null;
      entry.next ??= new Map();
      let child = entry.next.get(key);
      if (child === undefined) entry.next.set(key, (child = new Entry<V>()));
      entry = child;
    }
    entry.answer = answer;
    this.size++;
  }

  /** Forgets every answer. */
  clear(): void {
    this.root = new Entry<V>();
    this.size = 0;
  }
}
