/**
 * Remembers results of pure calls by their argument values. A headcount plan asks the
 * same few questions (role × level × location) thousands of times; after the first,
 * each answer costs one Map look-up per argument instead of name matching and band
 * building. Bounded: it starts afresh once it holds `limit` answers, so arbitrary
 * inputs cannot grow it without end.
 */
export class Memo<V> {
  private root = new Map<unknown, unknown>();
  private size = 0;

  constructor(private readonly limit: number) {}

  /** The answer for this exact key path (compared with SameValueZero), if remembered. */
  get(path: readonly unknown[]): V | undefined {
    let node: unknown = this.root;
    for (const part of path) {
      node = (node as Map<unknown, unknown>).get(part);
      if (node === undefined) return undefined;
    }
    return node as V;
  }

  set(path: readonly unknown[], value: V): void {
    if (this.size >= this.limit) {
      this.root = new Map();
      this.size = 0;
    }
    let node = this.root;
    for (const part of path.slice(0, -1)) {
      let next = node.get(part) as Map<unknown, unknown> | undefined;
      if (next === undefined) node.set(part, (next = new Map()));
      node = next;
    }
    node.set(path[path.length - 1], value);
    this.size++;
  }
}
