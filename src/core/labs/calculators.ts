/**
 * Every lab calculator with its options, for the CLI (`aigc-interview lab <id> --option value --json`)
 * and the web pages. Options arrive as loose strings and are validated here.
 */
import { z } from 'zod';
import { attentionCounts, attentionSteps, saturationCurve } from './attention.ts';
import { compareBatching } from './batching.ts';
import { ringAllReduce, ringSchedule } from './collectives.ts';
import { alphaBars, cfg, ddimTimesteps, logSnr } from './diffusion.ts';
import { DTYPE_BYTES, DTYPES, weightBytes } from './dtypes.ts';
import { decodeBound, trainingCompute } from './flops.ts';
import { LORA_MODULES, type LoraModule, loraCounts } from './lora.ts';
import {
  activationBytesPerLayer,
  inferenceMemory,
  kvCache,
  trainMemory,
  ZERO_STAGES,
} from './memory.ts';
import { countParams } from './model-math.ts';
import { simulatePaging } from './paging.ts';
import { communicationVolume } from './parallelism.ts';
import { findGpu, findModel, GPUS, MODELS } from './presets.ts';
import { quantizationError } from './quantization.ts';
import { rng } from './random.ts';
import { beamSearch, sampleDistribution } from './sampling.ts';
import { decodeToken, encode, lengthCurve, trainBpe } from './tokenizer.ts';

const modelId = z.string().refine((id) => findModel(id) !== undefined, {
  message: `unknown model; use one of ${MODELS.map((m) => m.id).join(', ')}`,
});
const gpuId = z.string().refine((id) => findGpu(id) !== undefined, {
  message: `unknown GPU; use one of ${GPUS.map((g) => g.id).join(', ')}`,
});
const dtype = z.enum(DTYPES);
const positive = z.coerce.number().positive('must be a positive number');
const count = z.coerce.number().int('must be a whole number').min(1, 'must be at least 1');
const flag = z.preprocess(
  (v) => v === true || v === 'true' || v === '1' || v === 'yes',
  z.boolean(),
);

/** How the web form shows an option. */
export interface Field {
  name: string;
  label: string;
  kind: 'model' | 'gpu' | 'dtype' | 'number' | 'zero' | 'boolean' | 'select' | 'text';
  default?: string | number | boolean;
  /** For 'select': [value, label] pairs. */
  options?: [string, string][];
}

export interface Calculator {
  id: string;
  fields: Field[];
  /** The lab page it belongs to. */
  lab: string;
  title: string;
  options: z.ZodObject;
  /** Help text per option. */
  help: Record<string, string>;
  run(input: Record<string, unknown>): Record<string, unknown>;
}

function calc<S extends z.ZodObject>(
  c: Omit<Calculator, 'options' | 'run'> & {
    options: S;
    run: (i: z.infer<S>) => Record<string, unknown>;
  },
): Calculator {
  return { ...c, run: (input) => c.run(c.options.parse(input)) } as Calculator;
}

