/**
 * BM25 ranking over field-weighted term frequencies (title and tags boosted), with bilingual
 * concept expansion and prefix completion of the last word typed. The same code and the same
 * serialized index run on the server and in the browser, so both rank identically.
 *
 * score(q, d) = Σ_t w_q(t) · idf(t) · tf(t,d)·(k1+1) / (tf(t,d) + k1·(1 − b + b·|d|/avg|d|)),
 * idf(t) = ln(1 + (N − n_t + 0.5)/(n_t + 0.5))  (Robertson & Zaragoza, 2009, "The Probabilistic
 * Relevance Framework: BM25 and Beyond").
 */
import { type ConceptForms, ConceptMatcher } from './concepts.ts';
import { Segmenter } from './segment.ts';
import type { SearchDocument, SearchHit, SerializedIndex } from './types.ts';

const K1 = 1.2;
const B = 0.75;
/** Weight of a concept (synonym) token relative to a plain term, in documents. */
const CONCEPT_WEIGHT = 1.5;
/**
 * In queries a named concept is the strongest signal of intent; the Chinese bigrams of the same
 * words then count less, so 分页注意力 ranks PagedAttention above any text containing 注意力.
 */
const QUERY_CONCEPT_WEIGHT = 2.5;
const BIGRAM_WEIGHT_WITH_CONCEPT = 0.6;
/**
 * Chinese question words carry no topic: "为什么 decode 是访存瓶颈" should rank by decode and 访存,
 * not by 为什么, which half the bank's titles contain. Ignored in queries only.
 */
const QUERY_STOP = new Set(
  '为什 什么 怎么 如何 怎样 讲讲 说说 谈谈 聊聊 一下 介绍 绍一 下你 你的 你们 我们 是什 么是 有什 么区 区别 哪些 为何 能否 是否 可以 请问 简述 描述 解释 以及 的是 是怎 么做 做的 怎么 么样'.split(
    ' ',
  ),
);
/** Weight of a prefix completion relative to a whole term, and how many completions at most. */
const PREFIX_WEIGHT = 0.6;
const MAX_COMPLETIONS = 24;

export interface IndexInput {
  documents: SearchDocument[];
  /** Words the segmenter keeps whole. */
  dictionary: Iterable<string>;
  /** Surface forms of each glossary concept, as raw strings. */
  concepts: { id: string; forms: string[] }[];
}

/**
 * A memo that survives between builds (the content compiler's cache in watch mode): the segmenter
 * and each document's terms are recomputed only when their inputs change.
 */
export interface IndexMemo {
  memo<T>(kind: string, key: string, compute: () => T): T;
}

let segmenterGeneration = 0;

/** Build the serialized index. Deterministic: the same input gives the same output. */
export function buildIndex(input: IndexInput, memo?: IndexMemo): SerializedIndex {
  const dictionary = [...input.dictionary];
  const makeTools = () => {
    const dictWords = new Set<string>(dictionary);
    for (const c of input.concepts) for (const f of c.forms) dictWords.add(f);
    for (const w of [...dictWords])
      for (const part of w.split(/[^\p{Script=Han}]+/u)) dictWords.add(part);
    const segmenter = new Segmenter(dictWords);
    const concepts = conceptForms(segmenter, input.concepts);
    return {
      segmenter,
      concepts,
      matcher: new ConceptMatcher(concepts),
      generation: ++segmenterGeneration,
    };
  };
  const tools = memo
    ? memo.memo('index-tools', JSON.stringify([dictionary, input.concepts]), makeTools)
    : makeTools();
  const { segmenter, concepts, matcher } = tools;

  const documentTerms = (doc: SearchDocument) => {
    const tf = new Map<string, number>();
    let length = 0;
    for (const field of doc.fields) {
      const seg = segmenter.segment(field.text, !field.phrasesOnly);
      const terms = field.phrasesOnly ? seg.terms.filter((t) => /^[a-z0-9]/.test(t)) : seg.terms;
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + field.weight);
      for (const c of matcher.match(seg.sequence)) {
        tf.set(c, (tf.get(c) ?? 0) + field.weight * CONCEPT_WEIGHT);
      }
      length += terms.length * field.weight;
    }
    return { tf, length: Math.round(length) };
  };
  const tfs: Map<string, number>[] = [];
  const lengths: number[] = [];
  for (const doc of input.documents) {
    const { tf, length } = memo
      ? memo.memo(
          'index-doc',
          `${tools.generation}\u0000${doc.key ?? JSON.stringify(doc.fields)}`,
          () => documentTerms(doc),
        )
      : documentTerms(doc);
    tfs.push(tf);
    lengths.push(length);
  }

  const vocabulary = new Set<string>();
  for (const tf of tfs) for (const t of tf.keys()) vocabulary.add(t);
  const terms = [...vocabulary].sort();
  const termNo = new Map(terms.map((t, i) => [t, i]));
  const postings: number[][] = terms.map(() => []);
  const last: number[] = terms.map(() => 0);
  tfs.forEach((tf, d) => {
    for (const [t, f] of [...tf].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const n = termNo.get(t)!;
      postings[n]!.push(d - last[n]!, Math.max(1, Math.round(f * 10)));
      last[n] = d;
    }
  });
  return {
    version: 1,
    dict: segmenter.words,
    concepts,
    ids: input.documents.map((d) => d.id),
    titles: input.documents.map((d) => d.title),
    lengths,
    terms,
    postings,
  };
}

