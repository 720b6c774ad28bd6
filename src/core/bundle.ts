/**
 * The compiled content bundle: what the server, the web app and the CLI load.
 * Produced by `src/content/compile.ts` at build time; Markdown is already rendered to HTML.
 */
import type { GlossaryTerm } from './schema/glossary.ts';
import type { Outline } from './schema/outline.ts';
import type { QuestionFrontMatter } from './schema/question.ts';
import type { SerializedIndex } from './search/types.ts';

/** A rubric point with its text rendered. */
export interface CompiledRubricPoint {
  point: string;
  pointHtml: string;
  weight: number;
  keywords: string[];
}

export interface CompiledFollowUp {
  q: string;
  qHtml: string;
  a: string;
  aHtml: string;
}

/** One question, validated and rendered. */
export interface CompiledQuestion
  extends Omit<QuestionFrontMatter, 'rubric' | 'follow_ups' | 'quick_answer'> {
  /** Track id of the primary point. */
  track: string;
  /** Section id of the primary point. */
  section: string;
  /** Primary point id (the first of `points`). */
  point: string;
  quickAnswer: string;
  quickAnswerHtml: string;
  rubric: CompiledRubricPoint[];
  followUps: CompiledFollowUp[];
  /** The deep answer as Markdown source and as rendered HTML. */
  body: string;
  bodyHtml: string;
  /** Path relative to the repository, for error messages and "edit this question". */
  source: string;
}

/** A lab's explanation, rendered. */
export interface CompiledLab {
  id: string;
  title: string;
  title_en: string;
  summary: string;
  html: string;
}

export interface Bundle {
  version: 1;
  /** Hash of every content file; changes whenever content changes. */
  contentHash: string;
  outline: Outline;
  questions: CompiledQuestion[];
  glossary: GlossaryTerm[];
  labs: CompiledLab[];
  search: SerializedIndex;
}