export const CALCULATORS: Calculator[] = [
  calc({
    id: 'kv-cache',
    lab: 'kv-cache',
    fields: [
      { name: 'model', label: '模型', kind: 'model', default: 'llama-2-7b' },
      { name: 'dtype', label: 'KV 精度', kind: 'dtype', default: 'fp16' },
      { name: 'seq', label: '序列长度', kind: 'number', default: 4096 },
      { name: 'batch', label: '并发序列数', kind: 'number', default: 1 },
    ],

    title: 'KV Cache 大小',
    options: z.strictObject({
      model: modelId,
      dtype: dtype.default('fp16'),
      seq: count.default(4096),
      batch: count.default(1),
    }),
    help: {
      model: 'model preset',
      dtype: DTYPES.join('|'),
      seq: 'tokens per sequence',
      batch: 'sequences',
    },
    run: (i) => {
      const m = findModel(i.model)!;
      return {
        model: m.name,
        ...kvCache({ model: m, dtype: i.dtype, seqLen: i.seq, batch: i.batch }),
      };
    },
  }),
  calc({
    id: 'train-memory',
    lab: 'gpu-memory',
    fields: [
      { name: 'model', label: '模型', kind: 'model', default: 'llama-2-7b' },
      { name: 'gpus', label: '数据并行卡数 N', kind: 'number', default: 8 },
      { name: 'zero', label: 'ZeRO 阶段', kind: 'zero', default: 3 },
      { name: 'offload', label: '优化器状态卸载到 CPU', kind: 'boolean', default: false },
      { name: 'seq', label: '序列长度（0 = 不计激活）', kind: 'number', default: 4096 },
      { name: 'microBatch', label: '每卡微批', kind: 'number', default: 1 },
      { name: 'checkpoint', label: '激活检查点（重计算）', kind: 'boolean', default: false },
    ],

    title: '训练显存（混合精度 Adam + ZeRO）',
    options: z
      .strictObject({
        params: positive.optional(),
        model: modelId.optional(),
        gpus: count.default(1),
        zero: z.coerce
          .number()
          .pipe(
            z.union(
              ZERO_STAGES.map((s) => z.literal(s)) as [
                z.ZodLiteral<0>,
                z.ZodLiteral<1>,
                z.ZodLiteral<2>,
                z.ZodLiteral<3>,
              ],
              { error: 'must be 0, 1, 2 or 3' },
            ),
          )
          .default(0),
        offload: flag.default(false),
        seq: z.coerce.number().int().min(0).default(0),
        microBatch: z.coerce.number().int().min(0).default(1),
        checkpoint: flag.default(false),
      })
      .refine((i) => i.params !== undefined || i.model !== undefined, {
        message: 'give --params or --model',
      })
      .refine((i) => i.seq === 0 || i.model !== undefined, {
        message: 'activation memory needs --model (for layers and hidden size)',
      }),
    help: {
      params: 'parameter count, e.g. 7.5e9',
      model: 'or a model preset',
      gpus: 'data-parallel GPUs',
      zero: '0|1|2|3',
      offload: 'optimizer states on CPU',
      seq: 'tokens per sequence for activations (0: none)',
      microBatch: 'sequences per GPU',
      checkpoint: 'activation checkpointing',
    },
    run: (i) => {
      const m = i.model ? findModel(i.model)! : undefined;
      const params = i.params ?? countParams(m!).total;
      // Activations (16-bit, FlashAttention): every layer's without checkpointing; with full
      // checkpointing only each layer's input (2sbh bytes) plus the one layer being recomputed.
      const perLayer =
        m && i.seq ? activationBytesPerLayer(i.seq, i.microBatch, m.hidden, m.heads, true) : 0;
      const activationBytes =
        m && i.seq
          ? i.checkpoint
            ? m.layers * 2 * i.seq * i.microBatch * m.hidden + perLayer
            : m.layers * perLayer
          : 0;
      return {
        params,
        gpus: i.gpus,
        zero: i.zero,
        ...trainMemory({
          params,
          gpus: i.gpus,
          zero: i.zero,
          offloadOptimizer: i.offload,
          activationBytes,
        }),
      };
    },
  }),
  calc({
    id: 'inference-memory',
    lab: 'gpu-memory',
    fields: [
      { name: 'model', label: '模型', kind: 'model', default: 'llama-2-7b' },
      { name: 'weights', label: '权重精度', kind: 'dtype', default: 'fp16' },
      { name: 'kv', label: 'KV 精度', kind: 'dtype', default: 'fp16' },
      { name: 'seq', label: '序列长度', kind: 'number', default: 4096 },
      { name: 'batch', label: '并发序列数', kind: 'number', default: 8 },
      { name: 'gpu', label: 'GPU', kind: 'gpu', default: 'a100-80gb' },
    ],

    title: '推理显存',
    options: z.strictObject({
      model: modelId,
      weights: dtype.default('fp16'),
      kv: dtype.default('fp16'),
      seq: count.default(4096),
      batch: count.default(1),
      gpu: gpuId.optional(),
    }),
    help: {
      model: 'model preset',
      weights: 'weight dtype',
      kv: 'KV-cache dtype',
      seq: 'tokens per sequence',
      batch: 'sequences',
      gpu: 'GPU preset to check the fit',
    },
    run: (i) => {
      const m = findModel(i.model)!;
      const r = inferenceMemory({
        model: m,
        params: countParams(m).total,
        weightDtype: i.weights,
        kvDtype: i.kv,
        seqLen: i.seq,
        batch: i.batch,
      });
      const gpu = i.gpu ? findGpu(i.gpu)! : undefined;
      return {
        model: m.name,
        ...r,
        ...(gpu
          ? { gpu: gpu.name, gpuBytes: gpu.memoryGB * 1e9, fits: r.total <= gpu.memoryGB * 1e9 }
          : {}),
      };
    },
  }),
  calc({
    id: 'train-compute',
    lab: 'flops-roofline',
    fields: [
      { name: 'params', label: '参数量', kind: 'number', default: 7e9 },
      { name: 'tokens', label: '训练 token 数', kind: 'number', default: 2e12 },
      { name: 'gpus', label: 'GPU 数', kind: 'number', default: 1024 },
      { name: 'gpu', label: 'GPU', kind: 'gpu', default: 'h100-sxm' },
      { name: 'mfu', label: 'MFU（0-1）', kind: 'number', default: 0.4 },
    ],

    title: '训练算力 6ND 与时长',
    options: z.strictObject({
      params: positive,
      tokens: positive,
      gpus: count.default(1),
      gpu: gpuId.default('h100-sxm'),
      mfu: z.coerce.number().gt(0).max(1).default(0.4),
    }),
    help: {
      params: 'parameters',
      tokens: 'training tokens',
      gpus: 'GPUs',
      gpu: 'GPU preset',
      mfu: 'model FLOPs utilisation 0..1',
    },
    run: (i) => {
      const g = findGpu(i.gpu)!;
      return {
        gpu: g.name,
        ...trainingCompute({
          params: i.params,
          tokens: i.tokens,
          gpus: i.gpus,
          peakFlops: g.bf16Tflops * 1e12,
          mfu: i.mfu,
        }),
      };
    },
  }),
  calc({
    id: 'decode',
    lab: 'flops-roofline',
    fields: [
      { name: 'model', label: '模型', kind: 'model', default: 'llama-2-7b' },
      { name: 'dtype', label: '精度', kind: 'dtype', default: 'fp16' },
      { name: 'gpu', label: 'GPU', kind: 'gpu', default: 'a100-80gb' },
      { name: 'context', label: '已有上下文 token', kind: 'number', default: 0 },
      { name: 'prompt', label: '对比：prefill 的 prompt token', kind: 'number', default: 2048 },
      { name: 'batch', label: 'batch', kind: 'number', default: 1 },
    ],

    title: '解码吞吐的带宽上界',
    options: z.strictObject({
      model: modelId,
      dtype: dtype.default('fp16'),
      gpu: gpuId.default('a100-80gb'),
      context: z.coerce.number().int().min(0).default(0),
      prompt: count.default(2048),
      batch: count.default(1),
    }),
    help: {
      model: 'model preset',
      dtype: 'weight and KV dtype',
      gpu: 'GPU preset',
      context: 'tokens already in the KV cache',
      prompt: 'prompt tokens of a prefill, for comparison',
      batch: 'sequences decoded together',
    },
    run: (i) => {
      const m = findModel(i.model)!;
      const g = findGpu(i.gpu)!;
      const p = countParams(m);
      const r = decodeBound({
        weightBytes: p.active * weightBytes(i.dtype),
        kvBytesPerToken: kvCache({ model: m, dtype: i.dtype, seqLen: 1, batch: 1 }).bytesPerToken,
        context: i.context,
        batch: i.batch,
        bandwidthGBs: g.bandwidthGBs,
        peakTflops: i.dtype === 'fp8' && g.fp8Tflops ? g.fp8Tflops : g.bf16Tflops,
        flopsPerToken: 2 * p.active,
      });
      // Prefill of n prompt tokens reads the weights once for n tokens: intensity ≈ 2·N·n / weight bytes.
      const prefillIntensity = (2 * p.active * i.prompt) / (p.active * weightBytes(i.dtype));
      return {
        model: m.name,
        gpu: g.name,
        bytesPerElement: DTYPE_BYTES[i.dtype],
        ...r,
        prefillIntensity,
        prefillComputeBound: prefillIntensity >= r.ridge,
      };
    },
  }),
  calc({
    id: 'all-reduce',
    lab: 'collectives',
    fields: [
      { name: 'bytes', label: '消息大小 S（字节）', kind: 'number', default: 14e9 },
      { name: 'gpus', label: 'GPU 数 N', kind: 'number', default: 8 },
      { name: 'bandwidth', label: '单向带宽 β（GB/s）', kind: 'number', default: 450 },
      { name: 'latency', label: '每步延迟 α（μs）', kind: 'number', default: 5 },
    ],

    title: 'Ring All-Reduce 通信量与时间',
    options: z.strictObject({
      bytes: positive,
      gpus: z.coerce.number().int().min(2, 'needs at least 2 GPUs'),
      bandwidth: positive.default(450),
      latency: z.coerce.number().min(0).default(5),
    }),
    help: {
      bytes: 'message size S in bytes',
      gpus: 'GPUs in the ring',
      bandwidth: 'link bandwidth per direction, GB/s',
      latency: 'per-step latency α, microseconds',
    },
    run: (i) => ({
      bytes: i.bytes,
      gpus: i.gpus,
      ...ringAllReduce({
        bytes: i.bytes,
        gpus: i.gpus,
        bandwidth: i.bandwidth * 1e9,
        latency: i.latency * 1e-6,
      }),
      schedule: i.gpus <= 8 ? ringSchedule(i.gpus) : [],
    }),
  }),
];

