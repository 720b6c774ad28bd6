/**
 * LoRA (Hu et al. 2021): W' = W + (α/r)·B·A with A ∈ R^{r×d_in}, B ∈ R^{d_out×r}; trainable parameters
 * per adapted matrix r·(d_in + d_out). QLoRA (Dettmers et al. 2023) keeps the frozen base in NF4
 * (0.5 byte per weight plus block scales: double quantization brings them to ~0.127 bit per weight,
 * per the paper) and trains the adapters in 16 bit.
 * After merging (W ← W + (α/r)BA) inference costs nothing extra.
 */
import type { ModelPreset } from './presets.ts';

export const LORA_MODULES = ['q', 'k', 'v', 'o', 'gate', 'up', 'down'] as const;
export type LoraModule = (typeof LORA_MODULES)[number];

export function moduleShape(m: ModelPreset, mod: LoraModule): [number, number] {
  const q = m.heads * m.headDim;
  const kv = m.kvHeads * m.headDim;
  switch (mod) {
    case 'q':
      return [m.hidden, q];
    case 'k':
    case 'v':
      return [m.hidden, kv];
    case 'o':
      return [q, m.hidden];
    case 'gate':
    case 'up':
      return [m.hidden, m.intermediate];
    case 'down':
      return [m.intermediate, m.hidden];
  }
}

export interface LoraResult {
  trainable: number;
  perLayer: number;
  shareOfBase: number;
  /** Bytes: frozen base weights, trainable adapters with Adam (16 B/param), for LoRA (BF16 base) and QLoRA (NF4 base). */
  loraBytes: number;
  qloraBytes: number;
  fullFinetuneBytes: number;
}

export function loraCounts(
  m: ModelPreset,
  baseParams: number,
  rank: number,
  modules: LoraModule[],
): LoraResult {
  if (m.moe || m.mla) throw new Error('LoRA counts here cover dense attention and FFN models');
  const perLayer = modules.reduce((s, mod) => {
    const [din, dout] = moduleShape(m, mod);
    return s + rank * (din + dout);
  }, 0);
  const trainable = perLayer * m.layers;
  const adapters = trainable * 16;
  return {
    trainable,
    perLayer,
    shareOfBase: trainable / baseParams,
    loraBytes: baseParams * 2 + adapters,
    qloraBytes: baseParams * (0.5 + 0.127 / 8) + adapters,
    fullFinetuneBytes: baseParams * 16,
  };
}
