/**
 * Published model configurations and GPU specifications used by the labs.
 * Every entry names its source; figures are the vendors' and model cards' own.
 */

export interface ModelPreset {
  id: string;
  name: string;
  layers: number;
  hidden: number;
  heads: number;
  /** Key/value heads (= heads for MHA, fewer for GQA, 1 for MQA). */
  kvHeads: number;
  headDim: number;
  /** FFN intermediate size (per expert for MoE). */
  intermediate: number;
  vocab: number;
  tiedEmbeddings: boolean;
  /** Mixture of experts: routed experts, experts active per token, shared experts, dense leading layers. */
  moe?: {
    experts: number;
    active: number;
    shared: number;
    denseLayers: number;
    denseIntermediate: number;
  };
  /** Multi-head latent attention (DeepSeek-V2/V3): the cache holds kvLoraRank + ropeDim per layer and token. */
  mla?: {
    kvLoraRank: number;
    qLoraRank: number;
    ropeDim: number;
    nopeDim: number;
    vHeadDim: number;
  };
  /** Published parameter count (total, and active per token for MoE). */
  published: { total: number; active?: number };
  source: string;
}

export const MODELS: ModelPreset[] = [
  {
    id: 'llama-2-7b',
    name: 'LLaMA-2-7B',
    layers: 32,
    hidden: 4096,
    heads: 32,
    kvHeads: 32,
    headDim: 128,
    intermediate: 11008,
    vocab: 32000,
    tiedEmbeddings: false,
    published: { total: 6.74e9 },
    source: 'https://huggingface.co/meta-llama/Llama-2-7b-hf/blob/main/config.json',
  },
  {
    id: 'llama-2-13b',
    name: 'LLaMA-2-13B',
    layers: 40,
    hidden: 5120,
    heads: 40,
    kvHeads: 40,
    headDim: 128,
    intermediate: 13824,
    vocab: 32000,
    tiedEmbeddings: false,
    published: { total: 13.0e9 },
    source: 'https://huggingface.co/meta-llama/Llama-2-13b-hf/blob/main/config.json',
  },
  {
    id: 'llama-2-70b',
    name: 'LLaMA-2-70B',
    layers: 80,
    hidden: 8192,
    heads: 64,
    kvHeads: 8,
    headDim: 128,
    intermediate: 28672,
    vocab: 32000,
    tiedEmbeddings: false,
    published: { total: 69.0e9 },
    source: 'https://huggingface.co/meta-llama/Llama-2-70b-hf/blob/main/config.json',
  },
  {
    id: 'llama-3-8b',
    name: 'Llama-3-8B',
    layers: 32,
    hidden: 4096,
    heads: 32,
    kvHeads: 8,
    headDim: 128,
    intermediate: 14336,
    vocab: 128256,
    tiedEmbeddings: false,
    published: { total: 8.03e9 },
    source: 'https://huggingface.co/meta-llama/Meta-Llama-3-8B/blob/main/config.json',
  },
  {
    id: 'llama-3-70b',
    name: 'Llama-3-70B',
    layers: 80,
    hidden: 8192,
    heads: 64,
    kvHeads: 8,
    headDim: 128,
    intermediate: 28672,
    vocab: 128256,
    tiedEmbeddings: false,
    published: { total: 70.6e9 },
    source: 'https://huggingface.co/meta-llama/Meta-Llama-3-70B/blob/main/config.json',
  },
  {
    id: 'qwen2.5-7b',
    name: 'Qwen2.5-7B',
    layers: 28,
    hidden: 3584,
    heads: 28,
    kvHeads: 4,
    headDim: 128,
    intermediate: 18944,
    vocab: 152064,
    tiedEmbeddings: false,
    published: { total: 7.61e9 },
    source: 'https://huggingface.co/Qwen/Qwen2.5-7B/blob/main/config.json',
  },
  {
    id: 'qwen2.5-72b',
    name: 'Qwen2.5-72B',
    layers: 80,
    hidden: 8192,
    heads: 64,
    kvHeads: 8,
    headDim: 128,
    intermediate: 29568,
    vocab: 152064,
    tiedEmbeddings: false,
    published: { total: 72.7e9 },
    source: 'https://huggingface.co/Qwen/Qwen2.5-72B/blob/main/config.json',
  },
  {
    id: 'mixtral-8x7b',
    name: 'Mixtral-8x7B',
    layers: 32,
    hidden: 4096,
    heads: 32,
    kvHeads: 8,
    headDim: 128,
    intermediate: 14336,
    vocab: 32000,
    tiedEmbeddings: false,
    moe: { experts: 8, active: 2, shared: 0, denseLayers: 0, denseIntermediate: 0 },
    published: { total: 46.7e9, active: 12.9e9 },
    source: 'https://arxiv.org/abs/2401.04088',
  },
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3',
    layers: 61,
    hidden: 7168,
    heads: 128,
    kvHeads: 128,
    headDim: 128,
    intermediate: 2048,
    vocab: 129280,
    tiedEmbeddings: false,
    moe: { experts: 256, active: 8, shared: 1, denseLayers: 3, denseIntermediate: 18432 },
    mla: { kvLoraRank: 512, qLoraRank: 1536, ropeDim: 64, nopeDim: 128, vHeadDim: 128 },
    published: { total: 671e9, active: 37e9 },
    source: 'https://arxiv.org/abs/2412.19437',
  },
];