const numberList = z
  .string()
  .transform((s) =>
    s
      .split(/[,，\s]+/)
      .filter(Boolean)
      .map(Number),
  )
  .refine((xs) => xs.length > 0 && xs.every(Number.isFinite), {
    message: 'must be numbers separated by commas',
  });

const denseModelId = modelId.refine((id) => !findModel(id)?.moe && !findModel(id)?.mla, {
  message: 'pick a dense model (MoE and MLA models are not covered by this calculator)',
});

CALCULATORS.push(
  calc({
    id: 'quantization',
    lab: 'quantization',
    title: '量化误差',
    fields: [
      {
        name: 'scheme',
        label: '方案',
        kind: 'select',
        default: 'absmax',
        options: [
          ['absmax', '对称 absmax'],
          ['zeropoint', '非对称（零点）'],
          ['nf4', 'NF4（块 64）'],
        ],
      },
      {
        name: 'bits',
        label: '位宽',
        kind: 'select',
        default: '8',
        options: [
          ['8', 'INT8'],
          ['4', 'INT4'],
        ],
      },
      {
        name: 'granularity',
        label: '缩放粒度',
        kind: 'select',
        default: 'tensor',
        options: [
          ['tensor', '逐张量'],
          ['channel', '逐通道'],
          ['group', '分组'],
        ],
      },
      { name: 'group', label: '组大小', kind: 'number', default: 128 },
      { name: 'outlierRate', label: '离群值比例', kind: 'number', default: 0.001 },
      { name: 'outlierScale', label: '离群值倍数（σ）', kind: 'number', default: 20 },
    ],
    options: z.strictObject({
      scheme: z.enum(['absmax', 'zeropoint', 'nf4']).default('absmax'),
      bits: z.coerce
        .number()
        .pipe(z.union([z.literal(4), z.literal(8)], { error: 'must be 4 or 8' }))
        .default(8),
      granularity: z.enum(['tensor', 'channel', 'group']).default('tensor'),
      group: count.default(128),
      outlierRate: z.coerce.number().min(0).max(0.1, 'must be at most 0.1').default(0.001),
      outlierScale: z.coerce.number().min(1).max(200).default(20),
      rows: count.max(1024).default(256),
      cols: count.max(4096).default(512),
      seed: z.coerce.number().int().default(42),
    }),
    help: {
      scheme: 'absmax|zeropoint|nf4',
      bits: '4|8',
      granularity: 'tensor|channel|group',
      group: 'group size',
      outlierRate: '0..0.1',
      outlierScale: 'outlier size in σ',
    },
    run: (i) => ({ ...quantizationError(i) }),
  }),
  calc({
    id: 'sampling',
    lab: 'sampling',
    title: '采样分布',
    fields: [
      {
        name: 'logits',
        label: 'logits（逗号分隔）',
        kind: 'text',
        default: '3.2, 2.9, 2.1, 1.5, 1.0, 0.4, -0.5, -1.2',
      },
      { name: 'temperature', label: '温度 T', kind: 'number', default: 1 },
      { name: 'topK', label: 'top-k（0 不限）', kind: 'number', default: 0 },
      { name: 'topP', label: 'top-p', kind: 'number', default: 0.9 },
      { name: 'minP', label: 'min-p', kind: 'number', default: 0 },
      { name: 'repetitionPenalty', label: '重复惩罚 θ', kind: 'number', default: 1 },
      { name: 'previous', label: '已生成 token 序号', kind: 'text', default: '0' },
    ],
    options: z.strictObject({
      logits: numberList,
      temperature: z.coerce.number().min(0).max(10).default(1),
      topK: z.coerce.number().int().min(0).default(0),
      topP: z.coerce.number().gt(0).max(1).default(1),
      minP: z.coerce.number().min(0).max(1).default(0),
      repetitionPenalty: z.coerce.number().min(1, 'must be at least 1').max(10).default(1),
      previous: z
        .string()
        .default('')
        .transform((s) =>
          s
            .split(/[,，\s]+/)
            .filter(Boolean)
            .map(Number),
        ),
      beam: count.max(3).default(2),
    }),
    help: {
      logits: 'comma-separated logits',
      temperature: 'T (0 = greedy)',
      topK: 'k (0 = off)',
      topP: 'p',
      minP: 'p_min',
      repetitionPenalty: 'θ ≥ 1',
      previous: 'generated token indices',
      beam: 'beam width for the toy model',
    },
    run: (i) => ({ ...sampleDistribution(i), greedy: beamSearch(1)[0], beams: beamSearch(i.beam) }),
  }),
  calc({
    id: 'attention',
    lab: 'attention',
    title: '缩放点积注意力',
    fields: [
      { name: 'dk', label: 'd_k', kind: 'number', default: 64 },
      { name: 'seq', label: '序列长度', kind: 'number', default: 6 },
      { name: 'scale', label: '除以 √d_k', kind: 'boolean', default: true },
      { name: 'causal', label: '因果掩码', kind: 'boolean', default: true },
      { name: 'dModel', label: 'd_model', kind: 'number', default: 4096 },
      { name: 'heads', label: '查询头数', kind: 'number', default: 32 },
      { name: 'kvHeads', label: 'KV 头数', kind: 'number', default: 8 },
    ],
    options: z
      .strictObject({
        dk: count.max(1024).default(64),
        seq: count.max(16).default(6),
        scale: flag.default(true),
        causal: flag.default(true),
        seed: z.coerce.number().int().default(7),
        dModel: count.default(4096),
        heads: count.default(32),
        kvHeads: count.default(8),
      })
      .refine((i) => i.dModel % i.heads === 0 && i.heads % i.kvHeads === 0, {
        message: 'd_model must divide by heads and heads by KV heads',
      }),
    help: {
      dk: 'key dimension',
      seq: 'tokens (≤ 16)',
      scale: 'divide by √d_k',
      causal: 'causal mask',
      dModel: 'model width',
      heads: 'query heads',
      kvHeads: 'key/value heads',
    },
    run: (i) => {
      const a = attentionSteps(i);
      return {
        weights: a.weights,
        meanMaxWeight: a.meanMaxWeight,
        scoreVariance: a.scoreVariance,
        saturation: saturationCurve([4, 16, 64, 256, 1024], 16, i.seed),
        counts: ['mha', 'gqa', 'mqa'].map((kind) => ({
          ...attentionCounts(
            i.dModel,
            i.heads,
            kind === 'mha' ? i.heads : kind === 'mqa' ? 1 : i.kvHeads,
          ),
        })),
      };
    },
  }),
  calc({
    id: 'diffusion',
    lab: 'diffusion',
    title: '噪声调度与采样步',
    fields: [
      { name: 'steps', label: 'DDIM 步数', kind: 'number', default: 50 },
      { name: 't', label: '查看时间步 t', kind: 'number', default: 500 },
      { name: 'guidance', label: 'CFG 系数 w', kind: 'number', default: 7.5 },
    ],
    options: z.strictObject({
      steps: count.max(1000).default(50),
      t: z.coerce.number().int().min(0).max(999).default(500),
      guidance: z.coerce.number().min(0).max(30).default(7.5),
    }),
    help: {
      steps: 'DDIM sampling steps',
      t: 'timestep to inspect (0..999)',
      guidance: 'classifier-free guidance w',
    },
    run: (i) => {
      const schedules = (['linear', 'cosine', 'scaled-linear'] as const).map((s) => {
        const ab = alphaBars(s);
        return {
          schedule: s,
          alphaBarAtT: ab[i.t]!,
          logSnrAtT: logSnr(ab[i.t]!),
          curve: ab.filter((_, k) => k % 20 === 0 || k === 999),
        };
      });
      return {
        schedules,
        ddimTimesteps: ddimTimesteps(i.steps),
        guided: cfg([0.1, -0.2], [0.3, 0.1], i.guidance),
      };
    },
  }),
  calc({
    id: 'lora',
    lab: 'lora',
    title: 'LoRA 参数量与显存',
    fields: [
      { name: 'model', label: '模型', kind: 'model', default: 'llama-2-7b' },
      { name: 'rank', label: '秩 r', kind: 'number', default: 8 },
      { name: 'modules', label: '注入的矩阵', kind: 'text', default: 'q,v' },
    ],
    options: z.strictObject({
      model: denseModelId,
      rank: count.max(1024).default(8),
      modules: z
        .string()
        .default('q,v')
        .transform((s) => s.split(/[,，\s]+/).filter(Boolean))
        .refine(
          (ms) => ms.length > 0 && ms.every((m) => (LORA_MODULES as readonly string[]).includes(m)),
          { message: `list modules from ${LORA_MODULES.join(',')}` },
        ),
    }),
    help: {
      model: 'dense model preset',
      rank: 'r',
      modules: `comma list of ${LORA_MODULES.join(',')}`,
    },
    run: (i) => {
      const m = findModel(i.model)!;
      return {
        model: m.name,
        ...loraCounts(m, countParams(m).total, i.rank, i.modules as LoraModule[]),
      };
    },
  }),
  calc({
    id: 'tokenizer',
    lab: 'tokenizer',
    title: '字节级 BPE',
    fields: [
      {
        name: 'text',
        label: '训练文本',
        kind: 'text',
        default: '大模型推理 大模型训练 大模型部署 low lower lowest newer newest',
      },
      { name: 'merges', label: '合并次数', kind: 'number', default: 20 },
    ],
    options: z.strictObject({
      text: z.string().min(1, 'type some text').max(20_000),
      merges: z.coerce.number().int().min(0).max(500).default(20),
    }),
    help: { text: 'training text', merges: 'number of merges' },
    run: (i) => {
      const model = trainBpe(i.text, i.merges);
      const ids = encode(model, i.text);
      return {
        bytes: new TextEncoder().encode(i.text).length,
        tokens: ids.length,
        vocab: 256 + model.merges.length,
        merges: model.merges.map((m) => ({
          rank: m.rank + 1,
          left: decodeToken(model, m.pair[0]),
          right: decodeToken(model, m.pair[1]),
          count: m.count,
        })),
        pieces: ids.map((t) => decodeToken(model, t)),
        curve: lengthCurve(i.text, Math.max(i.merges, 1)),
      };
    },
  }),
);

