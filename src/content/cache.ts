/**
 * Memory of a compile for the next one (watch mode): parsed files, rendered Markdown, answer
 * checks and search-index terms, each keyed by exactly what it was computed from, so a change to
 * one file recomputes only that file's share. Entries not used by a build are dropped after it.
 */
export class CompileCache {
  private readonly maps = new Map<string, Map<string, unknown>>();
  private readonly used = new Map<string, Set<string>>();

  private map(kind: string): Map<string, unknown> {
    let m = this.maps.get(kind);
    if (!m) {
      m = new Map();
      this.maps.set(kind, m);
    }
    return m;
  }

  private touch(kind: string, key: string): void {
    let s = this.used.get(kind);
    if (!s) {
      s = new Set();
      this.used.set(kind, s);
    }
    s.add(key);
  }

  get<T>(kind: string, key: string): T | undefined {
    const m = this.map(kind);
    if (!m.has(key)) return undefined;
    this.touch(kind, key);
    return m.get(key) as T;
  }

  set<T>(kind: string, key: string, value: T): T {
    this.map(kind).set(key, value);
    this.touch(kind, key);
    return value;
  }

  memo<T>(kind: string, key: string, compute: () => T): T {
    const m = this.map(kind);
    if (m.has(key)) {
      this.touch(kind, key);
      return m.get(key) as T;
    }
    return this.set(kind, key, compute());
  }

  /** Drop what the last build did not use; call once per build. */
  sweep(): void {
    for (const [kind, m] of this.maps) {
      const used = this.used.get(kind) ?? new Set();
      for (const key of m.keys()) if (!used.has(key)) m.delete(key);
    }
    this.used.clear();
  }

  /** Entries held, for tests and the watch log. */
  get size(): number {
    let n = 0;
    for (const m of this.maps.values()) n += m.size;
    return n;
  }
}