export interface GpuPreset {
  id: string;
  name: string;
  /** Memory in GB (10^9 bytes) as marketed. */
  memoryGB: number;
  /** Peak memory bandwidth, GB/s. */
  bandwidthGBs: number;
  /** Dense (no sparsity) tensor throughput, TFLOPS. */
  bf16Tflops: number;
  /** Dense FP8 tensor throughput, TFLOPS (undefined where the GPU has no FP8 tensor cores). */
  fp8Tflops?: number;
  source: string;
}

export const GPUS: GpuPreset[] = [
  {
    id: 'a100-40gb',
    name: 'A100 40GB SXM',
    memoryGB: 40,
    bandwidthGBs: 1555,
    bf16Tflops: 312,
    source:
      'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
  },
  {
    id: 'a100-80gb',
    name: 'A100 80GB SXM',
    memoryGB: 80,
    bandwidthGBs: 2039,
    bf16Tflops: 312,
    source:
      'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
  },
  {
    id: 'h100-sxm',
    name: 'H100 SXM',
    memoryGB: 80,
    bandwidthGBs: 3350,
    bf16Tflops: 989,
    fp8Tflops: 1979,
    source: 'https://www.nvidia.com/en-us/data-center/h100/',
  },
  {
    id: 'h200',
    name: 'H200 SXM',
    memoryGB: 141,
    bandwidthGBs: 4800,
    bf16Tflops: 989,
    fp8Tflops: 1979,
    source: 'https://www.nvidia.com/en-us/data-center/h200/',
  },
  {
    id: 'h20',
    name: 'H20',
    memoryGB: 96,
    bandwidthGBs: 4000,
    bf16Tflops: 148,
    fp8Tflops: 296,
    source: 'https://www.nvidia.com/en-us/data-center/products/h20/',
  },
  {
    id: 'l40s',
    name: 'L40S',
    memoryGB: 48,
    bandwidthGBs: 864,
    bf16Tflops: 362,
    fp8Tflops: 733,
    source: 'https://www.nvidia.com/en-us/data-center/l40s/',
  },
  {
    id: 'rtx-4090',
    name: 'GeForce RTX 4090',
    memoryGB: 24,
    bandwidthGBs: 1008,
    bf16Tflops: 165,
    fp8Tflops: 330,
    source:
      'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf',
  },
];

export function findModel(id: string): ModelPreset | undefined {
  return MODELS.find((m) => m.id === id);
}

export function findGpu(id: string): GpuPreset | undefined {
  return GPUS.find((g) => g.id === id);
}
