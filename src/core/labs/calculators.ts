/**
 * Every lab calculator with its options, for the CLI (`aigc-interview lab <id> --option value --json`)
 * and the web pages. Options arrive as loose strings and are validated here.
 */
import { z } from 'zod';
import { ringAllReduce } from './collectives.ts';
import { DTYPE_BYTES, DTYPES, weightBytes } from './dtypes.ts';
import { decodeBound, trainingCompute } from './flops.ts';
import { inferenceMemory, kvCache, trainMemory, ZERO_STAGES } from './memory.ts';
import { countParams } from './model-math.ts';
import { findGpu, findModel, GPUS, MODELS } from './presets.ts';

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
  kind: 'model' | 'gpu' | 'dtype' | 'number' | 'zero' | 'boolean';
  default?: string | number | boolean;
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
      })
      .refine((i) => i.params !== undefined || i.model !== undefined, {
        message: 'give --params or --model',
      }),
    help: {
      params: 'parameter count, e.g. 7.5e9',
      model: 'or a model preset',
      gpus: 'data-parallel GPUs',
      zero: '0|1|2|3',
      offload: 'optimizer states on CPU',
    },
    run: (i) => {
      const params = i.params ?? countParams(findModel(i.model!)!).total;
      return {
        params,
        gpus: i.gpus,
        zero: i.zero,
        ...trainMemory({ params, gpus: i.gpus, zero: i.zero, offloadOptimizer: i.offload }),
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
      { name: 'batch', label: 'batch', kind: 'number', default: 1 },
    ],

    title: '解码吞吐的带宽上界',
    options: z.strictObject({
      model: modelId,
      dtype: dtype.default('fp16'),
      gpu: gpuId.default('a100-80gb'),
      context: z.coerce.number().int().min(0).default(0),
      batch: count.default(1),
    }),
    help: {
      model: 'model preset',
      dtype: 'weight and KV dtype',
      gpu: 'GPU preset',
      context: 'tokens already in the KV cache',
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
      return { model: m.name, gpu: g.name, bytesPerElement: DTYPE_BYTES[i.dtype], ...r };
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
    }),
  }),
];

export function calculatorsOf(lab: string): Calculator[] {
  return CALCULATORS.filter((c) => c.lab === lab);
}

export function findCalculator(id: string): Calculator | undefined {
  return CALCULATORS.find((c) => c.id === id);
}
