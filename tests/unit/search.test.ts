// Search: Chinese, English, mixed queries, bilingual synonyms, prefix completion, and one ranking
// for the server and the browser (the same serialized index).
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../src/core/schema/glossary.ts';
import { glossaryConcepts, questionDocument } from '../../src/core/search/documents.ts';
import { buildIndex, SearchIndex } from '../../src/core/search/index.ts';
import { Segmenter } from '../../src/core/search/segment.ts';
import { DOMAIN_WORDS } from '../../src/core/search/words.ts';

const glossary: GlossaryTerm[] = [
  {
    id: 'kv-cache',
    zh: '键值缓存',
    en: 'KV Cache',
    aliases: ['KV 缓存'],
    definition: '…',
    category: 'inference',
  },
  {
    id: 'gpu-memory',
    zh: '显存',
    en: 'GPU memory',
    aliases: ['VRAM'],
    definition: '…',
    category: 'hardware',
  },
  {
    id: 'paged-attention',
    zh: '分页注意力',
    en: 'PagedAttention',
    aliases: ['Paged Attention'],
    definition: '…',
    category: 'inference',
  },
  {
    id: 'flash-attention',
    zh: '闪电注意力',
    en: 'FlashAttention',
    aliases: ['Flash Attention'],
    definition: '…',
    category: 'inference',
  },
  {
    id: 'attention-scaling',
    zh: '注意力缩放',
    en: 'attention scaling',
    aliases: ['根号 d_k', 'sqrt(d_k)'],
    definition: '…',
    category: 'fundamentals',
  },
];

const docs = [
  {
    id: 'kv-size',
    title: '如何估算 LLaMA-2-7B 推理时 KV Cache 的显存占用？',
    tags: ['KV Cache', '显存'],
    body: '每 token 512 KiB。',
  },
  {
    id: 'paged',
    title: 'PagedAttention 的原理是什么？为什么能减少显存浪费？',
    tags: ['vLLM'],
    body: '按块分配 KV 缓存，copy-on-write。',
  },
  {
    id: 'flash',
    title: 'Flash-Attention 如何减少 HBM 访问？',
    tags: ['FlashAttention', 'IO-aware'],
    body: 'tiling 与 online softmax。',
  },
  {
    id: 'scale',
    title: '注意力为什么要除以根号 d_k？',
    tags: ['Attention'],
    body: '点积方差随维度增长，softmax 饱和。',
  },
  {
    id: 'vram-train',
    title: '全参数微调 7B 模型需要多少 VRAM？',
    tags: ['训练显存'],
    body: '混合精度 Adam 每参数 16 字节。',
  },
  {
    id: 'rmsnorm',
    title: 'RMSNorm 与 LayerNorm 有什么区别？',
    tags: ['归一化'],
    body: 'RMSNorm 去掉了均值中心化。',
  },
];

const build = () =>
  buildIndex({
    documents: docs.map((d) =>
      questionDocument({ ...d, quickAnswer: '', rubric: [], followUps: [], outlineTitles: [] }),
    ),
    dictionary: DOMAIN_WORDS,
    concepts: glossaryConcepts(glossary),
  });
const serialized = build();
const index = new SearchIndex(serialized);
const ids = (q: string, n = 3) => index.search(q, n).map((h) => h.id);

describe('segmentation', () => {
  const seg = new Segmenter(['显存', '缓存', '分页', '根号', '分页注意力', '键值缓存']);
  it('keeps domain words whole and indexes Chinese bigrams', () => {
    const s = seg.segment('KV缓存的显存占用');
    expect(s.sequence).toEqual(['kv', '缓存', '的', '显存', '占', '用']);
    expect(s.terms).toEqual(expect.arrayContaining(['kv', '缓存', '显存', '存占', '占用']));
  });
  it('keeps longer dictionary words as terms too', () => {
    expect(seg.segment('分页注意力').terms).toContain('分页注意力');
    expect(seg.segment('分页注意力').sequence).toEqual(['分页注意力']);
  });
  it('splits English compounds and keeps the joined form', () => {
    const s = seg.segment('Flash-Attention and H.264, LLaMA-2-7B');
    expect(s.sequence).toEqual(['flash', 'attention', 'and', 'h', '264', 'llama', '2', '7b']);
    expect(s.terms).toEqual(expect.arrayContaining(['flashattention', 'h264', 'llama27b']));
  });
  it('normalizes full-width characters and case', () => {
    expect(seg.segment('ＫＶ Ｃａｃｈｅ').sequence).toEqual(['kv', 'cache']);
  });
});

describe('ranking', () => {
  it('finds Chinese queries', () => {
    expect(ids('显存占用')[0]).toBe('kv-size');
    expect(ids('根号')[0]).toBe('scale');
  });
  it('finds English queries', () => {
    expect(ids('PagedAttention')[0]).toBe('paged');
    expect(ids('rmsnorm layernorm')[0]).toBe('rmsnorm');
  });
  it('finds mixed queries', () => {
    expect(ids('KV cache 显存')[0]).toBe('kv-size');
    expect(ids('PagedAttention 原理')[0]).toBe('paged');
  });
  it('expands bilingual synonyms from the glossary', () => {
    // 分页注意力 appears in no document: it reaches "paged" through the glossary.
    expect(ids('分页注意力')[0]).toBe('paged');
    // GPU memory ⇄ 显存 ⇄ VRAM
    expect(ids('GPU memory', 3)).toEqual(expect.arrayContaining(['kv-size', 'vram-train']));
    // Flash Attention (two words) meets Flash-Attention and FlashAttention.
    expect(ids('flash attention')[0]).toBe('flash');
    expect(ids('键值缓存')[0]).toBe('kv-size');
  });
  it('completes the last word as it is typed', () => {
    expect(ids('paged')[0]).toBe('paged');
    expect(ids('rmsn')[0]).toBe('rmsnorm');
  });
  it('returns nothing for empty or unknown queries', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzqqxx')).toEqual([]);
  });
  it('respects the limit and orders by score', () => {
    const hits = index.search('显存', 2);
    expect(hits).toHaveLength(2);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
  });
  it('ranks the same after a JSON round trip (the browser gets the index as JSON)', () => {
    const browser = new SearchIndex(JSON.parse(JSON.stringify(serialized)));
    for (const q of ['KV cache 显存', '分页注意力', 'rmsn', '根号 d_k']) {
      expect(browser.search(q, 5)).toEqual(index.search(q, 5));
    }
  });
  it('builds deterministically', () => {
    const again = build();
    expect(JSON.stringify(again)).toBe(JSON.stringify(serialized));
  });
});
