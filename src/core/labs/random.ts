/** A small seeded PRNG (mulberry32), a seeded sample and a normal sampler: draws that repeat. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` items drawn without replacement, in an order the seed fixes (quizzes, MCP draws). */
export function seededSample<T>(items: readonly T[], count: number, seed: number): T[] {
  const next = rng(seed);
  return items
    .map((item) => [next(), item] as const)
    .sort((x, y) => x[0] - y[0])
    .slice(0, count)
    .map(([, item]) => item);
}

/** Standard normal samples by Box-Muller. */
export function normal(next: () => number): () => number {
  return () => {
    const u = Math.max(next(), 1e-12);
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}
