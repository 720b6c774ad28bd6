/**
 * English names of the calculators, their fields and select options. The Chinese ones are in
 * src/core/labs/calculators.ts (shared with the CLI); these are for the English interface only.
 */
import type { Calculator, Field } from '../../../core/labs/calculators.ts';

const TITLES: Record<string, string> = {
  'kv-cache': 'KV cache size',
  'train-memory': 'Training memory (mixed-precision Adam + ZeRO)',
  'inference-memory': 'Inference memory',
  'train-compute': 'Training compute 6ND and time',
  decode: 'Bandwidth bound of decode throughput',
  'all-reduce': 'Ring all-reduce: traffic and time',
  quantization: 'Quantization error',
  sampling: 'Sampling distribution',
  attention: 'Scaled dot-product attention',
  diffusion: 'Noise schedules and sampling steps',
  lora: 'LoRA parameters and memory',
  tokenizer: 'Byte-level BPE',
  batching: 'Batching policies, simulated',
  paging: 'PagedAttention paging vs contiguous preallocation',
  'parallel-comm': 'Traffic of data, tensor and pipeline parallelism',
};

/** Field labels by name; `<calculator>.<field>` where one name means different things. */
const LABELS: Record<string, string> = {
  model: 'Model',
  dtype: 'Precision',
  'kv-cache.dtype': 'KV precision',
  seq: 'Sequence length',
  'train-memory.seq': 'Sequence length (0 = no activations)',
  batch: 'Concurrent sequences',
  'decode.batch': 'batch',
  gpus: 'GPUs',
  'train-memory.gpus': 'Data-parallel GPUs N',
  'all-reduce.gpus': 'GPUs N',
  zero: 'ZeRO stage',
  offload: 'Offload optimizer states to CPU',
  microBatch: 'Micro-batch per GPU',
  'parallel-comm.microBatch': 'Micro-batch size',
  checkpoint: 'Activation checkpointing (recompute)',
  weights: 'Weight precision',
  kv: 'KV precision',
  gpu: 'GPU',
  params: 'Parameters',
  tokens: 'Training tokens',
  mfu: 'MFU (0-1)',
  context: 'Context tokens so far',
  prompt: 'Average prompt tokens',
  'decode.prompt': 'Compare: prompt tokens of prefill',
  bytes: 'Message size S (bytes)',
  bandwidth: 'One-way bandwidth β (GB/s)',
  latency: 'Latency per step α (μs)',
  scheme: 'Scheme',
  bits: 'Bits',
  granularity: 'Scaling granularity',
  group: 'Group size',
  outlierRate: 'Outlier rate',
  outlierScale: 'Outlier size (σ)',
  logits: 'logits (comma-separated)',
  temperature: 'Temperature T',
  topK: 'top-k (0 = no limit)',
  topP: 'top-p',
  minP: 'min-p',
  repetitionPenalty: 'Repetition penalty θ',
  previous: 'Token ids generated so far',
  dk: 'd_k',
  scale: 'Divide by √d_k',
  causal: 'Causal mask',
  dModel: 'd_model',
  heads: 'Query heads',
  kvHeads: 'KV heads',
  steps: 'DDIM steps',
  t: 'Timestep t to inspect',
  guidance: 'CFG scale w',
  rank: 'Rank r',
  modules: 'Matrices adapted',
  text: 'Training text',
  merges: 'Merges',
  rate: 'Arrival rate (requests/s)',
  requests: 'Requests',
  promptTokens: 'Average prompt tokens',
  outputTokens: 'Average output tokens',
  output: 'Average output tokens',
  maxBatch: 'Max batch',
  window: 'Dynamic batching window (ms)',
  chunk: 'Chunked-prefill tokens per step',
  blockSize: 'Block size (tokens)',
  maxLen: 'Contiguous reservation length',
  samples: 'Parallel samples n',
  sharedPrefix: 'Shared prefix tokens',
  dp: 'Data parallel DP',
  tp: 'Tensor parallel TP',
  pp: 'Pipeline parallel PP',
};

const OPTIONS: Record<string, string> = {
  absmax: 'Symmetric absmax',
  zeropoint: 'Asymmetric (zero point)',
  nf4: 'NF4 (blocks of 64)',
  tensor: 'Per tensor',
  channel: 'Per channel',
  group: 'Per group',
};

export function calcTitle(calc: Calculator, en: boolean): string {
  return en ? (TITLES[calc.id] ?? calc.title) : calc.title;
}

export function fieldLabel(calcId: string, field: Field, en: boolean): string {
  if (!en) return field.label;
  return LABELS[`${calcId}.${field.name}`] ?? LABELS[field.name] ?? field.label;
}

export function optionLabel(value: string, label: string, en: boolean): string {
  return en ? (OPTIONS[value] ?? label) : label;
}
