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

describe('quantization', async () => {
  const { quantizationError, NF4_LEVELS } = await import('../../src/core/labs/quantization.ts');
  const base = {
    rows: 256,
    cols: 512,
    bits: 8 as const,
    scheme: 'absmax' as const,
    granularity: 'tensor' as const,
    group: 128,
    outlierRate: 0,
    outlierScale: 20,
    seed: 1,
  };
  it('INT8 absmax on Gaussian weights gives about 40 dB (step = 4.5σ/127, noise = step²/12)', () => {
    const r = quantizationError(base);
    expect(r.snrDb).toBeGreaterThan(35);
    expect(r.snrDb).toBeLessThan(45);
  });
  it('outliers hurt a per-tensor scale; per-channel and group scales contain the damage', () => {
    const withOutliers = { ...base, outlierRate: 0.001 };
    const tensor = quantizationError(withOutliers).snrDb;
    const channel = quantizationError({ ...withOutliers, granularity: 'channel' }).snrDb;
    const group = quantizationError({ ...withOutliers, granularity: 'group' }).snrDb;
    expect(tensor).toBeLessThan(quantizationError(base).snrDb - 6);
    expect(group).toBeGreaterThan(tensor);
    expect(channel).toBeGreaterThan(tensor);
  });
  it('4 bits lose about 24 dB against 8 bits (6 dB per bit), and NF4 beats INT4 absmax on Gaussian weights', () => {
    const eight = quantizationError({ ...base, granularity: 'group' }).snrDb;
    const four = quantizationError({ ...base, bits: 4, granularity: 'group' }).snrDb;
    expect(eight - four).toBeGreaterThan(20);
    expect(eight - four).toBeLessThan(28);
    expect(quantizationError({ ...base, bits: 4, scheme: 'nf4' }).snrDb).toBeGreaterThan(
      quantizationError({ ...base, bits: 4, granularity: 'group', group: 64 }).snrDb,
    );
    expect(NF4_LEVELS).toHaveLength(16);
    expect(NF4_LEVELS[7]).toBe(0);
  });
});

