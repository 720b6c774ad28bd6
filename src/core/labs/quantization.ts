/**
 * Weight quantization on a synthetic weight matrix with outliers.
 *
 * Symmetric (absmax): s = max|x| / (2^(b−1) − 1), q = round(x / s), x̂ = q·s.
 * Asymmetric (zero point): s = (max − min) / (2^b − 1), z = round(−min / s),
 * q = clamp(round(x / s) + z, 0, 2^b − 1), x̂ = (q − z)·s.
 * The scale is shared per tensor, per output channel (row) or per group of `group` weights.
 * NF4 (Dettmers et al. 2023, QLoRA): 16 levels at quantiles of N(0, 1), normalised to [−1, 1], with an
 * absmax scale per block of 64.
 * Error: MSE and SNR = 10·log10(Σx² / Σ(x − x̂)²) dB. One outlier stretches a shared scale, so every
 * other weight in that group lands on few levels; finer granularity confines the damage
 * (LLM.int8() keeps outlier features in FP16; SmoothQuant and AWQ rescale channels instead).
 */
import { normal, rng } from './random.ts';

/** NF4 code book (QLoRA, Appendix E; the values bitsandbytes uses). */
export const NF4_LEVELS = [
  -1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453, -0.28444138169288635,
  -0.18477343022823334, -0.09105003625154495, 0.0, 0.07958029955625534, 0.16093020141124725,
  0.24611230194568634, 0.33791524171829224, 0.44070982933044434, 0.5626170039176941,
  0.7229568362236023, 1.0,
];

export type Scheme = 'absmax' | 'zeropoint' | 'nf4';
export type Granularity = 'tensor' | 'channel' | 'group';

export interface QuantInput {
  rows: number;
  cols: number;
  bits: 4 | 8;
  scheme: Scheme;
  granularity: Granularity;
  group: number;
  /** Share of weights replaced by outliers (0..0.1) and their size in standard deviations. */
  outlierRate: number;
  outlierScale: number;
  seed: number;
}

export interface QuantResult {
  mse: number;
  snrDb: number;
  maxAbsError: number;
  /** Distinct quantized levels actually used (of 2^bits). */
  levelsUsed: number;
  histogram: { edges: number[]; original: number[]; quantized: number[] };
}

export function syntheticWeights(
  i: Pick<QuantInput, 'rows' | 'cols' | 'outlierRate' | 'outlierScale' | 'seed'>,
): Float64Array {
  const next = rng(i.seed);
  const gauss = normal(next);
  const w = new Float64Array(i.rows * i.cols);
  const std = 0.02;
  for (let k = 0; k < w.length; k++) {
    w[k] = gauss() * std;
    if (next() < i.outlierRate)
      w[k] = (next() < 0.5 ? -1 : 1) * i.outlierScale * std * (1 + next());
  }
  return w;
}

function groupsOf(i: QuantInput): number {
  if (i.scheme === 'nf4') return 64;
  if (i.granularity === 'tensor') return i.rows * i.cols;
  if (i.granularity === 'channel') return i.cols;
  return i.group;
}

export function quantize(
  i: QuantInput,
  w = syntheticWeights(i),
): { dequantized: Float64Array; codes: Int32Array } {
  const size = groupsOf(i);
  const out = new Float64Array(w.length);
  const codes = new Int32Array(w.length);
  for (let start = 0; start < w.length; start += size) {
    const end = Math.min(w.length, start + size);
    let max = -Infinity;
    let min = Infinity;
    let absmax = 0;
    for (let k = start; k < end; k++) {
      max = Math.max(max, w[k]!);
      min = Math.min(min, w[k]!);
      absmax = Math.max(absmax, Math.abs(w[k]!));
    }
    if (i.scheme === 'nf4') {
      for (let k = start; k < end; k++) {
        const x = absmax ? w[k]! / absmax : 0;
        let best = 0;
        for (let l = 1; l < 16; l++)
          if (Math.abs(NF4_LEVELS[l]! - x) < Math.abs(NF4_LEVELS[best]! - x)) best = l;
        codes[k] = best;
        out[k] = NF4_LEVELS[best]! * absmax;
      }
    } else if (i.scheme === 'absmax') {
      const qmax = 2 ** (i.bits - 1) - 1;
      const s = absmax / qmax || 1;
      for (let k = start; k < end; k++) {
        const q = Math.max(-qmax, Math.min(qmax, Math.round(w[k]! / s)));
        codes[k] = q;
        out[k] = q * s;
      }
    } else {
      const qmax = 2 ** i.bits - 1;
      const s = (max - min) / qmax || 1;
      const z = Math.round(-min / s);
      for (let k = start; k < end; k++) {
        const q = Math.max(0, Math.min(qmax, Math.round(w[k]! / s) + z));
        codes[k] = q;
        out[k] = (q - z) * s;
      }
    }
  }
  return { dequantized: out, codes };
}

export function quantizationError(i: QuantInput): QuantResult {
  const w = syntheticWeights(i);
  const { dequantized, codes } = quantize(i, w);
  let se = 0;
  let signal = 0;
  let maxAbs = 0;
  for (let k = 0; k < w.length; k++) {
    const e = w[k]! - dequantized[k]!;
    se += e * e;
    signal += w[k]! * w[k]!;
    maxAbs = Math.max(maxAbs, Math.abs(e));
  }
  // Histogram of the central range (±4σ), where the mass is.
  const lim = 0.08;
  const bins = 40;
  const edges = Array.from({ length: bins + 1 }, (_, b) => -lim + (2 * lim * b) / bins);
  const original = new Array<number>(bins).fill(0);
  const quantized = new Array<number>(bins).fill(0);
  const bin = (x: number) => Math.floor(((x + lim) / (2 * lim)) * bins);
  for (let k = 0; k < w.length; k++) {
    const a = bin(w[k]!);
    const b = bin(dequantized[k]!);
    if (a >= 0 && a < bins) original[a]!++;
    if (b >= 0 && b < bins) quantized[b]!++;
  }
  return {
    mse: se / w.length,
    snrDb: 10 * Math.log10(signal / Math.max(se, 1e-30)),
    maxAbsError: maxAbs,
    levelsUsed: new Set(codes).size,
    histogram: { edges, original, quantized },
  };
}
