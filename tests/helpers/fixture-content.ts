/** A tiny content tree written to a temporary folder, for compiler and check tests. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

export const FIXTURE_OUTLINE = {
  version: 1,
  source: 'test',
  tracks: [
    {
      id: 'algorithm',
      title: '算法',
      title_en: 'Algorithm',
      sections: [
        {
          id: 'algorithm.fundamentals',
          num: 1,
          title: '基础',
          title_en: 'Fundamentals',
          topics: [
            {
              id: 'algorithm.fundamentals.basics',
              title: '基本结构',
              title_en: 'Basics',
              points: [
                {
                  id: 'algorithm.fundamentals.attention',
                  title: '注意力机制',
                  title_en: 'Attention',
                },
                { id: 'algorithm.fundamentals.kv-cache', title: 'KV Cache', title_en: 'KV cache' },
              ],
            },
          ],
        },
      ],
    },
  ],
  roles: [
    {
      id: 'algorithm',
      title: '算法岗',
      title_en: 'Algorithm',
      advice: '重点掌握原理。',
      weights: { 'algorithm.fundamentals': 3 },
    },
  ],
};

export const FIXTURE_GLOSSARY = [
  {
    id: 'kv-cache',
    zh: '键值缓存',
    en: 'KV Cache',
    aliases: ['KV 缓存'],
    definition: '缓存已生成 token 的 Key 与 Value。',
    category: 'inference',
  },
  {
    id: 'gpu-memory',
    zh: '显存',
    en: 'GPU memory',
    aliases: ['VRAM'],
    definition: 'GPU 的片外存储。',
    category: 'hardware',
  },
  {
    id: 'paged-attention',
    zh: '分页注意力',
    en: 'PagedAttention',
    aliases: ['Paged Attention'],
    definition: '按块管理 KV Cache。',
    category: 'inference',
  },
];

const QUICK =
  '注意力用查询与键的点积衡量相关性，除以根号 d_k 防止 softmax 饱和，再对值加权求和；多头让模型在不同子空间关注不同关系，复杂度随序列长度平方增长，是 Transformer 的核心算子。';

export function questionFrontMatter(
  id: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    title: `测试题目 ${id} 的注意力机制是如何工作的？`,
    points: ['algorithm.fundamentals.attention'],
    type: 'principle',
    difficulty: 3,
    frequency: 4,
    tags: ['Attention'],
    quick_answer: QUICK,
    rubric: [
      { point: '说出点积与缩放', weight: 60, keywords: ['点积|dot product', '根号|sqrt'] },
      { point: '说出多头', weight: 40, keywords: ['多头|multi-head'] },
    ],
    follow_ups: [
      { q: '为什么除以根号 d_k？', a: '点积方差随 $d_k$ 增大。' },
      { q: '复杂度是多少？', a: '$O(n^2 d)$。' },
    ],
    as_of: '2026-11',
    ...overrides,
  };
}

export const BODY = `### 机制

注意力（Attention）计算 $\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})V$。这段文字足够长，用来满足详解的最短长度要求。我们继续写一些内容，说明查询、键与值的作用，以及缩放因子的来历：当各分量独立、均值为零、方差为一时，点积的方差等于维度。

$$
\\mathrm{Attention}(Q,K,V)=\\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V
$$

\`\`\`python
import torch
def attention(q, k, v):
    return torch.softmax(q @ k.transpose(-1, -2) / q.shape[-1] ** 0.5, dim=-1) @ v
\`\`\`

多头注意力把模型维度拆成多个头，各自计算后拼接，再做一次线性变换。这样模型可以在不同子空间里关注不同的关系。
`;

export function questionFile(frontMatter: Record<string, unknown>, body = BODY): string {
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body}`;
}

/** Write a content tree; `files` maps paths under content/ to their text. */
export function writeContent(
  dir: string,
  files: Record<string, string>,
  options: { outline?: unknown; glossary?: unknown } = {},
): void {
  const all: Record<string, string> = {
    'outline.yaml': stringify(options.outline ?? FIXTURE_OUTLINE),
    'glossary.yaml': stringify(options.glossary ?? FIXTURE_GLOSSARY),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    const full = join(dir, 'content', path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}
