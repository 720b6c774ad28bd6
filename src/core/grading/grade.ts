/**
 * The offline grader: scores a written answer against a question's rubric.
 *
 * Each rubric point earns weight × credit, where credit is the share of its keyword entries found,
 * full credit at three quarters of them (a good answer need not say every synonym-group).
 * A relevance factor then discounts answers whose own words do not come from the question's
 * reference text: an off-topic answer stuffed with keywords keeps its keywords but loses its score.
 */
import { normalize, Segmenter } from '../search/segment.ts';
import { compileKeyword, findAll, type Span } from './keywords.ts';

export interface GradableQuestion {
  rubric: { point: string; weight: number; keywords: string[] }[];
  /** Reference text: the quick answer, the deep answer, follow-up answers. */
  reference: string;
}

export interface GradedPoint {
  point: string;
  weight: number;
  hit: boolean;
  /** 0..1 share of the point's weight earned. */
  credit: number;
  /** Keyword entries found, as written in the rubric. */
  matched: string[];
  /** Keyword entries not found. */
  missing: string[];
}

export interface Grade {
  /** 0..100. */
  score: number;
  points: GradedPoint[];
  /** Spans of the answer (indices into the answer as given) that matched a keyword. */
  highlights: { start: number; end: number }[];
  /** 0..1: how much of the answer's own wording comes from the topic's reference text. */
  relevance: number;
  /** The rating the grade suggests: 1 Again, 2 Hard, 3 Good, 4 Easy. */
  suggestedRating: 1 | 2 | 3 | 4;
}

/** Share of entries that earns full credit for a rubric point. */
const FULL_CREDIT_SHARE = 0.75;
/** A point counts as hit at half its credit. */
const HIT_CREDIT = 0.5;
/**
 * Relevance at or above RELEVANCE_FULL keeps the whole score; at or below RELEVANCE_NONE only the
 * FLOOR share is kept; in between the share grows linearly. Calibrated on the labelled answers in
 * tests/fixtures/grading/answers.yaml (good answers: 0.49-0.82; keyword-stuffed ones: 0-0.25).
 */
const RELEVANCE_FULL = 0.45;
const RELEVANCE_NONE = 0.25;
const RELEVANCE_FLOOR = 0.2;
/** Fewer own words than this (outside keywords) means the answer is a bare keyword list. */
const MIN_CONTEXT_TERMS = 6;

const plain = new Segmenter([]);
/** Generic two-character words that say nothing about the topic. */
const GENERIC = new Set(
  '的是 是一 一个 这个 那个 我们 你们 他们 可以 因为 所以 如果 就是 但是 而且 或者 以及 然后 需要 进行 通过 使用 什么 为什么 怎么 这样 那么 其中 一种 这种 没有 不是 还是 主要 比较 非常 已经 应该 可能 之间 时候 问题 方法 方式 情况 来说 对于 关于 一般 这里 很多 不同 相同 一些 ，我 我觉 觉得 我认 认为'.split(
    ' ',
  ),
);

function contentTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of plain.segment(text).terms) {
    if (t.length < 2 || GENERIC.has(t)) continue;
    out.add(t);
  }
  return out;
}

/** Grade an answer. Pure and deterministic. */
export function gradeAnswer(question: GradableQuestion, answer: string): Grade {
  // NFKC and lower-casing keep string length for the characters answers use (CJK, ASCII,
  // full-width forms fold one-to-one), so spans index the original answer.
  const text = normalize(answer);
  const aligned = text.length === answer.length;
  const spans: Span[] = [];
  const points = question.rubric.map((r) => {
    const matched: string[] = [];
    const missing: string[] = [];
    for (const entry of r.keywords) {
      const found = findAll(compileKeyword(entry), text);
      if (found.length) {
        matched.push(entry);
        spans.push(...found);
      } else {
        missing.push(entry);
      }
    }
    const needed = Math.max(1, Math.ceil(r.keywords.length * FULL_CREDIT_SHARE));
    const credit = Math.min(1, matched.length / needed);
    return {
      point: r.point,
      weight: r.weight,
      hit: credit >= HIT_CREDIT,
      credit,
      matched,
      missing,
    };
  });
  const raw = points.reduce((s, p) => s + p.weight * p.credit, 0);

  // Relevance: the answer's words outside keyword matches, against the reference text.
  let outside = text;
  for (const s of spans)
    outside = `${outside.slice(0, s.start)}${' '.repeat(s.end - s.start)}${outside.slice(s.end)}`;
  const own = contentTerms(outside);
  const reference = contentTerms(
    `${question.reference}\n${question.rubric.map((r) => r.point).join('\n')}`,
  );
  let shared = 0;
  for (const t of own) if (reference.has(t)) shared++;
  const relevance = own.size < MIN_CONTEXT_TERMS ? 0 : shared / own.size;
  const share = Math.min(
    1,
    Math.max(0, (relevance - RELEVANCE_NONE) / (RELEVANCE_FULL - RELEVANCE_NONE)),
  );
  const factor = RELEVANCE_FLOOR + (1 - RELEVANCE_FLOOR) * share;
  const score = Math.round(raw * factor);

  return {
    score,
    points,
    highlights: aligned ? mergeSpans(spans) : [],
    relevance: Math.round(relevance * 1000) / 1000,
    suggestedRating: score >= 85 ? 4 : score >= 60 ? 3 : score >= 35 ? 2 : 1,
  };
}

function mergeSpans(spans: Span[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The rubric and reference text of a compiled question. */
export function gradableOf(q: {
  rubric: { point: string; weight: number; keywords: string[] }[];
  quickAnswer: string;
  body: string;
  followUps: { a: string }[];
}): GradableQuestion {
  return {
    rubric: q.rubric,
    reference: [q.quickAnswer, q.body, ...q.followUps.map((f) => f.a)].join('\n'),
  };
}
