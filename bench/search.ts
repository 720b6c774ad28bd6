/** Search in Node: index build, index load, memory, and p50/p99 over 500 mixed queries. */
import { readBundleFile } from '../src/content/bundle-file.ts';
import { searchInput } from '../src/content/compile.ts';
import type { Bundle } from '../src/core/bundle.ts';
import { buildIndex, SearchIndex } from '../src/core/search/index.ts';
import { benchQueries } from './queries.ts';
import { type Figure, figure, latencyPercentiles } from './stats.ts';

export interface SearchResults {
  searchP50Ms: Figure;
  searchP99Ms: Figure;
  indexBuildMs: Figure;
  indexLoadMs: Figure;
  indexHeapMb: Figure;
  queries: number;
  documents: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

export function loadRealBundle(root: string): Bundle {
  const bundle = readBundleFile(root);
  if (!bundle) throw new Error('dist/content is missing or incomplete: run "npm run build" first');
  return bundle;
}

export function benchSearch(root: string, rounds = 7): SearchResults {
  const bundle = loadRealBundle(root);
  const input = searchInput(bundle.questions, bundle.outline, bundle.glossary);
  const build: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    buildIndex(input);
    build.push(performance.now() - t);
  }
  const queries = benchQueries(bundle);
  const load: number[] = [];
  const heap: number[] = [];
  for (let i = 0; i < 3; i++) {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const t = performance.now();
    const index = new SearchIndex(structuredClone(bundle.search));
    // Loading ends when the first answer is out (postings decode lazily, per term).
    index.search(queries[0]!, 10);
    load.push(performance.now() - t);
    for (const q of queries) index.search(q, 10);
    gc?.();
    heap.push((process.memoryUsage().heapUsed - before) / 2 ** 20);
  }
  const index = new SearchIndex(bundle.search);
  for (const q of queries) index.search(q, 10); // warm up: decoded postings, JIT
  const p50: number[] = [];
  const p99: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const latencies = queries.map((q) => {
      const t = performance.now();
      index.search(q, 10);
      return performance.now() - t;
    });
    const p = latencyPercentiles(latencies);
    p50.push(p.p50);
    p99.push(p.p99);
  }
  return {
    searchP50Ms: figure(p50, 'ms', 4),
    searchP99Ms: figure(p99, 'ms', 4),
    indexBuildMs: figure(build, 'ms', 0),
    indexLoadMs: figure(load, 'ms', 1),
    indexHeapMb: figure(heap, 'MB', 1),
    queries: queries.length,
    documents: bundle.questions.length,
  };
}
