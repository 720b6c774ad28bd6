/**
 * A step-level simulator of LLM serving under three batching policies, on a seeded Poisson arrival trace.
 *
 * Cost model of one engine step: base + prefill · (prompt tokens processed) + decode · (sequences
 * decoded). Static batching waits for a full batch and runs it to the end (finished sequences keep
 * their padded slots); dynamic batching also starts a batch when the oldest request has waited
 * `window` ms; continuous batching (iteration-level scheduling, Yu et al. 2022, Orca) admits and
 * retires requests at every step, and with chunked prefill spends at most `chunk` prompt tokens per
 * step so that decodes are not stalled by a long prompt.
 * TTFT = first token − arrival; TPOT = (finish − first token) / (output tokens − 1).
 */
import { rng } from './random.ts';

export type Policy = 'static' | 'dynamic' | 'continuous';

export interface BatchingInput {
  /** Requests per second and how many requests. */
  rate: number;
  requests: number;
  promptTokens: number;
  outputTokens: number;
  maxBatch: number;
  /** Dynamic batching: longest wait of the oldest request before a partial batch starts (ms). */
  window: number;
  /** Continuous batching: prompt tokens per step (chunked prefill). */
  chunk: number;
  /** Cost model, milliseconds. */
  baseMs: number;
  prefillMsPerToken: number;
  decodeMsPerSeq: number;
  seed: number;
}

export interface PolicyMetrics {
  policy: Policy;
  /** Output tokens per second over the whole run. */
  throughput: number;
  ttftP50: number;
  ttftP99: number;
  tpotP50: number;
  tpotP99: number;
  makespan: number;
}

interface Req {
  arrival: number;
  prompt: number;
  output: number;
  prefilled: number;
  generated: number;
  first?: number;
  finish?: number;
}

function trace(i: BatchingInput): Req[] {
  const next = rng(i.seed);
  const out: Req[] = [];
  let t = 0;
  for (let k = 0; k < i.requests; k++) {
    t += (-Math.log(Math.max(next(), 1e-12)) / i.rate) * 1000;
    // Lengths vary ±50% around the means.
    const prompt = Math.max(1, Math.round(i.promptTokens * (0.5 + next())));
    const output = Math.max(1, Math.round(i.outputTokens * (0.5 + next())));
    out.push({ arrival: t, prompt, output, prefilled: 0, generated: 0 });
  }
  return out;
}

function runToCompletion(i: BatchingInput, reqs: Req[], dynamic: boolean): number {
  let t = 0;
  let k = 0;
  while (k < reqs.length) {
    const remaining = reqs.length - k;
    const need = Math.min(i.maxBatch, remaining);
    const fullAt = reqs[k + need - 1]!.arrival;
    const start = dynamic
      ? Math.max(t, Math.min(fullAt, reqs[k]!.arrival + i.window))
      : Math.max(t, fullAt);
    let size = 0;
    while (size < need && reqs[k + size]!.arrival <= start) size++;
    const batch = reqs.slice(k, k + size);
    k += size;
    t = start + i.baseMs + i.prefillMsPerToken * batch.reduce((s, r) => s + r.prompt, 0);
    for (const r of batch) {
      r.first = t;
      r.generated = 1;
      if (r.output === 1) r.finish = t;
    }
    const longest = Math.max(...batch.map((r) => r.output));
    for (let step = 1; step < longest; step++) {
      // Padded slots: every sequence of the batch is computed until the longest ends.
      t += i.baseMs + i.decodeMsPerSeq * batch.length;
      for (const r of batch) {
        if (r.generated < r.output) {
          r.generated++;
          if (r.generated === r.output) r.finish = t;
        }
      }
    }
  }
  return t;
}

function continuous(i: BatchingInput, reqs: Req[]): number {
  let t = 0;
  let k = 0;
  const running: Req[] = [];
  while (k < reqs.length || running.length) {
    while (k < reqs.length && reqs[k]!.arrival <= t && running.length < i.maxBatch)
      running.push(reqs[k++]!);
    if (!running.length) {
      t = reqs[k]!.arrival;
      continue;
    }
    let budget = i.chunk;
    let prefillTokens = 0;
    const completing: Req[] = [];
    for (const r of running) {
      if (r.prefilled >= r.prompt || budget <= 0) continue;
      const take = Math.min(budget, r.prompt - r.prefilled);
      r.prefilled += take;
      budget -= take;
      prefillTokens += take;
      if (r.prefilled === r.prompt) completing.push(r);
    }
    const decoding = running.filter((r) => r.first !== undefined);
    t += i.baseMs + i.prefillMsPerToken * prefillTokens + i.decodeMsPerSeq * decoding.length;
    for (const r of decoding) r.generated++;
    for (const r of completing) {
      r.first = t;
      r.generated = 1;
    }
    for (let j = running.length - 1; j >= 0; j--) {
      const r = running[j]!;
      if (r.first !== undefined && r.generated >= r.output) {
        r.finish = t;
        running.splice(j, 1);
      }
    }
  }
  return t;
}

function percentile(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

export function simulate(i: BatchingInput, policy: Policy): PolicyMetrics {
  const reqs = trace(i);
  const end =
    policy === 'continuous' ? continuous(i, reqs) : runToCompletion(i, reqs, policy === 'dynamic');
  const ttft = reqs.map((r) => r.first! - r.arrival);
  const tpot = reqs.filter((r) => r.output > 1).map((r) => (r.finish! - r.first!) / (r.output - 1));
  const tokens = reqs.reduce((s, r) => s + r.output, 0);
  const makespan = end - reqs[0]!.arrival;
  return {
    policy,
    throughput: (tokens / makespan) * 1000,
    ttftP50: percentile(ttft, 50),
    ttftP99: percentile(ttft, 99),
    tpotP50: percentile(tpot, 50),
    tpotP99: percentile(tpot, 99),
    makespan,
  };
}

export function compareBatching(i: BatchingInput): PolicyMetrics[] {
  return (['static', 'dynamic', 'continuous'] as const).map((p) => simulate(i, p));
}
