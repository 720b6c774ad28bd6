/** Near-duplicate detection of question titles by character-bigram Jaccard similarity. */

/** Titles at least this alike are reported. */
export const NEAR_DUPLICATE_THRESHOLD = 0.75;

function bigrams(title: string): Set<string> {
  const s = [
    ...title
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]+/gu, ''),
  ];
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s[i]! + s[i + 1]!);
  return out;
}

/** Pairs [earlier index, later index, similarity] whose titles are near-duplicates. */
export function nearDuplicates(
  titles: string[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): [number, number, number][] {
  const sets = titles.map(bigrams);
  // Inverted index so that only titles sharing a bigram are compared.
  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const g of set) {
      const list = postings.get(g) ?? [];
      list.push(i);
      postings.set(g, list);
    }
  });
  const out: [number, number, number][] = [];
  sets.forEach((set, i) => {
    const shared = new Map<number, number>();
    for (const g of set)
      for (const j of postings.get(g)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      const sim = n / (set.size + sets[j]!.size - n);
      if (sim >= threshold) out.push([i, j, sim]);
    }
  });
  return out;
}