describe('sampling and decoding', async () => {
  const { sampleDistribution, beamSearch } = await import('../../src/core/labs/sampling.ts');
  const logits = [2, 1, 0, -1];
  const base = {
    logits,
    temperature: 1,
    topK: 0,
    topP: 1,
    minP: 0,
    repetitionPenalty: 1,
    previous: [] as number[],
  };
  it('keeps the smallest nucleus reaching p and renormalises', () => {
    const r = sampleDistribution({ ...base, topP: 0.8 });
    expect(r.kept).toEqual([0, 1]);
    expect(r.after.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it('top-k, min-p, temperature 0 and the repetition penalty', () => {
    expect(sampleDistribution({ ...base, topK: 1 }).kept).toEqual([0]);
    expect(sampleDistribution({ ...base, minP: 0.3 }).kept).toEqual([0, 1]);
    expect(sampleDistribution({ ...base, temperature: 0 }).after).toEqual([1, 0, 0, 0]);
    const penalised = sampleDistribution({ ...base, repetitionPenalty: 2, previous: [0] });
    expect(penalised.after[0]).toBeLessThan(sampleDistribution(base).after[0]!);
  });
  it('beam search finds the sequence greedy misses', () => {
    expect(beamSearch(1)[0]).toEqual({ sequence: 'Aa', probability: 0.2 });
    expect(beamSearch(2)[0]!.sequence).toBe('Ba');
    expect(beamSearch(2)[0]!.probability).toBeCloseTo(0.36, 12);
  });
});

describe('attention', async () => {
  const { attentionSteps, saturationCurve, attentionCounts } = await import(
    '../../src/core/labs/attention.ts'
  );
  it('q·k variance grows like d_k, and scaling keeps the softmax from saturating', () => {
    const r = attentionSteps({ seq: 16, dk: 64, causal: false, scale: true, seed: 3 });
    expect(r.scoreVariance / 64).toBeGreaterThan(0.7);
    expect(r.scoreVariance / 64).toBeLessThan(1.3);
    const curve = saturationCurve([4, 1024], 16, 3);
    expect(curve[1]!.unscaled).toBeGreaterThan(0.8);
    expect(curve[1]!.scaled).toBeLessThan(0.6);
  });
  it('the causal mask zeroes the future and rows sum to one', () => {
    const r = attentionSteps({ seq: 5, dk: 8, causal: true, scale: true, seed: 1 });
    expect(r.weights[0]!.slice(1)).toEqual([0, 0, 0, 0]);
    for (const row of r.weights) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it('counts MHA/GQA/MQA parameters and cache (Mixtral attention: 41,943,040 per layer)', () => {
    expect(attentionCounts(4096, 32, 8)).toEqual({
      params: 41_943_040,
      kvPerToken: 2048,
      kind: 'GQA',
    });
    expect(attentionCounts(4096, 32, 32).kvPerToken).toBe(8192);
    expect(attentionCounts(4096, 32, 1).kind).toBe('MQA');
  });
});

describe('diffusion schedules', async () => {
  const { alphaBars, ddimTimesteps, cfg } = await import('../../src/core/labs/diffusion.ts');
  it('matches the known end points: DDPM linear ᾱ_T ≈ 4.04e-5, Stable Diffusion scaled-linear ᾱ_T ≈ 0.00466', () => {
    expect(alphaBars('linear')[999]).toBeCloseTo(4.036e-5, 7);
    expect(alphaBars('scaled-linear')[999]).toBeCloseTo(0.00466, 5);
    const cosine = alphaBars('cosine');
    expect(cosine[0]).toBeGreaterThan(0.999);
    expect(cosine[999]).toBeLessThan(1e-3);
  });
  it('DDIM visits an evenly spaced subsequence; CFG extrapolates from the unconditional prediction', () => {
    const t = ddimTimesteps(50);
    expect(t).toHaveLength(50);
    expect([t[0], t.at(-1)]).toEqual([980, 0]);
    expect(cfg([0, 0], [1, 2], 1)).toEqual([1, 2]);
    expect(cfg([1, 1], [2, 3], 3)).toEqual([4, 7]);
  });
});

describe('LoRA', async () => {
  const { loraCounts } = await import('../../src/core/labs/lora.ts');
  const m = model('llama-2-7b');
  it('r = 8 on q and v of LLaMA-2-7B trains 4,194,304 parameters; on all seven matrices 19,988,480', () => {
    expect(loraCounts(m, 6_738_415_616, 8, ['q', 'v']).trainable).toBe(4_194_304);
    expect(
      loraCounts(m, 6_738_415_616, 8, ['q', 'k', 'v', 'o', 'gate', 'up', 'down']).trainable,
    ).toBe(19_988_480);
  });
  it('QLoRA needs far less memory than LoRA and full fine-tuning', () => {
    const r = loraCounts(m, 6_738_415_616, 8, ['q', 'v']);
    expect(r.qloraBytes).toBeLessThan(r.loraBytes / 3);
    expect(r.fullFinetuneBytes).toBe(6_738_415_616 * 16);
  });
});

describe('byte-level BPE', async () => {
  const { trainBpe, encode, decodeToken, lengthCurve } = await import(
    '../../src/core/labs/tokenizer.ts'
  );
  it('merges the most frequent pair first and round-trips the text', () => {
    const model = trainBpe('aaabdaaabac', 3);
    expect(model.merges[0]).toMatchObject({ pair: [97, 97], count: 4 });
    const ids = encode(model, 'aaabdaaabac');
    expect(ids.length).toBeLessThan(11);
    expect(ids.map((t) => decodeToken(model, t)).join('')).toBe('aaabdaaabac');
  });
  it('a Chinese character starts as three bytes, and more merges shorten the sequence', () => {
    expect(encode(trainBpe('显存', 0), '显存')).toHaveLength(6);
    const curve = lengthCurve('大模型推理 大模型训练 大模型部署', 30);
    expect(curve[0]!.tokens).toBeGreaterThan(curve.at(-1)!.tokens);
  });
});

describe('batching simulator', async () => {
  const { compareBatching, simulate } = await import('../../src/core/labs/batching.ts');
  const base = {
    rate: 4,
    requests: 200,
    promptTokens: 512,
    outputTokens: 128,
    maxBatch: 16,
    window: 50,
    chunk: 512,
    baseMs: 8,
    prefillMsPerToken: 0.05,
    decodeMsPerSeq: 0.3,
    seed: 11,
  };
  it('a lone request: TTFT is one prefill step, TPOT one decode step', () => {
    const one = simulate(
      { ...base, requests: 1, promptTokens: 100, outputTokens: 11, chunk: 4096, seed: 3 },
      'continuous',
    );
    // Lengths vary around the means, so recompute from the cost model: TPOT = base + decode per seq.
    expect(one.tpotP50).toBeCloseTo(8.3, 6);
    expect(one.ttftP50).toBeGreaterThanOrEqual(8 + 0.05 * 50);
  });
  it('continuous batching beats static and dynamic on throughput and tail TTFT under load', () => {
    const [st, dy, co] = compareBatching(base);
    expect(co!.throughput).toBeGreaterThan(st!.throughput);
    expect(co!.ttftP99).toBeLessThan(st!.ttftP99);
    expect(dy!.ttftP50).toBeLessThan(st!.ttftP50);
  });
  it('chunked prefill trades a little TTFT for steadier decode (lower TPOT tail)', () => {
    const big = { ...base, promptTokens: 4096, requests: 80, rate: 2 };
    const unchunked = simulate({ ...big, chunk: 1_000_000 }, 'continuous');
    const chunked = simulate({ ...big, chunk: 512 }, 'continuous');
    expect(chunked.tpotP99).toBeLessThan(unchunked.tpotP99);
  });
  it('is deterministic for a seed', () => {
    expect(compareBatching(base)).toEqual(compareBatching(base));
  });
});

describe('paging', async () => {
  const { simulatePaging } = await import('../../src/core/labs/paging.ts');
  const one = {
    blockSize: 16,
    requests: [{ prompt: 100, output: 50 }],
    maxLen: 2048,
    samples: 1,
    sharedPrefix: 0,
  };
  it('wastes under one block per sequence instead of the whole reservation', () => {
    const r = simulatePaging(one);
    expect(r.usedTokens).toBe(150);
    expect(r.contiguousWaste).toBe(1898);
    expect(r.pagedBlocks).toBe(10);
    expect(r.pagedWaste).toBe(10);
  });
  it('parallel samples share the prompt and copy the partly filled block on write', () => {
    const r = simulatePaging({ ...one, samples: 4 });
    expect(r.copyOnWriteCopies).toBe(3);
    expect(r.pagedBlocks).toBe(7 + 3 + 4 * 3);
    expect(r.blocksWithoutSharing).toBe(40);
    expect(r.blocksSavedBySampling).toBe(18);
  });
  it('a common system prompt is stored once', () => {
    const r = simulatePaging({
      ...one,
      requests: [one.requests[0]!, one.requests[0]!],
      sharedPrefix: 64,
    });
    expect(r.blocksSavedByPrefix).toBe(4);
  });
});

describe('parallelism communication', async () => {
  const { communicationVolume } = await import('../../src/core/labs/parallelism.ts');
  it('DP all-reduces the gradients: 2(N−1)/N × 2Ψ bytes per GPU', () => {
    const v = communicationVolume({
      params: 7e9,
      layers: 32,
      hidden: 4096,
      seq: 4096,
      microBatch: 1,
      dp: 8,
      tp: 1,
      pp: 1,
    });
    expect(v.dataParallel).toBeCloseTo(1.75 * 14e9, -3);
    expect(v.tensorParallel).toBe(0);
    expect(v.pipelineParallel).toBe(0);
  });
  it('TP all-reduces activations four times per layer; PP sends one activation each way', () => {
    const v = communicationVolume({
      params: 7e9,
      layers: 32,
      hidden: 4096,
      seq: 4096,
      microBatch: 1,
      dp: 1,
      tp: 8,
      pp: 2,
    });
    const act = 2 * 4096 * 4096;
    expect(v.tensorParallel).toBeCloseTo(16 * 4 * 1.75 * act, -3);
    expect(v.pipelineParallel).toBe(2 * act);
  });
});

describe('training memory with activations', () => {
  it('checkpointing keeps only each layer’s input plus one layer', async () => {
    const { findCalculator } = await import('../../src/core/labs/calculators.ts');
    const calc = findCalculator('train-memory')!;
    const full = calc.run({ model: 'llama-2-7b', gpus: 8, zero: 3, seq: 4096 }) as {
      activationsPerGpu: number;
    };
    const ckpt = calc.run({
      model: 'llama-2-7b',
      gpus: 8,
      zero: 3,
      seq: 4096,
      checkpoint: true,
    }) as { activationsPerGpu: number };
    expect(full.activationsPerGpu).toBe(32 * 4096 * 4096 * 34);
    expect(ckpt.activationsPerGpu).toBe(32 * 2 * 4096 * 4096 + 4096 * 4096 * 34);
    expect(() => calc.run({ params: 7e9, seq: 4096 })).toThrow(/needs --model/);
  });
});
