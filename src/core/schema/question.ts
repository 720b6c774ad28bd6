/**
 * The single definition of a question file's front matter.
 *
 * A question is one Markdown file at `content/questions/<track>/<section>/<id>.md`:
 * YAML front matter validated by {@link QuestionFrontMatter}, then the deep answer (详解) as the body.
 * See `CONTENT_GUIDE.md` for what good content means; this schema says what valid content means.
 */
import { z } from 'zod';
import {
  DIFFICULTY_LABELS,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  type QuestionType as QuestionTypeName,
} from '../labels.ts';

/** Kebab-case ASCII identifier, as used for question, lab and glossary ids. */
export const KebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case ASCII (a-z, 0-9, single hyphens)');

/** Dotted outline id such as `backend.deployment.kv-cache-paging`. */
export const OutlineId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/,
    'must be a dotted outline id such as backend.deployment.kv-cache-paging',
  );

/** What kind of thinking the question asks for. */
export const QuestionType = z.enum(QUESTION_TYPES as [QuestionTypeName, ...QuestionTypeName[]]);
export type QuestionType = z.infer<typeof QuestionType>;
export { DIFFICULTY_LABELS, QUESTION_TYPE_LABELS };

/** One scoring point of the rubric (得分点). */
export const RubricPoint = z.strictObject({
  /** What the interviewer listens for, in one sentence. */
  point: z.string().min(4, 'describe the scoring point in a sentence'),
  /** Share of the 100 points this scoring point is worth; all weights of a question sum to 100. */
  weight: z.number().int().min(1).max(100),
  /**
   * Ideas a correct answer contains. Each entry is one idea; `|` separates synonyms
   * (Chinese and English) and simple regular-expression fragments such as ` ?` are allowed.
   * The offline grader counts which entries an answer contains.
   */
  keywords: z.array(z.string().min(1)).min(1, 'list at least one keyword entry'),
});
export type RubricPoint = z.infer<typeof RubricPoint>;

/** One rung of the follow-up ladder (追问): a deeper question with a short reference answer. */
export const FollowUp = z.strictObject({
  /** The follow-up question. */
  q: z.string().min(4),
  /** Its short reference answer (Markdown, math allowed). */
  a: z.string().min(2),
});
export type FollowUp = z.infer<typeof FollowUp>;

/** A primary source: a paper, an official document or a specification. */
export const Reference = z.strictObject({
  /** Title as published, with venue or year where it helps. */
  title: z.string().min(3),
  /** An http(s) URL of the primary source; never invented. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
});
export type Reference = z.infer<typeof Reference>;

/** `YYYY-MM` month in which the answer was last checked against the state of the art. */
export const AsOf = z
  .string()
  .regex(/^20\d\d-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM, e.g. 2026-11');

/** The front matter of one question file. */
export const QuestionFrontMatter = z.strictObject({
  /** Unique, stable kebab-case id; equals the file name without `.md`. */
  id: KebabId,
  /** The question as an interviewer asks it, in Chinese (English terms allowed). */
  title: z.string().min(6, 'write the whole question as the title').max(120),
  /** Outline point ids; the first is the primary point the question is counted under. */
  points: z.array(OutlineId).min(1, 'name at least one outline point'),
  /** Kind of question. */
  type: QuestionType,
  /** 1 入门 · 2 基础 · 3 大厂常规 · 4 深入 · 5 专家. */
  difficulty: z.number().int().min(1).max(5),
  /** 1..5: how often real interviews ask it, judged honestly. */
  frequency: z.number().int().min(1).max(5),
  /** Free tags, usually key terms (Chinese or English). */
  tags: z.array(z.string().min(1)).default([]),
  /** 面试速答: what to say in the first 30 seconds (80-250 characters). */
  quick_answer: z.string().min(1),
  /** 得分点: what an interviewer listens for; weights sum to 100. */
  rubric: z.array(RubricPoint).min(2, 'a rubric needs at least two scoring points'),
  /** 追问 ladder, each one deeper, each with a short reference answer. */
  follow_ups: z.array(FollowUp).min(2, 'give at least two follow-ups with answers'),
  /** Typical mistakes candidates make. */
  pitfalls: z.array(z.string().min(2)).default([]),
  /** Primary sources only. */
  references: z.array(Reference).default([]),
  /** Interactive labs that let the reader compute this (lab ids). */
  labs: z.array(KebabId).default([]),
  /** Ids of near-neighbour questions. */
  related: z.array(KebabId).default([]),
  /** When this answer was last checked (YYYY-MM). */
  as_of: AsOf,
});
export type QuestionFrontMatter = z.infer<typeof QuestionFrontMatter>;
export type QuestionFrontMatterInput = z.input<typeof QuestionFrontMatter>;

/** Quick answers are measured in characters, whitespace excluded. */
export const QUICK_ANSWER_LIMITS = { min: 80, max: 250 } as const;

export function visibleLength(text: string): number {
  return [...text.replace(/\s+/g, '')].length;
}