function conceptForms(
  segmenter: Segmenter,
  concepts: { id: string; forms: string[] }[],
): ConceptForms[] {
  return concepts.map(({ id, forms }) => {
    const seen = new Set<string>();
    const out: string[][] = [];
    const add = (form: string[]) => {
      const key = form.join('\u0000');
      if (form.length > 0 && !seen.has(key)) {
        seen.add(key);
        out.push(form);
      }
    };
    for (const f of forms) {
      const seq = segmenter.segment(f, false).sequence;
      add(seq);
      // "Flash Attention" also matches "FlashAttention": register the joined ASCII form.
      if (seq.length > 1 && seq.every((t) => /^[a-z0-9]+$/.test(t))) add([seq.join('')]);
    }
    return { id, forms: out };
  });
}

/** A loaded index answering queries. */
export class SearchIndex {
  private readonly segmenter: Segmenter;
  private readonly matcher: ConceptMatcher;
  private readonly termNo: Map<string, number>;
  private readonly decoded: (Int32Array | undefined)[];
  private readonly avgLength: number;

  constructor(private readonly data: SerializedIndex) {
    this.segmenter = new Segmenter(data.dict);
    this.matcher = new ConceptMatcher(data.concepts);
    this.termNo = new Map(data.terms.map((t, i) => [t, i]));
    this.decoded = new Array(data.terms.length);
    const total = data.lengths.reduce((a, b) => a + b, 0);
    this.avgLength = data.lengths.length ? total / data.lengths.length : 1;
  }

  get size(): number {
    return this.data.ids.length;
  }

  /** Query terms with their weights: words, bigrams, concepts, and completions of the last word. */
  queryTerms(query: string): Map<string, number> {
    const weights = new Map<string, number>();
    const seg = this.segmenter.segment(query);
    const concepts = this.matcher.match(seg.sequence);
    const hanWeight = concepts.length ? BIGRAM_WEIGHT_WITH_CONCEPT : 1;
    for (const t of seg.terms) {
      if (this.termNo.has(t) && !QUERY_STOP.has(t))
        weights.set(t, /^[a-z0-9]/.test(t) ? 1 : hanWeight);
    }
    for (const c of concepts) weights.set(c, QUERY_CONCEPT_WEIGHT);
    const lastWord = /([a-z0-9]{2,})$/.exec(query.normalize('NFKC').toLowerCase())?.[1];
    if (lastWord) {
      for (const t of this.completions(lastWord)) {
        if (!weights.has(t)) weights.set(t, PREFIX_WEIGHT);
      }
    }
    return weights;
  }

  search(query: string, limit = 10): SearchHit[] {
    const weights = this.queryTerms(query);
    if (weights.size === 0) return [];
    const n = this.data.ids.length;
    const scores = new Float64Array(n);
    for (const [term, qw] of weights) {
      const no = this.termNo.get(term);
      if (no === undefined) continue;
      const list = this.postingsOf(no);
      const df = list.length / 2;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (let k = 0; k < list.length; k += 2) {
        const d = list[k]!;
        const tf = list[k + 1]! / 10;
        const norm = K1 * (1 - B + (B * this.data.lengths[d]!) / this.avgLength);
        scores[d] = scores[d]! + (qw * idf * (tf * (K1 + 1))) / (tf + norm);
      }
    }
    return topK(scores, limit).map((d) => ({
      id: this.data.ids[d]!,
      title: this.data.titles[d]!,
      score: Math.round(scores[d]! * 1000) / 1000,
    }));
  }

  /** Vocabulary terms starting with a typed prefix (binary search over the sorted terms). */
  private completions(prefix: string): string[] {
    const terms = this.data.terms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < terms.length && out.length < MAX_COMPLETIONS; i++) {
      if (!terms[i]!.startsWith(prefix)) break;
      out.push(terms[i]!);
    }
    return out;
  }

  /** Absolute document numbers and frequencies, decoded on first use. */
  private postingsOf(no: number): Int32Array {
    let list = this.decoded[no];
    if (!list) {
      const raw = this.data.postings[no]!;
      list = new Int32Array(raw.length);
      let doc = 0;
      for (let k = 0; k < raw.length; k += 2) {
        doc += raw[k]!;
        list[k] = doc;
        list[k + 1] = raw[k + 1]!;
      }
      this.decoded[no] = list;
    }
    return list;
  }
}

/** Indices of the `k` highest positive scores, best first; ties broken by document order. */
function topK(scores: Float64Array, k: number): number[] {
  const hits: number[] = [];
  for (let d = 0; d < scores.length; d++) if (scores[d]! > 0) hits.push(d);
  hits.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return hits.slice(0, k);
}
