/**
 * Progress statistics for the dashboard, computed from the cards and the review log.
 * Pure: the clock, the time zone and the retention are arguments.
 */
import type { Catalog } from '../catalog.ts';
import { type CardState, retrievability } from './scheduler.ts';

export interface ProgressCard extends CardState {
  questionId: string;
}

export interface ProgressLog {
  questionId: string;
  rating: number;
  reviewedAt: string;
  mode: string;
}

export interface AreaProgress {
  id: string;
  title: string;
  questions: number;
  /** Questions with at least one scheduled review. */
  reviewed: number;
  /** reviewed / questions. */
  coverage: number;
  /** Mean probability of recall now over the reviewed cards (0 when none). */
  retrievability: number;
}

export interface Dashboard {
  totals: { questions: number; cards: number; reviewed: number; reviews: number; dueToday: number };
  tracks: AreaProgress[];
  sections: (AreaProgress & { track: string })[];
  /** Per role: the sections it weighs, with mastery = coverage × retrievability (0..100). */
  radar: {
    role: string;
    title: string;
    axes: { section: string; title: string; weight: number; mastery: number }[];
  }[];
  /** Local date (YYYY-MM-DD) → reviews that day, for the last 365 days with any review. */
  calendar: [string, number][];
  /** The next 30 local days: cards due each day (overdue ones count today). */
  forecast: [string, number][];
  streak: { current: number; longest: number };
  /** Points with reviewed cards, weakest first. */
  weakest: {
    point: string;
    title: string;
    retrievability: number;
    lapses: number;
    cards: number;
  }[];
}

const DAY = 86_400_000;

/** Local calendar date of an instant, for a zone `offsetMinutes` ahead of UTC (e.g. 480 for UTC+8). */
export function localDate(at: Date | string, offsetMinutes: number): string {
  return new Date(new Date(at).getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

export function computeDashboard(input: {
  catalog: Catalog;
  cards: ProgressCard[];
  logs: ProgressLog[];
  now: Date;
  offsetMinutes: number;
  retention: number;
}): Dashboard {
  const { catalog, now, offsetMinutes, retention } = input;
  const cards = input.cards.filter((c) => catalog.byId.has(c.questionId));
  const reviewedCards = cards.filter((c) => c.reps > 0);
  const recall = new Map(
    reviewedCards.map((c) => [c.questionId, retrievability(c, now, retention)]),
  );

  const area = (id: string, title: string, questionIds: string[]): AreaProgress => {
    const done = questionIds.filter((q) => recall.has(q));
    const mean = done.length ? done.reduce((s, q) => s + recall.get(q)!, 0) / done.length : 0;
    return {
      id,
      title,
      questions: questionIds.length,
      reviewed: done.length,
      coverage: questionIds.length ? round(done.length / questionIds.length) : 0,
      retrievability: round(mean),
    };
  };
  const idsOf = (pred: (q: { track: string; section: string }) => boolean) =>
    catalog.questions.filter(pred).map((q) => q.id);

  const tracks = catalog.bundle.outline.tracks.map((t) =>
    area(
      t.id,
      t.title,
      idsOf((q) => q.track === t.id),
    ),
  );
  const sections = catalog.bundle.outline.tracks.flatMap((t) =>
    t.sections.map((s) => ({
      ...area(
        s.id,
        s.title,
        idsOf((q) => q.section === s.id),
      ),
      track: t.id,
    })),
  );
  const bySection = new Map(sections.map((s) => [s.id, s]));
  const radar = catalog.bundle.outline.roles.map((role) => ({
    role: role.id,
    title: role.title,
    axes: Object.entries(role.weights)
      .filter(([, w]) => w >= 2)
      .map(([section, weight]) => {
        const s = bySection.get(section)!;
        return {
          section,
          title: s.title,
          weight,
          mastery: Math.round(s.coverage * s.retrievability * 100),
        };
      }),
  }));

  const reviewLogs = input.logs.filter((l) => l.mode === 'review');
  const perDay = new Map<string, number>();
  for (const l of input.logs) {
    const d = localDate(l.reviewedAt, offsetMinutes);
    perDay.set(d, (perDay.get(d) ?? 0) + 1);
  }
  const today = localDate(now, offsetMinutes);
  const yearAgo = localDate(new Date(now.getTime() - 365 * DAY), offsetMinutes);
  const calendar = [...perDay].filter(([d]) => d > yearAgo).sort(([a], [b]) => (a < b ? -1 : 1));

  const forecastDays = Array.from({ length: 30 }, (_, i) =>
    localDate(new Date(now.getTime() + i * DAY), offsetMinutes),
  );
  const dueBy = new Map(forecastDays.map((d) => [d, 0]));
  for (const c of cards) {
    const d = localDate(c.due, offsetMinutes);
    // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings; Math.max would make numbers
    const key = d < today ? today : d;
    if (dueBy.has(key)) dueBy.set(key, dueBy.get(key)! + 1);
  }

  // Streaks of consecutive local days with at least one review.
  const days = [...perDay.keys()].sort();
  let longest = 0;
  let run = 0;
  let prev = '';
  for (const d of days) {
    run = prev && dayAfter(prev) === d ? run + 1 : 1;
    longest = Math.max(longest, run);
    prev = d;
  }
  let current = 0;
  let cursor = perDay.has(today) ? today : dayBefore(today);
  while (perDay.has(cursor)) {
    current++;
    cursor = dayBefore(cursor);
  }

  const byPoint = new Map<string, { sum: number; lapses: number; cards: number }>();
  for (const c of reviewedCards) {
    const q = catalog.byId.get(c.questionId)!;
    const e = byPoint.get(q.point) ?? { sum: 0, lapses: 0, cards: 0 };
    e.sum += recall.get(c.questionId)!;
    e.lapses += c.lapses;
    e.cards += 1;
    byPoint.set(q.point, e);
  }
  const weakest = [...byPoint]
    .map(([point, e]) => ({
      point,
      title: catalog.outline.points.get(point)?.point.title ?? point,
      retrievability: round(e.sum / e.cards),
      lapses: e.lapses,
      cards: e.cards,
    }))
    .sort(
      (a, b) =>
        a.retrievability - b.retrievability || b.lapses - a.lapses || (a.point < b.point ? -1 : 1),
    )
    .slice(0, 8);

  return {
    totals: {
      questions: catalog.questions.length,
      cards: cards.length,
      reviewed: reviewedCards.length,
      reviews: reviewLogs.length,
      dueToday: dueBy.get(today) ?? 0,
    },
    tracks,
    sections,
    radar,
    calendar,
    forecast: [...dueBy],
    streak: { current, longest },
    weakest,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function dayAfter(d: string): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
}

function dayBefore(d: string): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) - DAY).toISOString().slice(0, 10);
}
