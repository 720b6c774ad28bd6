// The offline grader: keyword matching, and its measured ordering on a labelled answer set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gradableOf, gradeAnswer } from '../../src/core/grading/grade.ts';
import { compileKeyword, findAll } from '../../src/core/grading/keywords.ts';
import { realCatalog } from '../helpers/bundle.ts';
import { ROOT } from '../helpers/paths.ts';

describe('keyword matching', () => {
  const hits = (entry: string, text: string) =>
    findAll(compileKeyword(entry), text.toLowerCase()).map((s) => s.text);
  it('is tolerant of case, spacing and hyphens', () => {
    expect(hits('KV cache', '用 kv-cache 和 KVCache 还有 KV  Cache')).toEqual([
      'kv-cache',
      'kvcache',
      'kv  cache',
    ]);
    expect(hits('multi-head', 'multi head 与 multihead')).toEqual(['multi head', 'multihead']);
  });
  it('takes synonyms and regex fragments', () => {
    expect(hits('512 ?KB|0.5 ?MB', '约 512KB，也就是 0.5 mb')).toEqual(['512kb', '0.5 mb']);
    expect(hits('根号|sqrt', '除以 √d 或 sqrt(d)')).toEqual(['sqrt']);
    expect(hits('2 ?[×x] ?2', '2×2 合并')).toEqual(['2×2']);
  });
  it('survives an invalid pattern by matching it literally', () => {
    expect(hits('(unclosed', 'a (unclosed b')).toEqual(['(unclosed']);
  });
});

describe('grading a written answer', () => {
  const q = {
    rubric: [
      { point: '点积与缩放', weight: 60, keywords: ['点积|dot product', '根号|sqrt', 'softmax'] },
      { point: '多头', weight: 40, keywords: ['多头|multi-head'] },
    ],
    reference:
      '注意力先计算查询与键的点积，除以根号 d_k 缩放，经过 softmax 得到权重，对值加权求和。多头注意力把维度拆分到多个头并行计算，再拼接输出。',
  };
  it('scores points hit, lists what is missing and highlights the matches', () => {
    const answer = '先算 Q 和 K 的点积，除以根号 d_k 再做 softmax 得到权重，对值加权求和。';
    const g = gradeAnswer(q, answer);
    expect(g.points.map((p) => [p.hit, p.missing])).toEqual([
      [true, []],
      [false, ['多头|multi-head']],
    ]);
    expect(g.score).toBe(60);
    expect(g.suggestedRating).toBe(3);
    expect(g.highlights.map((h) => answer.slice(h.start, h.end))).toEqual([
      '点积',
      '根号',
      'softmax',
    ]);
  });
  it('gives partial credit, and three quarters of a point’s keywords earn it all', () => {
    const g = gradeAnswer(q, '点积然后除以根号 d_k，对值加权求和，这是注意力的计算。');
    expect(g.points[0]!.credit).toBeCloseTo(2 / 3);
    expect(g.points[0]!.hit).toBe(true);
    const four = {
      ...q,
      rubric: [{ point: '四个词', weight: 100, keywords: ['点积', '根号', 'softmax', '加权'] }],
    };
    expect(
      gradeAnswer(four, '点积后除以根号 d_k，对值加权求和，这是注意力的计算。').points[0]!.credit,
    ).toBe(1);
  });
  it('discounts an off-topic answer stuffed with keywords', () => {
    const g = gradeAnswer(
      q,
      '今天中午吃了牛肉面，点积 根号 softmax 多头，晚上去踢球，球场很大人很多。',
    );
    expect(g.score).toBeLessThanOrEqual(20);
    expect(g.relevance).toBeLessThan(0.25);
  });
  it('is deterministic', () => {
    expect(gradeAnswer(q, '点积 多头')).toEqual(gradeAnswer(q, '点积 多头'));
  });
});

describe('grader on the bank', () => {
  const catalog = realCatalog();

  it('every question’s own quick answer and deep answer score at least 90 on its rubric', () => {
    const low = catalog.questions
      .map((x) => ({
        id: x.id,
        score: gradeAnswer(gradableOf(x), `${x.quickAnswer}\n${x.body}`).score,
      }))
      .filter((x) => x.score < 90);
    expect(low).toEqual([]);
  });

  it('orders the labelled answers good > partial > poor, and stuffed below good', () => {
    type Labelled = {
      question: string;
      label: 'good' | 'partial' | 'poor' | 'stuffed';
      answer: string;
    };
    const set = parse(
      readFileSync(join(ROOT, 'tests/fixtures/grading/answers.yaml'), 'utf8'),
    ) as Labelled[];
    const scores = new Map<string, Record<string, number>>();
    for (const a of set) {
      const q = catalog.byId.get(a.question);
      expect(q, `question ${a.question} of the labelled set`).toBeDefined();
      const row = scores.get(a.question) ?? {};
      row[a.label] = gradeAnswer(gradableOf(q!), a.answer).score;
      scores.set(a.question, row);
    }
    let ordered = 0;
    let pairs = 0;
    let stuffedBelow = 0;
    const lines = [`${'question'.padEnd(46)}good partial poor stuffed`];
    for (const [id, s] of scores) {
      for (const [hi, lo] of [
        ['good', 'partial'],
        ['partial', 'poor'],
        ['good', 'poor'],
      ] as const) {
        pairs++;
        if (s[hi]! > s[lo]!) ordered++;
      }
      if (s.stuffed! < s.good!) stuffedBelow++;
      lines.push(
        `${id.padEnd(46)}${[s.good, s.partial, s.poor, s.stuffed].map((v) => String(v).padStart(5)).join(' ')}`,
      );
    }
    const orderShare = ordered / pairs;
    const stuffedShare = stuffedBelow / scores.size;
    lines.push(
      `grader evaluation: ${set.length} answers to ${scores.size} questions; ordered pairs ${ordered}/${pairs} (${(orderShare * 100).toFixed(1)}%); stuffed below good ${stuffedBelow}/${scores.size} (${(stuffedShare * 100).toFixed(1)}%)`,
    );
    console.log(lines.join('\n'));
    expect(set.length).toBeGreaterThanOrEqual(60);
    expect(scores.size).toBeGreaterThanOrEqual(20);
    expect(orderShare).toBeGreaterThanOrEqual(0.9);
    expect(stuffedShare).toBeGreaterThanOrEqual(0.9);
  });
});