CALCULATORS.push(
  calc({
    id: 'batching',
    lab: 'batching',
    title: '批处理策略模拟',
    fields: [
      { name: 'rate', label: '到达率（请求/秒）', kind: 'number', default: 4 },
      { name: 'requests', label: '请求数', kind: 'number', default: 200 },
      { name: 'promptTokens', label: '平均输入 token', kind: 'number', default: 512 },
      { name: 'outputTokens', label: '平均输出 token', kind: 'number', default: 128 },
      { name: 'maxBatch', label: '最大 batch', kind: 'number', default: 16 },
      { name: 'window', label: '动态批等待窗口（ms）', kind: 'number', default: 50 },
      { name: 'chunk', label: '分块 prefill 每步 token', kind: 'number', default: 512 },
    ],
    options: z.strictObject({
      rate: z.coerce.number().gt(0).max(1000).default(4),
      requests: count.max(2000).default(200),
      promptTokens: count.max(32768).default(512),
      outputTokens: count.max(8192).default(128),
      maxBatch: count.max(1024).default(16),
      window: z.coerce.number().min(0).max(10_000).default(50),
      chunk: count.default(512),
      baseMs: z.coerce.number().min(0).default(8),
      prefillMsPerToken: z.coerce.number().min(0).default(0.05),
      decodeMsPerSeq: z.coerce.number().min(0).default(0.3),
      seed: z.coerce.number().int().default(11),
    }),
    help: {
      rate: 'arrivals per second (Poisson)',
      requests: 'requests',
      promptTokens: 'mean prompt tokens',
      outputTokens: 'mean output tokens',
      maxBatch: 'max sequences per batch',
      window: 'dynamic batching window, ms',
      chunk: 'chunked-prefill tokens per step',
      baseMs: 'step cost: base ms',
      prefillMsPerToken: 'step cost: ms per prompt token',
      decodeMsPerSeq: 'step cost: ms per decoded sequence',
    },
    run: (i) => ({ policies: compareBatching(i) }),
  }),
);

