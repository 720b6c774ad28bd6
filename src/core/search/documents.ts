/** Turning questions and glossary terms into searchable documents and synonym groups. */
import { QUESTION_TYPE_LABELS } from '../labels.ts';
import type { GlossaryTerm } from '../schema/glossary.ts';
import type { QuestionType } from '../schema/question.ts';
import type { SearchDocument } from './types.ts';

/** Field weights: the title and the tags count most. */
export const FIELD_WEIGHTS = {
  title: 3,
  tags: 2.5,
  quickAnswer: 1.5,
  outline: 0.8,
  rubric: 0.8,
  followUps: 0.6,
  body: 0.4,
  /** The question type's label (原理, 推导, 对比…): "讲讲 X 的原理" should prefer the principle question. */
  type: 1,
} as const;

export interface SearchableQuestion {
  id: string;
  title: string;
  tags: string[];
  quickAnswer: string;
  rubric: { point: string }[];
  followUps: { q: string }[];
  body: string;
  /** Titles of the outline nodes the question belongs to (Chinese and English). */
  outlineTitles: string[];
  type?: QuestionType;
}

/**
 * A title's leading type label ("原理题：", "场景题：") names the question type, which the type field
 * already indexes at its own weight; left in the title it would count three times over.
 */
const TITLE_LABEL = /^[\u4e00-\u9fff]{1,4}题[：:]\s*/;

export function questionDocument(q: SearchableQuestion): SearchDocument {
  const w = FIELD_WEIGHTS;
  return {
    id: q.id,
    title: q.title,
    fields: [
      { text: q.title.replace(TITLE_LABEL, ''), weight: w.title },
      { text: q.tags.join(' ; '), weight: w.tags },
      { text: q.quickAnswer, weight: w.quickAnswer },
      { text: q.outlineTitles.join(' ; '), weight: w.outline },
      { text: q.rubric.map((r) => r.point).join(' ; '), weight: w.rubric },
      { text: q.followUps.map((f) => f.q).join(' ; '), weight: w.followUps },
      // The deep answer adds English words and concepts only: no Chinese bigrams, so the index
      // that the browser loads stays small.
      { text: stripCode(q.body), weight: w.body, phrasesOnly: true },
      ...(q.type ? [{ text: QUESTION_TYPE_LABELS[q.type], weight: w.type }] : []),
    ],
  };
}

export function glossaryConcepts(glossary: GlossaryTerm[]): { id: string; forms: string[] }[] {
  return glossary.map((t) => ({ id: t.id, forms: [t.zh, t.en, ...t.aliases] }));
}

function stripCode(markdown: string): string {
  return markdown.replace(/```[\s\S]*?```/g, ' ');
}
