// Lab calculators against published figures, each with its source.
import { describe, expect, it } from 'vitest';
import { ringAllReduce, ringSchedule } from '../../src/core/labs/collectives.ts';
import { decodeBound, trainingCompute } from '../../src/core/labs/flops.ts';
import {
  activationBytesPerLayer,
  inferenceMemory,
  kvCache,
  trainMemory,
} from '../../src/core/labs/memory.ts';
import { countParams } from '../../src/core/labs/model-math.ts';
import { findGpu, findModel, MODELS } from '../../src/core/labs/presets.ts';

const model = (id: string) => findModel(id)!;

describe('parameter counts from the published configurations', () => {
  it('match the exact counts of the released checkpoints', () => {
    // Counts of the released Hugging Face checkpoints (sum of tensor sizes).
    expect(countParams(model('llama-2-7b')).total).toBe(6_738_415_616);
    expect(countParams(model('llama-2-13b')).total).toBe(13_015_864_320);
    expect(countParams(model('llama-2-70b')).total).toBe(68_976_648_192);
    expect(countParams(model('llama-3-8b')).total).toBe(8_030_261_248);
  });
  it('are within 1% of every preset’s published total and active size', () => {
    for (const m of MODELS) {
      const p = countParams(m);
      expect(Math.abs(p.total / m.published.total - 1), m.id).toBeLessThan(0.01);
      if (m.published.active)
        expect(Math.abs(p.active / m.published.active - 1), `${m.id} active`).toBeLessThan(0.02);
    }
  });
});

describe('KV cache', () => {
  it('LLaMA-2-7B in FP16 is 512 KiB per token (2 × 32 layers × 32 heads × 128 × 2 B)', () => {
    const r = kvCache({ model: model('llama-2-7b'), dtype: 'fp16', seqLen: 4096, batch: 1 });
    expect(r.bytesPerToken).toBe(524_288);
    expect(r.bytesTotal).toBe(2 * 1024 ** 3);
    expect(r.kind).toBe('mha');
  });
  it('GQA and MLA shrink it: Llama-3-8B 128 KiB, DeepSeek-V3 61 × (512 + 64) × 2 B', () => {
    expect(
      kvCache({ model: model('llama-3-8b'), dtype: 'bf16', seqLen: 1, batch: 1 }),
    ).toMatchObject({ bytesPerToken: 131_072, kind: 'gqa' });
    expect(
      kvCache({ model: model('deepseek-v3'), dtype: 'bf16', seqLen: 1, batch: 1 }),
    ).toMatchObject({ bytesPerToken: 70_272, kind: 'mla' });
  });
});

describe('training memory (ZeRO paper, Rajbhandari et al. 2020, Figure 1 example: 7.5B parameters, 64 GPUs)', () => {
  const at = (zero: 0 | 1 | 2 | 3) => trainMemory({ params: 7.5e9, gpus: 64, zero }).bytesPerGpu;
  it('gives 120 GB, 31.4 GB, 16.6 GB and 1.9 GB per GPU for stages 0-3', () => {
    expect(at(0)).toBe(120e9);
    expect(at(1) / 1e9).toBeCloseTo(31.4, 1);
    expect(at(2) / 1e9).toBeCloseTo(16.6, 1);
    expect(at(3) / 1e9).toBeCloseTo(1.9, 1);
  });
  it('mixed-precision Adam needs 16 bytes per parameter: 112 GB for 7B', () => {
    expect(trainMemory({ params: 7e9, gpus: 1, zero: 0 }).bytesPerGpu).toBe(112e9);
  });
  it('activations follow Korthikanti et al. 2022: sbh(34 + 5as/h) bytes per layer', () => {
    // LLaMA-2-7B, s = 4096, b = 1: 4096·4096·(34 + 160) bytes ≈ 3.03 GiB per layer without FlashAttention.
    expect(activationBytesPerLayer(4096, 1, 4096, 32, false) / 1024 ** 3).toBeCloseTo(3.03, 2);
    expect(activationBytesPerLayer(4096, 1, 4096, 32, true)).toBe(4096 * 4096 * 34);
  });
});

describe('inference memory', () => {
  it('adds weights, KV cache, activations and overhead', () => {
    const m = model('llama-2-7b');
    const r = inferenceMemory({
      model: m,
      params: countParams(m).total,
      weightDtype: 'fp16',
      kvDtype: 'fp16',
      seqLen: 4096,
      batch: 1,
    });
    expect(r.weights).toBe(6_738_415_616 * 2);
    expect(r.kvCache).toBe(2 * 1024 ** 3);
    expect(r.total).toBeCloseTo((r.weights + r.kvCache + r.activations) * 1.1, 0);
  });
});

describe('compute and roofline', () => {
  it('Chinchilla: 6 × 70e9 × 1.4e12 ≈ 5.9e23 FLOPs (Hoffmann et al. 2022)', () => {
    const r = trainingCompute({
      params: 70e9,
      tokens: 1.4e12,
      gpus: 1024,
      peakFlops: 312e12,
      mfu: 0.4,
    });
    expect(r.flops).toBeCloseTo(5.88e23, -21);
    expect(r.gpuHours).toBeCloseTo(5.88e23 / (312e12 * 0.4) / 3600, 0);
  });
  it('batch-1 decode of LLaMA-2-7B FP16 on an A100 80GB is memory-bound near 151 tokens/s', () => {
    const gpu = findGpu('a100-80gb')!;
    const r = decodeBound({
      weightBytes: 6_738_415_616 * 2,
      kvBytesPerToken: 524_288,
      context: 0,
      batch: 1,
      bandwidthGBs: gpu.bandwidthGBs,
      peakTflops: gpu.bf16Tflops,
      flopsPerToken: 2 * 6_738_415_616,
    });
    expect(r.memoryBound).toBe(true);
    expect(r.ridge).toBeCloseTo(153, 0);
    expect(r.tokensPerSecond).toBeCloseTo(151.3, 0);
  });
});

describe('collectives', () => {
  it('ring all-reduce sends 2(N−1)/N · S per GPU', () => {
    const r = ringAllReduce({ bytes: 1e9, gpus: 8, latency: 0, bandwidth: 100e9 });
    expect(r.steps).toBe(14);
    expect(r.bytesSentPerGpu).toBe(1.75e9);
    expect(r.seconds).toBeCloseTo(0.0175, 6);
    expect(r.busBandwidth).toBeCloseTo(100e9, -3);
  });
  it('every chunk is reduced once and gathered everywhere', () => {
    const s = ringSchedule(4);
    expect(s).toHaveLength(6);
    expect(s[0]!.sends).toEqual([0, 1, 2, 3]);
    for (const step of s) expect(new Set(step.sends).size).toBe(4);
  });
});