CALCULATORS.push(
  calc({
    id: 'paging',
    lab: 'kv-cache',
    title: 'PagedAttention 分页 vs 连续预分配',
    fields: [
      { name: 'blockSize', label: '块大小（token）', kind: 'number', default: 16 },
      { name: 'requests', label: '请求数', kind: 'number', default: 32 },
      { name: 'prompt', label: '平均输入 token', kind: 'number', default: 600 },
      { name: 'output', label: '平均输出 token', kind: 'number', default: 300 },
      { name: 'maxLen', label: '连续预留长度', kind: 'number', default: 4096 },
      { name: 'samples', label: '并行采样数 n', kind: 'number', default: 1 },
      { name: 'sharedPrefix', label: '公共前缀 token', kind: 'number', default: 0 },
    ],
    options: z.strictObject({
      blockSize: count.max(1024).default(16),
      requests: count.max(10_000).default(32),
      prompt: count.max(1_000_000).default(600),
      output: count.max(1_000_000).default(300),
      maxLen: count.default(4096),
      samples: count.max(64).default(1),
      sharedPrefix: z.coerce.number().int().min(0).default(0),
      seed: z.coerce.number().int().default(5),
    }),
    help: {
      blockSize: 'tokens per block',
      requests: 'requests',
      prompt: 'mean prompt tokens',
      output: 'mean output tokens',
      maxLen: 'contiguous reservation per request',
      samples: 'parallel samples sharing the prompt',
      sharedPrefix: 'common system-prompt tokens',
    },
    run: (i) => {
      const next = rng(i.seed);
      const requests = Array.from({ length: i.requests }, () => ({
        prompt: Math.max(1, Math.round(i.prompt * (0.5 + next()))),
        output: Math.max(1, Math.round(i.output * (0.5 + next()))),
      }));
      return {
        ...simulatePaging({
          blockSize: i.blockSize,
          requests,
          maxLen: i.maxLen,
          samples: i.samples,
          sharedPrefix: i.sharedPrefix,
        }),
      };
    },
  }),
  calc({
    id: 'parallel-comm',
    lab: 'collectives',
    title: '数据/张量/流水线并行的通信量',
    fields: [
      { name: 'model', label: '模型', kind: 'model', default: 'llama-2-7b' },
      { name: 'seq', label: '序列长度', kind: 'number', default: 4096 },
      { name: 'microBatch', label: '微批大小', kind: 'number', default: 1 },
      { name: 'dp', label: '数据并行 DP', kind: 'number', default: 8 },
      { name: 'tp', label: '张量并行 TP', kind: 'number', default: 1 },
      { name: 'pp', label: '流水线并行 PP', kind: 'number', default: 1 },
    ],
    options: z.strictObject({
      model: modelId,
      seq: count.default(4096),
      microBatch: count.default(1),
      dp: count.default(8),
      tp: count.default(1),
      pp: count.default(1),
    }),
    help: {
      model: 'model preset',
      seq: 'tokens per sequence',
      microBatch: 'sequences per micro-batch',
      dp: 'data-parallel degree',
      tp: 'tensor-parallel degree',
      pp: 'pipeline stages',
    },
    run: (i) => {
      const m = findModel(i.model)!;
      return {
        model: m.name,
        ...communicationVolume({
          params: countParams(m).total,
          layers: m.layers,
          hidden: m.hidden,
          seq: i.seq,
          microBatch: i.microBatch,
          dp: i.dp,
          tp: i.tp,
          pp: i.pp,
        }),
      };
    },
  }),
);

export function calculatorsOf(lab: string): Calculator[] {
  return CALCULATORS.filter((c) => c.lab === lab);
}

export function findCalculator(id: string): Calculator | undefined {
  return CALCULATORS.find((c) => c.id === id);
}
