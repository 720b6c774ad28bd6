/**
 * The offline interviewer: one question at a time; after an answer that covers the core rubric
 * points it goes down the question's follow-up ladder, otherwise it shows the reference and moves on.
 * Pure: the state and the answers come in, the next state and the feedback go out.
 */
import type { CompiledQuestion } from '../bundle.ts';
import { type Grade, gradableOf, gradeAnswer } from '../grading/grade.ts';
import { Segmenter } from '../search/segment.ts';
import type { PlannedQuestion } from './planner.ts';

/** A main answer at or above this score earns the follow-ups. */
export const FOLLOW_UP_SCORE = 60;
/** A follow-up answer at or above this score earns the next rung. */
export const NEXT_RUNG_SCORE = 50;
/** Rungs asked at most per question. */
export const MAX_RUNGS = 2;

export interface SessionState {
  position: number;
  /** 0: the main question; k ≥ 1: follow-up k. */
  stage: number;
}

export interface Prompt {
  position: number;
  stage: number;
  questionId: string;
  text: string;
  minutes: number;
}

export function currentPrompt(
  plan: PlannedQuestion[],
  state: SessionState,
  byId: (id: string) => CompiledQuestion | undefined,
): Prompt | null {
  const planned = plan[state.position];
  if (!planned) return null;
  const q = byId(planned.id);
  if (!q) return null;
  const text = state.stage === 0 ? q.title : q.followUps[state.stage - 1]!.q;
  return {
    position: state.position,
    stage: state.stage,
    questionId: q.id,
    text,
    minutes: state.stage === 0 ? planned.minutes : 3,
  };
}

export interface TurnGrade {
  score: number;
  /** Rubric detail for a main question; null for a follow-up (graded against its reference answer). */
  grade: Grade | null;
  /** The reference shown after a weak answer (or always, for follow-ups). */
  reference: string;
}

const plain = new Segmenter([]);
function terms(text: string): Set<string> {
  return new Set(plain.segment(text).terms.filter((t) => t.length >= 2));
}

/** A follow-up answer scored by how much of its reference answer's content it covers. */
export function gradeFollowUp(reference: string, answer: string): number {
  const ref = terms(reference);
  if (ref.size === 0) return 0;
  const own = terms(answer);
  let shared = 0;
  for (const t of ref) if (own.has(t)) shared++;
  return Math.min(100, Math.round((shared / (0.5 * ref.size)) * 100));
}

export function gradeTurn(q: CompiledQuestion, stage: number, answer: string): TurnGrade {
  if (stage === 0) {
    const grade = gradeAnswer(gradableOf(q), answer);
    return { score: grade.score, grade, reference: q.quickAnswer };
  }
  const ref = q.followUps[stage - 1]!.a;
  return { score: gradeFollowUp(ref, answer), grade: null, reference: ref };
}

export type NextStep = 'follow-up' | 'next-question' | 'finished';

export function advance(
  plan: PlannedQuestion[],
  state: SessionState,
  q: CompiledQuestion,
  score: number,
): { state: SessionState; next: NextStep } {
  const rungs = Math.min(MAX_RUNGS, q.followUps.length);
  const deeper = state.stage === 0 ? score >= FOLLOW_UP_SCORE : score >= NEXT_RUNG_SCORE;
  if (deeper && state.stage < rungs)
    return { state: { position: state.position, stage: state.stage + 1 }, next: 'follow-up' };
  const position = state.position + 1;
  return {
    state: { position, stage: 0 },
    next: position >= plan.length ? 'finished' : 'next-question',
  };
}
