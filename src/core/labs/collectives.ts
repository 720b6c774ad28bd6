/**
 * Collective communication with the α-β model (Hockney; Thakur, Rabenseifner & Gropp 2005).
 * Ring all-reduce = reduce-scatter + all-gather, 2(N−1) steps of S/N bytes each, so every GPU sends
 * 2(N−1)/N · S bytes; time ≈ 2(N−1)·α + 2(N−1)/N · S/β.
 */
export interface RingInput {
  /** Message size S in bytes (e.g. the gradients). */
  bytes: number;
  gpus: number;
  /** Per-step latency α in seconds. */
  latency: number;
  /** Link bandwidth β per direction, bytes/s. */
  bandwidth: number;
}

export interface RingResult {
  steps: number;
  bytesPerStep: number;
  bytesSentPerGpu: number;
  seconds: number;
  /** Algorithm bandwidth S / t and bus bandwidth (as nccl-tests reports: algbw · 2(N−1)/N). */
  algBandwidth: number;
  busBandwidth: number;
}

export function ringAllReduce(i: RingInput): RingResult {
  const n = i.gpus;
  const steps = 2 * (n - 1);
  const bytesPerStep = i.bytes / n;
  const bytesSentPerGpu = steps * bytesPerStep;
  const seconds = steps * i.latency + bytesSentPerGpu / i.bandwidth;
  const algBandwidth = i.bytes / seconds;
  return {
    steps,
    bytesPerStep,
    bytesSentPerGpu,
    seconds,
    algBandwidth,
    busBandwidth: (algBandwidth * steps) / n,
  };
}

export interface RingStep {
  phase: 'reduce-scatter' | 'all-gather';
  step: number;
  /** For each GPU: which chunk it sends to its right neighbour in this step. */
  sends: number[];
}

/** The chunk each GPU sends in every step of a ring all-reduce (for the step-by-step diagram). */
export function ringSchedule(gpus: number): RingStep[] {
  const out: RingStep[] = [];
  for (let s = 0; s < gpus - 1; s++) {
    out.push({
      phase: 'reduce-scatter',
      step: s + 1,
      sends: Array.from({ length: gpus }, (_, g) => (g - s + gpus) % gpus),
    });
  }
  for (let s = 0; s < gpus - 1; s++) {
    out.push({
      phase: 'all-gather',
      step: gpus + s,
      sends: Array.from({ length: gpus }, (_, g) => (g + 1 - s + gpus) % gpus),
    });
  }
  return out;
}
