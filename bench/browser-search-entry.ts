/**
 * Evaluated inside the page by the web benchmark: the browser's own search (the same index and
 * code the app uses), timed query by query.
 */
import { SearchIndex } from '../src/core/search/index.ts';
import type { SerializedIndex } from '../src/core/search/types.ts';

declare global {
  interface Window {
    __benchSearch: (queries: string[], rounds: number) => Promise<{ p50: number[]; p99: number[] }>;
  }
}

window.__benchSearch = async (queries, rounds) => {
  const data = (await (await fetch('/api/search/index')).json()) as SerializedIndex;
  const index = new SearchIndex(data);
  for (const q of queries) index.search(q, 10);
  const p50: number[] = [];
  const p99: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const times = queries
      .map((q) => {
        const t = performance.now();
        index.search(q, 10);
        return performance.now() - t;
      })
      .sort((a, b) => a - b);
    p50.push(times[Math.ceil(0.5 * times.length) - 1]!);
    p99.push(times[Math.ceil(0.99 * times.length) - 1]!);
  }
  return { p50, p99 };
};
