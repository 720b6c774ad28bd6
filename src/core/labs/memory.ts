/**
 * GPU memory: inference (weights + KV cache + activations + overhead) and training (model states with
 * mixed-precision Adam, sharded by ZeRO/FSDP).
 *
 * Training model states per parameter (ZeRO paper, Rajbhandari et al. 2020, §3.1): fp16 weights 2 +
 * fp16 gradients 2 + optimizer states K = 12 (fp32 master weights, momentum, variance) = 16 bytes.
 * Per GPU with data-parallel degree N:
 *   stage 0: 16Ψ;  stage 1: 4Ψ + 12Ψ/N;  stage 2: 2Ψ + 14Ψ/N;  stage 3 (= FSDP full shard): 16Ψ/N.
 * The paper's example: Ψ = 7.5B, N = 64 → 120 GB, 31.4 GB, 16.6 GB, 1.9 GB.
 */
import { DTYPE_BYTES, type Dtype, weightBytes } from './dtypes.ts';
import { kvElementsPerLayer } from './model-math.ts';
import type { ModelPreset } from './presets.ts';

export const ZERO_STAGES = [0, 1, 2, 3] as const;
export type ZeroStage = (typeof ZERO_STAGES)[number];

export interface TrainMemoryInput {
  params: number;
  gpus: number;
  zero: ZeroStage;
  /** Offload optimizer states to CPU (ZeRO-Offload): the 12 bytes leave the GPU. */
  offloadOptimizer?: boolean;
  /** Activation memory per GPU in bytes, if known (default 0: model states only). */
  activationBytes?: number;
}

export interface TrainMemoryResult {
  weightsPerGpu: number;
  gradientsPerGpu: number;
  optimizerPerGpu: number;
  activationsPerGpu: number;
  bytesPerGpu: number;
  /** Without sharding, for comparison. */
  bytesUnsharded: number;
}

export function trainMemory(i: TrainMemoryInput): TrainMemoryResult {
  const p = i.params;
  const n = i.gpus;
  const weights = i.zero >= 3 ? (2 * p) / n : 2 * p;
  const grads = i.zero >= 2 ? (2 * p) / n : 2 * p;
  const optimizer = i.offloadOptimizer ? 0 : i.zero >= 1 ? (12 * p) / n : 12 * p;
  const activations = i.activationBytes ?? 0;
  return {
    weightsPerGpu: weights,
    gradientsPerGpu: grads,
    optimizerPerGpu: optimizer,
    activationsPerGpu: activations,
    bytesPerGpu: weights + grads + optimizer + activations,
    bytesUnsharded: 16 * p + activations,
  };
}

/**
 * Transformer activation memory per layer without recomputation, 16-bit, from Korthikanti et al.
 * (2022), "Reducing Activation Recomputation in Large Transformer Models", eq. (1):
 * s·b·h·(34 + 5·a·s/h) bytes; with FlashAttention the 5as/h term (the score matrices) is not stored.
 */
export function activationBytesPerLayer(
  seq: number,
  batch: number,
  hidden: number,
  heads: number,
  flash: boolean,
): number {
  return seq * batch * hidden * (34 + (flash ? 0 : (5 * heads * seq) / hidden));
}

export interface KvCacheInput {
  model: ModelPreset;
  dtype: Dtype;
  seqLen: number;
  batch: number;
}

export interface KvCacheResult {
  kind: string;
  elementsPerTokenPerLayer: number;
  bytesPerToken: number;
  bytesTotal: number;
}

export function kvCache(i: KvCacheInput): KvCacheResult {
  const per = kvElementsPerLayer(i.model);
  const bytesPerToken = per * i.model.layers * DTYPE_BYTES[i.dtype];
  return {
    kind: i.model.mla
      ? 'mla'
      : i.model.kvHeads === i.model.heads
        ? 'mha'
        : i.model.kvHeads === 1
          ? 'mqa'
          : 'gqa',
    elementsPerTokenPerLayer: per,
    bytesPerToken,
    bytesTotal: bytesPerToken * i.seqLen * i.batch,
  };
}

export interface InferenceMemoryInput {
  model: ModelPreset;
  params: number;
  weightDtype: Dtype;
  kvDtype: Dtype;
  seqLen: number;
  batch: number;
  /** Framework and CUDA context overhead, as a share of the rest (default 10%). */
  overhead?: number;
}

export interface InferenceMemoryResult {
  weights: number;
  kvCache: number;
  /** Peak activation workspace for one forward pass of the batch at full length (FlashAttention). */
  activations: number;
  overhead: number;
  total: number;
}

export function inferenceMemory(i: InferenceMemoryInput): InferenceMemoryResult {
  const weights = i.params * weightBytes(i.weightDtype);
  const kv = kvCache({
    model: i.model,
    dtype: i.kvDtype,
    seqLen: i.seqLen,
    batch: i.batch,
  }).bytesTotal;
  // One layer's activations live at a time in inference; the FFN intermediate dominates.
  const activations = i.batch * i.seqLen * (i.model.hidden * 4 + i.model.intermediate * 3) * 2;
  const base = weights + kv + activations;
  const overhead = base * (i.overhead ?? 0.1);
  return { weights, kvCache: kv, activations, overhead, total: base + overhead };
}
