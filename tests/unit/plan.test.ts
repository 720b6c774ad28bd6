// Study plans: priority order, even pacing, a stable daily quota, catching up and getting ahead.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, CompiledQuestion } from '../../src/core/bundle.ts';
import { Catalog } from '../../src/core/catalog.ts';
import { addDays, planQuestions, viewPlan } from '../../src/core/practice/plan.ts';
import { fixtureBundle } from '../helpers/fixture-app.ts';

let catalog: Catalog;
beforeAll(async () => {
  const base = await fixtureBundle();
  const template = base.questions[0]!;
  // 28 questions: frequency cycles 1..5 so that priority order is visible.
  const questions: CompiledQuestion[] = Array.from({ length: 28 }, (_, i) => ({
    ...template,
    id: `q-${String(i).padStart(2, '0')}`,
    frequency: (i % 5) + 1,
    difficulty: (i % 3) + 2,
  }));
  const bundle: Bundle = { ...base, questions };
  catalog = new Catalog(bundle);
});

const spec = { role: 'algorithm', days: 7 as const, startDate: '2026-12-01' };
const none = new Map<string, number>();

describe('study plan', () => {
  it('orders by section weight × frequency, then easier first', () => {
    const qs = planQuestions(catalog, 'algorithm');
    expect(qs).toHaveLength(28);
    const freq = qs.map((q) => q.frequency);
    expect([...freq].sort((a, b) => b - a)).toEqual(freq);
    expect(planQuestions(catalog, 'no-such-role')).toEqual([]);
  });

  it('spreads the questions evenly over the days', () => {
    const v = viewPlan({
      catalog,
      spec,
      today: '2026-12-01',
      carded: new Set(),
      startedToday: 0,
      dueByDate: none,
    });
    expect(v.schedule.map((d) => d.newQuestions.length)).toEqual([4, 4, 4, 4, 4, 4, 4]);
    expect(v.schedule.map((d) => d.date)).toEqual(
      Array.from({ length: 7 }, (_, i) => addDays('2026-12-01', i)),
    );
    expect(v.todayNew).toEqual(v.schedule[0]!.newQuestions);
    expect(v).toMatchObject({
      total: 28,
      started: 0,
      today: 1,
      daysLeft: 7,
      expectedStarted: 0,
      ahead: 0,
    });
  });

  it('keeps today’s quota stable while the user works through it', () => {
    const first = viewPlan({
      catalog,
      spec,
      today: '2026-12-01',
      carded: new Set(),
      startedToday: 0,
      dueByDate: none,
    });
    const done = new Set(first.todayNew.slice(0, 3));
    const later = viewPlan({
      catalog,
      spec,
      today: '2026-12-01',
      carded: done,
      startedToday: 3,
      dueByDate: none,
    });
    expect(later.todayNew).toEqual(first.todayNew.slice(3));
    const all = new Set(first.todayNew);
    expect(
      viewPlan({
        catalog,
        spec,
        today: '2026-12-01',
        carded: all,
        startedToday: 4,
        dueByDate: none,
      }).todayNew,
    ).toEqual([]);
  });

  it('raises the daily load after days missed, and lowers it when ahead', () => {
    const behind = viewPlan({
      catalog,
      spec,
      today: '2026-12-04',
      carded: new Set(),
      startedToday: 0,
      dueByDate: none,
    });
    expect(behind.today).toBe(4);
    expect(behind.schedule.map((d) => d.newQuestions.length)).toEqual([7, 7, 7, 7]);
    expect(behind.ahead).toBe(-12);
    const ids = planQuestions(catalog, 'algorithm').map((q) => q.id);
    const ahead = viewPlan({
      catalog,
      spec,
      today: '2026-12-02',
      carded: new Set(ids.slice(0, 16)),
      startedToday: 0,
      dueByDate: none,
    });
    expect(ahead.schedule.map((d) => d.newQuestions.length)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(ahead.ahead).toBe(12);
  });

  it('shows the reviews due each day and ends cleanly after the last day', () => {
    const due = new Map([['2026-12-02', 5]]);
    const v = viewPlan({
      catalog,
      spec,
      today: '2026-12-02',
      carded: new Set(),
      startedToday: 0,
      dueByDate: due,
    });
    expect(v.todayReviews).toBe(5);
    expect(v.schedule[0]!.reviews).toBe(5);
    const over = viewPlan({
      catalog,
      spec,
      today: '2026-12-20',
      carded: new Set(),
      startedToday: 0,
      dueByDate: none,
    });
    expect(over.daysLeft).toBe(0);
    expect(over.schedule).toEqual([]);
    expect(over.todayNew).toEqual([]);
  });
});

describe('interview priority', () => {
  it('puts cards likely forgotten by the interview, and frequent ones, first', async () => {
    const { orderForInterview, interviewPriority } = await import(
      '../../src/core/practice/priority.ts'
    );
    const { newCard, review } = await import('../../src/core/practice/scheduler.ts');
    const t0 = new Date('2026-11-01T00:00:00Z');
    const strong = {
      ...review(review(newCard(t0), 4, t0, 0.9), 4, new Date('2026-11-20T00:00:00Z'), 0.9),
      questionId: 'strong',
    };
    const fresh = { ...newCard(t0), questionId: 'fresh' };
    const freshRare = { ...newCard(t0), questionId: 'fresh-rare' };
    const interview = new Date('2026-12-10T00:00:00Z');
    const freq = (id: string) => (id === 'fresh-rare' ? 1 : 5);
    expect(interviewPriority(fresh, 5, interview, 0.9)).toBe(1);
    expect(
      orderForInterview([strong, freshRare, fresh], freq, interview, 0.9).map((c) => c.questionId),
    ).toEqual(['fresh', 'fresh-rare', 'strong']);
  });
});
