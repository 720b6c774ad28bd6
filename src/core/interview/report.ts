/** The interview report: totals, per-section scores, per-question detail, time and weak points. */
import type { Catalog } from '../catalog.ts';
import type { Grade } from '../grading/grade.ts';
import type { PlannedQuestion } from './planner.ts';

export interface Turn {
  position: number;
  stage: number;
  questionId: string;
  prompt: string;
  answer: string;
  score: number;
  grade: Grade | null;
  durationMs: number;
}

export interface ReportQuestion {
  questionId: string;
  title: string;
  section: string;
  sectionTitle: string;
  type: string;
  /** Score of the main answer (0 when skipped). */
  score: number;
  followUps: { prompt: string; score: number }[];
  hit: string[];
  missed: string[];
  seconds: number;
  plannedMinutes: number;
}

export interface InterviewReport {
  total: number;
  answered: number;
  planned: number;
  sections: { section: string; title: string; score: number; questions: number }[];
  questions: ReportQuestion[];
  weakest: { point: string; title: string; score: number }[];
  totalSeconds: number;
}

/** Total = mean of main-question scores, each nudged by its follow-ups (±10 at most). */
export function buildReport(
  catalog: Catalog,
  plan: PlannedQuestion[],
  turns: Turn[],
): InterviewReport {
  const questions: ReportQuestion[] = plan.map((p, position) => {
    const q = catalog.byId.get(p.id);
    const mine = turns.filter((t) => t.position === position);
    const main = mine.find((t) => t.stage === 0);
    const section = catalog.outline.sections.get(p.section)?.section.title ?? p.section;
    return {
      questionId: p.id,
      title: q?.title ?? p.id,
      section: p.section,
      sectionTitle: section,
      type: p.type,
      score: main?.score ?? 0,
      followUps: mine.filter((t) => t.stage > 0).map((t) => ({ prompt: t.prompt, score: t.score })),
      hit: main?.grade?.points.filter((x) => x.hit).map((x) => x.point) ?? [],
      missed: main?.grade
        ? main.grade.points.filter((x) => !x.hit).map((x) => x.point)
        : (q?.rubric.map((r) => r.point) ?? []),
      seconds: Math.round(mine.reduce((s, t) => s + t.durationMs, 0) / 1000),
      plannedMinutes: p.minutes,
    };
  });
  const adjusted = questions.map((q) => {
    if (!q.followUps.length) return q.score;
    const mean = q.followUps.reduce((s, f) => s + f.score, 0) / q.followUps.length;
    return Math.max(0, Math.min(100, q.score + (mean - 50) / 5));
  });
  const total = questions.length
    ? Math.round(adjusted.reduce((a, b) => a + b, 0) / questions.length)
    : 0;
  const bySection = new Map<string, { title: string; sum: number; n: number }>();
  questions.forEach((q, k) => {
    const e = bySection.get(q.section) ?? { title: q.sectionTitle, sum: 0, n: 0 };
    e.sum += adjusted[k]!;
    e.n += 1;
    bySection.set(q.section, e);
  });
  const byPoint = new Map<string, number[]>();
  questions.forEach((q, k) => {
    const point = catalog.byId.get(q.questionId)?.point;
    if (point) byPoint.set(point, [...(byPoint.get(point) ?? []), adjusted[k]!]);
  });
  return {
    total,
    answered: questions.filter((q) =>
      turns.some((t) => t.questionId === q.questionId && t.stage === 0),
    ).length,
    planned: plan.length,
    sections: [...bySection].map(([section, e]) => ({
      section,
      title: e.title,
      score: Math.round(e.sum / e.n),
      questions: e.n,
    })),
    questions,
    weakest: [...byPoint]
      .map(([point, scores]) => ({
        point,
        title: catalog.outline.points.get(point)?.point.title ?? point,
        score: Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
      }))
      .sort((a, b) => a.score - b.score)
      .slice(0, 5),
    totalSeconds: questions.reduce((s, q) => s + q.seconds, 0),
  };
}
