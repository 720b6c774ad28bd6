/**
 * Interview reports (面经): pull the questions out of pasted free text and match each to the bank.
 * Works offline; an LLM may later replace extraction, not matching.
 */
import type { Catalog } from '../catalog.ts';

/** Numbering and bullets that open a line: "1.", "2、", "(3)", "③", "Q4:", "- ", "• ", "一、". */
const LEADER =
  /^\s*(?:[-*•·▪●◦]+|\(?\d{1,3}[).、．:：]|[(（]\d{1,3}[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}[、.．]|q\d{1,3}[:：.、]?|问题?\d*[:：])\s*/i;
/** Lines that are headings or chatter, not questions. */
const NOISE =
  /^(一面|二面|三面|四面|hr ?面|终面|笔试|面试官|自我介绍|反问|总结|感受|timeline|时间线|岗位|公司|base|offer)[\s:：]*$/i;

export interface ExtractedQuestion {
  /** 1-based position in the report. */
  position: number;
  text: string;
}

/** Split a report into question texts, dropping numbering, headings and very short lines. */
export function extractQuestions(text: string): ExtractedQuestion[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    // Strip the numbering before NFKC, which would turn ③ into a plain 3.
    const line = raw
      .trim()
      .replace(LEADER, '')
      .normalize('NFKC')
      .replace(LEADER, '')
      .replace(/^[\s:：]+/, '')
      .trim();
    if (!line) continue;
    if (NOISE.test(line)) continue;
    // Several questions on one line: split after question marks.
    const parts = line
      .split(/(?<=[?？])\s*/)
      .map((p) => p.trim())
      .filter(Boolean);
    for (const p of parts) {
      if ([...p.replace(/\s+/g, '')].length < 5) continue;
      out.push(p.length > 300 ? `${p.slice(0, 300)}…` : p);
    }
  }
  return out.map((t, i) => ({ position: i + 1, text: t }));
}

export interface MatchCandidate {
  questionId: string;
  title: string;
  score: number;
}

/**
 * The best candidate is suggested when its search score is high, or clearly ahead of the runner-up
 * (scores depend on the size of the bank, so a margin catches matches in a small bank too);
 * otherwise the question starts as the user's own.
 */
export const SUGGEST_SCORE = 8;
const SUGGEST_MIN = 3;
const SUGGEST_MARGIN = 2;

export function matchQuestion(
  catalog: Catalog,
  text: string,
  limit = 3,
): { candidates: MatchCandidate[]; suggested: string | null } {
  const candidates = catalog
    .find(text, limit)
    .map((h) => ({ questionId: h.id, title: h.title, score: h.score }));
  const [top, second] = candidates;
  const clear =
    top &&
    (top.score >= SUGGEST_SCORE ||
      (top.score >= SUGGEST_MIN && top.score >= SUGGEST_MARGIN * (second?.score ?? 0)));
  return { candidates, suggested: clear ? top.questionId : null };
}
