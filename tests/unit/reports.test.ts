// 面经 import: questions pulled out of free text, and matched to the bank.
import { describe, expect, it } from 'vitest';
import { extractQuestions, matchQuestion } from '../../src/core/practice/reports.ts';
import { realCatalog } from '../helpers/bundle.ts';

describe('extracting questions from an interview report', () => {
  it('handles numbering, bullets, headings and several questions on a line', () => {
    const text = `字节 大模型推理 一面（60min）
自我介绍
1. KV Cache 是怎么省计算的？显存怎么估算？
2、讲讲 PagedAttention
(3) 手撕多头注意力
- vLLM 的调度器怎么做连续批处理
• 为什么 decode 是访存瓶颈
Q6: LoRA 的 A、B 怎么初始化
③ RLHF 和 DPO 的区别
反问
好`;
    expect(extractQuestions(text).map((q) => q.text)).toEqual([
      '字节 大模型推理 一面(60min)',
      'KV Cache 是怎么省计算的?',
      '显存怎么估算?',
      '讲讲 PagedAttention',
      '手撕多头注意力',
      'vLLM 的调度器怎么做连续批处理',
      '为什么 decode 是访存瓶颈',
      'LoRA 的 A、B 怎么初始化',
      'RLHF 和 DPO 的区别',
    ]);
  });

  it('numbers the questions and ignores empty input', () => {
    expect(extractQuestions('')).toEqual([]);
    expect(extractQuestions('a\n\n  \n什么是 BPE 分词？').map((q) => q.position)).toEqual([1]);
  });
});

describe('matching to the bank', () => {
  const catalog = realCatalog();
  it('suggests the bank question a report line asks', () => {
    for (const [text, id] of [
      ['讲讲 PagedAttention 的原理', 'paged-attention-principle'],
      ['LoRA 的 A、B 矩阵怎么初始化？为什么有效', 'lora-principle'],
      ['手撕带因果掩码的多头注意力', 'mha-causal-mask-pytorch'],
    ] as const) {
      const m = matchQuestion(catalog, text);
      expect(m.suggested, text).toBe(id);
      expect(m.candidates.length).toBeGreaterThan(0);
    }
  });
  it('suggests nothing for a question the bank does not cover', () => {
    expect(matchQuestion(catalog, '你周末喜欢做什么运动').suggested).toBeNull();
  });
});
