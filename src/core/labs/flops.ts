/**
 * Compute and the roofline.
 *
 * Training compute C ≈ 6·N·D FLOPs (forward 2ND + backward 4ND; Kaplan et al. 2020, §2.1); the
 * Chinchilla run (70B parameters, 1.4T tokens) is ≈ 5.9·10²³ FLOPs (Hoffmann et al. 2022).
 * Time at a model-FLOPs utilisation: C / (gpus · peak · MFU).
 * Roofline (Williams et al. 2009): attainable = min(peak, intensity · bandwidth); the ridge point is
 * peak / bandwidth FLOP per byte. Decode at batch b reads all weights once per step, so tokens/s per
 * sequence ≤ bandwidth / (weight bytes + KV bytes of the sequence).
 */
export interface TrainingComputeInput {
  params: number;
  tokens: number;
  gpus: number;
  /** Peak dense throughput per GPU, FLOP/s. */
  peakFlops: number;
  /** Model FLOPs utilisation, 0..1. */
  mfu: number;
}

export function trainingCompute(i: TrainingComputeInput): {
  flops: number;
  seconds: number;
  gpuHours: number;
} {
  const flops = 6 * i.params * i.tokens;
  const seconds = flops / (i.gpus * i.peakFlops * i.mfu);
  return { flops, seconds, gpuHours: (seconds * i.gpus) / 3600 };
}

export interface DecodeBoundInput {
  /** Bytes of weights read per decode step (all of them for dense models; active ones for MoE). */
  weightBytes: number;
  /** KV-cache bytes per token of context. */
  kvBytesPerToken: number;
  context: number;
  batch: number;
  bandwidthGBs: number;
  peakTflops: number;
  /** FLOPs per generated token ≈ 2 × active parameters. */
  flopsPerToken: number;
}

export interface DecodeBoundResult {
  bytesPerStep: number;
  /** FLOP per byte of the decode step. */
  intensity: number;
  ridge: number;
  memoryBound: boolean;
  stepSeconds: number;
  tokensPerSecondPerSequence: number;
  tokensPerSecond: number;
}

export function decodeBound(i: DecodeBoundInput): DecodeBoundResult {
  const bytesPerStep = i.weightBytes + i.kvBytesPerToken * i.context * i.batch;
  const flops = i.flopsPerToken * i.batch;
  const bw = i.bandwidthGBs * 1e9;
  const peak = i.peakTflops * 1e12;
  const stepSeconds = Math.max(bytesPerStep / bw, flops / peak);
  const intensity = flops / bytesPerStep;
  const ridge = peak / bw;
  return {
    bytesPerStep,
    intensity,
    ridge,
    memoryBound: intensity < ridge,
    stepSeconds,
    tokensPerSecondPerSequence: 1 / stepSeconds,
    tokensPerSecond: i.batch / stepSeconds,
  };
}

/** Arithmetic intensity of prefill for n prompt tokens: ≈ 2·N·n FLOPs over the weight bytes (+ KV writes). */
export function prefillIntensity(params: number, tokens: number, bytesPerParam: number): number {
  return (2 * params * tokens) / (params * bytesPerParam);
}
