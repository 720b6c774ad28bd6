/** Medians with their spread, and percentiles: how every figure in results.json is summarised. */

export interface Figure {
  median: number;
  min: number;
  max: number;
  runs: number;
  unit: string;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function figure(values: number[], unit: string, digits = 2): Figure {
  const sorted = [...values].sort((a, b) => a - b);
  const r = (x: number) => Number(x.toFixed(digits));
  return {
    median: r(percentile(sorted, 50)),
    min: r(sorted[0] ?? Number.NaN),
    max: r(sorted.at(-1) ?? Number.NaN),
    runs: values.length,
    unit,
  };
}

/** Latencies of one round → p50 and p99. */
export function latencyPercentiles(latencies: number[]): { p50: number; p99: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
