/**
 * Study plans per role and length. A plan is a priority order over the role's questions plus a
 * pace: each day's new questions are the remaining ones spread evenly over the remaining days, so a
 * user who falls behind sees the daily load rise and one who gets ahead sees it fall.
 *
 * Priority of a question for a role = section weight (0-3, from the outline's 使用建议) × frequency,
 * then easier first, then outline order.
 */
import type { CompiledQuestion } from '../bundle.ts';
import type { Catalog } from '../catalog.ts';

export const PLAN_LENGTHS = [7, 14, 30] as const;
export type PlanLength = (typeof PLAN_LENGTHS)[number];

export interface PlanSpec {
  role: string;
  days: PlanLength;
  /** Local date YYYY-MM-DD of day 1. */
  startDate: string;
}

export interface PlanDay {
  date: string;
  /** 1-based day number. */
  day: number;
  /** New questions to add that day. */
  newQuestions: string[];
  /** Cards expected to come due that day (from the schedule). */
  reviews: number;
}

export interface PlanView {
  spec: PlanSpec;
  roleTitle: string;
  /** Questions in the plan (the role's questions with section weight ≥ 2). */
  total: number;
  /** How many of them already have cards. */
  started: number;
  /** Day number of today (may be past the end, or before the start). */
  today: number;
  daysLeft: number;
  /** Today's load. */
  todayNew: string[];
  todayReviews: number;
  /** Expected pace: where the user should be by today, and the difference (negative = behind). */
  expectedStarted: number;
  ahead: number;
  schedule: PlanDay[];
}

const DAY = 86_400_000;

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** The role's questions in plan order. */
export function planQuestions(catalog: Catalog, role: string): CompiledQuestion[] {
  const r = catalog.bundle.outline.roles.find((x) => x.id === role);
  if (!r) return [];
  const order = new Map(catalog.questions.map((q, i) => [q.id, i]));
  return catalog.questions
    .filter((q) => (r.weights[q.section] ?? 0) >= 2)
    .sort(
      (a, b) =>
        (r.weights[b.section] ?? 0) * b.frequency - (r.weights[a.section] ?? 0) * a.frequency ||
        a.difficulty - b.difficulty ||
        order.get(a.id)! - order.get(b.id)!,
    );
}

/**
 * The plan as of `today`: `carded` are question ids that already have review cards; `dueByDate`
 * counts cards due per local date (overdue ones counted on `today`).
 */
export function viewPlan(input: {
  catalog: Catalog;
  spec: PlanSpec;
  today: string;
  carded: ReadonlySet<string>;
  /** Plan questions whose cards were added today: they count toward today's quota. */
  startedToday: number;
  dueByDate: ReadonlyMap<string, number>;
}): PlanView {
  const { catalog, spec, today, carded, dueByDate, startedToday } = input;
  const questions = planQuestions(catalog, spec.role);
  const roleTitle =
    catalog.bundle.outline.roles.find((r) => r.id === spec.role)?.title ?? spec.role;
  const todayNo = daysBetween(spec.startDate, today) + 1;
  const firstDay = Math.max(1, todayNo);
  const daysLeft = Math.max(0, spec.days - firstDay + 1);
  const remaining = questions.filter((q) => !carded.has(q.id)).map((q) => q.id);
  const started = questions.length - remaining.length;

  // Spread what was left this morning over the days left, earliest days first; what was started
  // today already counts toward today's share, so the quota does not grow as the user works.
  const schedule: PlanDay[] = [];
  const isToday = (d: number) => d === todayNo;
  let pool = remaining.length + (firstDay === todayNo ? startedToday : 0);
  let cursor = 0;
  for (let d = firstDay; d <= spec.days; d++) {
    const left = spec.days - d + 1;
    const share = Math.ceil(pool / left);
    const take = Math.max(0, isToday(d) ? share - startedToday : share);
    const date = addDays(spec.startDate, d - 1);
    schedule.push({
      date,
      day: d,
      newQuestions: remaining.slice(cursor, cursor + take),
      reviews: dueByDate.get(date) ?? 0,
    });
    cursor += take;
    pool -= share;
  }
  const elapsed = Math.min(spec.days, Math.max(0, todayNo - 1));
  const expectedStarted = Math.round((questions.length * elapsed) / spec.days);
  const todayEntry = schedule.find((d) => d.date === today);
  return {
    spec,
    roleTitle,
    total: questions.length,
    started,
    today: todayNo,
    daysLeft,
    todayNew: todayEntry?.newQuestions ?? [],
    todayReviews: dueByDate.get(today) ?? 0,
    expectedStarted,
    ahead: started - expectedStarted,
    schedule,
  };
}
