/**
 * Decoding: how temperature, repetition penalty, top-k, top-p and min-p reshape a next-token
 * distribution, in the order common implementations apply them (penalty → temperature → filters).
 *
 * Repetition penalty (Keskar et al. 2019, CTRL): a logit of an already generated token is divided by θ
 * when positive and multiplied by θ when negative. Temperature: softmax(z / T). Top-k keeps the k most
 * likely; top-p (nucleus, Holtzman et al. 2020) keeps the smallest set whose mass reaches p; min-p
 * keeps tokens with probability ≥ p_min · p_max. The survivors are renormalised.
 */
export interface SamplingInput {
  logits: number[];
  temperature: number;
  topK: number;
  topP: number;
  minP: number;
  repetitionPenalty: number;
  /** Indices of tokens already generated. */
  previous: number[];
}

export function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

export function sampleDistribution(i: SamplingInput): {
  before: number[];
  after: number[];
  kept: number[];
} {
  const seen = new Set(i.previous);
  const penalised = i.logits.map((z, k) =>
    seen.has(k) ? (z > 0 ? z / i.repetitionPenalty : z * i.repetitionPenalty) : z,
  );
  const before = softmax(i.logits);
  if (i.temperature <= 0) {
    const best = penalised.indexOf(Math.max(...penalised));
    return { before, after: penalised.map((_, k) => (k === best ? 1 : 0)), kept: [best] };
  }
  const p = softmax(penalised.map((z) => z / i.temperature));
  const order = p.map((_, k) => k).sort((a, b) => p[b]! - p[a]! || a - b);
  const keep = new Set<number>();
  let mass = 0;
  const pmax = p[order[0]!]!;
  for (const [rank, k] of order.entries()) {
    if (i.topK > 0 && rank >= i.topK) break;
    if (i.minP > 0 && p[k]! < i.minP * pmax) break;
    keep.add(k);
    mass += p[k]!;
    if (i.topP < 1 && mass >= i.topP) break;
  }
  const total = [...keep].reduce((s, k) => s + p[k]!, 0);
  return {
    before,
    after: p.map((x, k) => (keep.has(k) ? x / total : 0)),
    kept: [...keep].sort((a, b) => a - b),
  };
}

/**
 * Greedy vs beam search on a toy two-step model where the greedy first choice leads to a worse
 * sequence: step 1 P(A)=0.5, P(B)=0.4, P(C)=0.1; after A the next token is spread out (max 0.4),
 * after B it is peaked (0.9). Greedy takes A then its best (0.5 × 0.4 = 0.20); a beam of 2 also keeps
 * B and finds B→x (0.4 × 0.9 = 0.36).
 */
export const TOY_MODEL = {
  first: { A: 0.5, B: 0.4, C: 0.1 } as Record<string, number>,
  second: {
    A: { a: 0.4, b: 0.3, c: 0.3 },
    B: { a: 0.9, b: 0.05, c: 0.05 },
    C: { a: 0.5, b: 0.3, c: 0.2 },
  } as Record<string, Record<string, number>>,
};

export function beamSearch(width: number): { sequence: string; probability: number }[] {
  const firstSorted = Object.entries(TOY_MODEL.first).sort((a, b) => b[1] - a[1]);
  const beams = firstSorted.slice(0, width);
  const expanded = beams.flatMap(([t1, p1]) =>
    Object.entries(TOY_MODEL.second[t1]!).map(([t2, p2]) => ({
      sequence: `${t1}${t2}`,
      probability: p1 * p2,
    })),
  );
  return expanded
    .sort((a, b) => b.probability - a.probability || (a.sequence < b.sequence ? -1 : 1))
    .slice(0, width);
}
