/**
 * Communication volume per training step of the three parallelisms for a dense Transformer
 * (per GPU, bytes sent), with b micro-batch sequences of s tokens, hidden h, L layers, 2-byte values:
 * - data parallelism (ring all-reduce of the gradients): 2(N−1)/N · 2Ψ;
 * - tensor parallelism (Megatron-LM, Shoeybi et al. 2019): per layer two all-reduces in the forward
 *   and two in the backward pass over activations of b·s·h values → 4 · 2(t−1)/t · 2bsh per layer;
 * - pipeline parallelism: point-to-point activations between stages, b·s·h values forward and the
 *   same gradient backward per micro-batch and stage boundary.
 */
export interface ParallelInput {
  params: number;
  layers: number;
  hidden: number;
  seq: number;
  microBatch: number;
  dp: number;
  tp: number;
  pp: number;
}

export function communicationVolume(i: ParallelInput): {
  dataParallel: number;
  tensorParallel: number;
  pipelineParallel: number;
} {
  const act = 2 * i.microBatch * i.seq * i.hidden;
  const ringFactor = (n: number) => (n > 1 ? (2 * (n - 1)) / n : 0);
  return {
    // Gradients of this GPU's share of the model (TP and PP split the parameters).
    dataParallel: ringFactor(i.dp) * 2 * (i.params / (i.tp * i.pp)),
    tensorParallel: (i.layers / i.pp) * 4 * ringFactor(i.tp) * act,
    pipelineParallel: i.pp > 1 ? 2 * act : 0,
  };
}
