/**
 * Parameter counts and per-token KV-cache size from a model configuration.
 *
 * Dense decoder layer (SwiGLU FFN, no biases): attention q,o: 2·h·(heads·d), k,v: 2·h·(kvHeads·d);
 * FFN gate/up/down: 3·h·ffn; two RMSNorm vectors: 2h. Embeddings: V·h, plus V·h for an untied head.
 * KV cache per token: 2 (K and V) × layers × kvHeads × headDim × bytes; MLA caches the compressed
 * latent and the shared RoPE key: layers × (kvLoraRank + ropeDim) × bytes (DeepSeek-V2, §2.1).
 */
import type { ModelPreset } from './presets.ts';

export interface ParamBreakdown {
  total: number;
  /** Parameters used per token (differs from total for MoE). */
  active: number;
  embeddings: number;
  attention: number;
  ffn: number;
}

function attentionParams(m: ModelPreset): number {
  if (m.mla) {
    const { kvLoraRank, qLoraRank, ropeDim, nopeDim, vHeadDim } = m.mla;
    const q = m.hidden * qLoraRank + qLoraRank + qLoraRank * m.heads * (nopeDim + ropeDim);
    const kv =
      m.hidden * (kvLoraRank + ropeDim) + kvLoraRank + kvLoraRank * m.heads * (nopeDim + vHeadDim);
    const o = m.heads * vHeadDim * m.hidden;
    return q + kv + o;
  }
  return m.hidden * m.heads * m.headDim * 2 + m.hidden * m.kvHeads * m.headDim * 2;
}

export function countParams(m: ModelPreset): ParamBreakdown {
  const embeddings = m.vocab * m.hidden * (m.tiedEmbeddings ? 1 : 2);
  const attn = attentionParams(m) * m.layers;
  const norms = 2 * m.hidden * m.layers + m.hidden;
  let ffnTotal: number;
  let ffnActive: number;
  if (m.moe) {
    const expert = 3 * m.hidden * m.intermediate;
    const moeLayers = m.layers - m.moe.denseLayers;
    const router = m.hidden * m.moe.experts;
    const dense = 3 * m.hidden * m.moe.denseIntermediate * m.moe.denseLayers;
    ffnTotal = dense + moeLayers * ((m.moe.experts + m.moe.shared) * expert + router);
    ffnActive = dense + moeLayers * ((m.moe.active + m.moe.shared) * expert + router);
  } else {
    ffnTotal = ffnActive = 3 * m.hidden * m.intermediate * m.layers;
  }
  return {
    total: embeddings + attn + ffnTotal + norms,
    active: embeddings + attn + ffnActive + norms,
    embeddings,
    attention: attn,
    ffn: ffnTotal,
  };
}

export type AttentionKind = 'mha' | 'gqa' | 'mqa' | 'mla';

export function attentionKind(m: ModelPreset): AttentionKind {
  if (m.mla) return 'mla';
  if (m.kvHeads === m.heads) return 'mha';
  return m.kvHeads === 1 ? 'mqa' : 'gqa';
}

/** Elements cached per token per layer. */
export function kvElementsPerLayer(m: ModelPreset): number {
  if (m.mla) return m.mla.kvLoraRank + m.mla.ropeDim;
  return 2 * m.kvHeads * m.headDim;
}
