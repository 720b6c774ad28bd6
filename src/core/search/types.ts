/** The search index as stored in the bundle and sent to the browser. */
export interface SerializedIndex {
  version: 1;
  /** Chinese dictionary words kept whole by the segmenter (glossary terms and their parts). */
  dict: string[];
  /** Synonym groups: each group is the token sequences of one glossary concept's surface forms. */
  concepts: { id: string; forms: string[][] }[];
  /** Document ids and titles, in document order. */
  ids: string[];
  titles: string[];
  /** Field-weighted length of each document. */
  lengths: number[];
  /** Sorted vocabulary. */
  terms: string[];
  /**
   * Postings per term, aligned with `terms`: pairs of (document gap, weighted term frequency × 10),
   * the gap being the difference from the previous document number in the list.
   */
  postings: number[][];
}

/** One searchable document before indexing. */
export interface SearchDocument {
  id: string;
  title: string;
  /** Text fields with their weights; `phrasesOnly` fields add only words and concepts, no bigrams. */
  fields: { text: string; weight: number; phrasesOnly?: boolean }[];
  /**
   * Identity of exactly these fields, for memoising their terms across builds (watch mode); the
   * caller guarantees a new key whenever the fields change. Without it the fields are the key.
   */
  key?: string;
}

export interface SearchHit {
  id: string;
  title: string;
  score: number;
}
