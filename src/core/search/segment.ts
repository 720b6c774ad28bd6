/**
 * Mixed Chinese/English segmentation for search.
 *
 * Intl.Segmenter splits domain words such as 显存 or 分页 into single characters, so Chinese runs
 * are cut by forward maximum matching against a dictionary (glossary terms and their parts) and
 * indexed as character bigrams plus the dictionary words longer than two characters. English and
 * digits are words; compounds such as `flash-attention` or `H.264` also yield their joined form.
 */

const HAN = /\p{Script=Han}/u;
const WORD = /[a-z0-9]/;
const JOINER = /[-_.+/]/;
/** Longest dictionary word the matcher tries. */
const MAX_WORD = 8;

export interface Segmented {
  /** Positioned tokens, used for phrase (synonym) matching. */
  sequence: string[];
  /** Tokens to index or query: bigrams, long dictionary words, words and joined compounds. */
  terms: string[];
}

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export class Segmenter {
  private readonly dict: Set<string>;

  constructor(words: Iterable<string>) {
    this.dict = new Set();
    for (const w of words) {
      const n = normalize(w);
      if ([...n].length >= 2 && [...n].every((c) => HAN.test(c))) this.dict.add(n);
    }
  }

  get words(): string[] {
    return [...this.dict].sort();
  }

  /** Segment text into the positioned sequence and the index terms. */
  segment(text: string, withBigrams = true): Segmented {
    const chars = [...normalize(text)];
    const sequence: string[] = [];
    const terms: string[] = [];
    let i = 0;
    while (i < chars.length) {
      const c = chars[i]!;
      if (WORD.test(c)) {
        i = this.readWord(chars, i, sequence, terms);
      } else if (HAN.test(c)) {
        let j = i;
        while (j < chars.length && HAN.test(chars[j]!)) j++;
        this.readHan(chars.slice(i, j), sequence, terms, withBigrams);
        i = j;
      } else {
        i++;
      }
    }
    return { sequence, terms };
  }

  private readWord(chars: string[], start: number, sequence: string[], terms: string[]): number {
    const parts: string[] = [];
    let current = '';
    let i = start;
    while (i < chars.length) {
      const c = chars[i]!;
      if (WORD.test(c)) {
        current += c;
        i++;
      } else if (JOINER.test(c) && current && i + 1 < chars.length && WORD.test(chars[i + 1]!)) {
        parts.push(current);
        current = '';
        i++;
      } else {
        break;
      }
    }
    if (current) parts.push(current);
    for (const p of parts) {
      sequence.push(p);
      terms.push(p);
    }
    if (parts.length > 1) terms.push(parts.join(''));
    return i;
  }

  private readHan(run: string[], sequence: string[], terms: string[], withBigrams: boolean): void {
    if (withBigrams) {
      if (run.length === 1) terms.push(run[0]!);
      for (let k = 0; k + 1 < run.length; k++) terms.push(run[k]! + run[k + 1]!);
    }
    let k = 0;
    while (k < run.length) {
      let len = Math.min(MAX_WORD, run.length - k);
      for (; len >= 2; len--) {
        if (this.dict.has(run.slice(k, k + len).join(''))) break;
      }
      if (len < 2) len = 1;
      const word = run.slice(k, k + len).join('');
      sequence.push(word);
      if (len >= 3 || (len === 2 && !withBigrams)) terms.push(word);
      k += len;
    }
  }
}
