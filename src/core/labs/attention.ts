/**
 * Scaled dot-product attention on small matrices, step by step (Vaswani et al. 2017):
 * scores = QKᵀ / √d_k, masked (causal: j > i set to −∞), softmax per row, output = weights · V.
 * Why divide by √d_k: for q, k with independent unit-variance components, Var(q·k) = d_k, so unscaled
 * scores grow like √d_k and the softmax saturates (one weight → 1, gradients → 0).
 */

import { normal, rng } from './random.ts';
import { softmax } from './sampling.ts';

export interface AttentionInput {
  seq: number;
  dk: number;
  causal: boolean;
  scale: boolean;
  seed: number;
}

export interface AttentionResult {
  q: number[][];
  k: number[][];
  scores: number[][];
  weights: number[][];
  /** Mean over rows of the largest softmax weight: near 1 means saturated. */
  meanMaxWeight: number;
  /** Sample variance of the raw q·k products. */
  scoreVariance: number;
}

function matrix(rows: number, cols: number, gauss: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => gauss()));
}

export function attentionSteps(i: AttentionInput): AttentionResult {
  const gauss = normal(rng(i.seed));
  const q = matrix(i.seq, i.dk, gauss);
  const k = matrix(i.seq, i.dk, gauss);
  const raw = q.map((qi) => k.map((kj) => qi.reduce((s, x, d) => s + x * kj[d]!, 0)));
  const flat = raw.flat();
  const mean = flat.reduce((a, b) => a + b, 0) / flat.length;
  const scoreVariance = flat.reduce((a, b) => a + (b - mean) ** 2, 0) / flat.length;
  const factor = i.scale ? 1 / Math.sqrt(i.dk) : 1;
  const scores = raw.map((row, r) =>
    row.map((x, c) => (i.causal && c > r ? -Infinity : x * factor)),
  );
  const weights = scores.map((row) => softmax(row));
  const meanMaxWeight = weights.reduce((s, row) => s + Math.max(...row), 0) / weights.length;
  return { q, k, scores, weights, meanMaxWeight, scoreVariance };
}

/** Mean largest softmax weight for random rows of length n, at each d_k, with and without scaling. */
export function saturationCurve(
  dks: number[],
  n: number,
  seed: number,
): { dk: number; scaled: number; unscaled: number }[] {
  return dks.map((dk) => {
    const a = attentionSteps({ seq: n, dk, causal: false, scale: true, seed });
    const b = attentionSteps({ seq: n, dk, causal: false, scale: false, seed });
    return { dk, scaled: a.meanMaxWeight, unscaled: b.meanMaxWeight };
  });
}

/** Attention parameters and KV-cache elements per token per layer for MHA / GQA / MQA. */
export function attentionCounts(
  dModel: number,
  heads: number,
  kvHeads: number,
): { params: number; kvPerToken: number; kind: string } {
  const dh = dModel / heads;
  return {
    params: 2 * dModel * dModel + 2 * dModel * kvHeads * dh,
    kvPerToken: 2 * kvHeads * dh,
    kind: kvHeads === heads ? 'MHA' : kvHeads === 1 ? 'MQA' : 'GQA',
  };
}
