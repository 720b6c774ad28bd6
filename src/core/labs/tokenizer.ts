/**
 * Byte-level BPE (Sennrich et al. 2016; byte-level as in GPT-2): start from the UTF-8 bytes, then
 * repeatedly merge the most frequent adjacent pair into a new token. Encoding applies the merges in
 * the order they were learned. Chinese characters are 3 bytes in UTF-8, so without merges one
 * character costs three tokens.
 */
export interface Merge {
  rank: number;
  pair: [number, number];
  token: number;
  count: number;
}

export interface BpeModel {
  merges: Merge[];
  /** Token id → bytes. */
  vocab: Map<number, number[]>;
}

const bytesOf = (text: string) => [...new TextEncoder().encode(text)];

/** Pre-split on whitespace so that merges do not cross words (spaces stay attached to the next word). */
function chunks(text: string): number[][] {
  return (text.match(/\s*\S+|\s+/gu) ?? []).map(bytesOf);
}

export function trainBpe(text: string, numMerges: number): BpeModel {
  const words = chunks(text);
  const vocab = new Map<number, number[]>(Array.from({ length: 256 }, (_, b) => [b, [b]]));
  const merges: Merge[] = [];
  let next = 256;
  for (let m = 0; m < numMerges; m++) {
    const counts = new Map<string, number>();
    for (const w of words)
      for (let k = 0; k + 1 < w.length; k++) {
        const key = `${w[k]},${w[k + 1]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    let best: string | undefined;
    let bestCount = 1;
    for (const [key, c] of counts)
      if (c > bestCount || (c === bestCount && best !== undefined && key < best))
        [best, bestCount] = [key, c];
    if (!best || bestCount < 2) break;
    const [a, b] = best.split(',').map(Number) as [number, number];
    const token = next++;
    vocab.set(token, [...vocab.get(a)!, ...vocab.get(b)!]);
    merges.push({ rank: m, pair: [a, b], token, count: bestCount });
    for (const w of words) {
      for (let k = 0; k + 1 < w.length; k++)
        if (w[k] === a && w[k + 1] === b) w.splice(k, 2, token);
    }
  }
  return { merges, vocab };
}

export function encode(model: BpeModel, text: string): number[] {
  const out: number[] = [];
  for (const w of chunks(text)) {
    for (const m of model.merges) {
      for (let k = 0; k + 1 < w.length; k++)
        if (w[k] === m.pair[0] && w[k + 1] === m.pair[1]) w.splice(k, 2, m.token);
    }
    out.push(...w);
  }
  return out;
}

export function decodeToken(model: BpeModel, token: number): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(
    new Uint8Array(model.vocab.get(token) ?? []),
  );
}

/** Sequence length of the text after each number of merges (vocabulary size = 256 + merges). */
export function lengthCurve(text: string, maxMerges: number): { vocab: number; tokens: number }[] {
  const model = trainBpe(text, maxMerges);
  const points = [0, ...model.merges.map((m) => m.rank + 1)];
  const step = Math.max(1, Math.floor(points.length / 20));
  return points
    .filter((_, k) => k % step === 0 || k === points.length - 1)
    .map((n) => ({
      vocab: 256 + n,
      tokens: encode({ merges: model.merges.slice(0, n), vocab: model.vocab }, text).length,
    }));
}
