// Practice API on SQLite and PostgreSQL: settings, cards, FSRS reviews, grading and the mistake book.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/core/bundle.ts';
import { review } from '../../src/core/practice/scheduler.ts';
import { listReviews } from '../../src/db/cards.ts';
import { LOCAL_USER_ID } from '../../src/db/users.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { fixtureApp, fixtureBundle, requestJson } from '../helpers/fixture-app.ts';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await fixtureBundle();
});

describe.each(DIALECTS)('practice API on $name', ({ open }) => {
  let db: TestDatabase;
  let app: Awaited<ReturnType<typeof fixtureApp>>;
  let clock = new Date('2026-11-30T08:00:00.000Z');
  const send = (method: string, path: string, payload?: unknown) =>
    requestJson(app, method, path, payload);
  beforeAll(async () => {
    db = await open();
    app = await fixtureApp(db, bundle, () => clock);
  });
  afterAll(() => db.drop());

  it('settings: defaults, update, validation', async () => {
    expect((await send('GET', '/api/settings')).body).toEqual({
      desiredRetention: 0.9,
      interviewDate: null,
    });
    const put = await send('PUT', '/api/settings', {
      desiredRetention: 0.85,
      interviewDate: '2026-12-20',
    });
    expect(put.body).toEqual({ desiredRetention: 0.85, interviewDate: '2026-12-20' });
    const bad = await send('PUT', '/api/settings', { desiredRetention: 0.5 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      'invalid body parameter "desiredRetention": must be at least 0.8',
    );
    const badDate = await send('PUT', '/api/settings', { interviewDate: '2026-13-45' });
    expect(badDate.status).toBe(400);
    expect((await send('GET', '/api/settings')).body.desiredRetention).toBe(0.85);
    await send('PUT', '/api/settings', { desiredRetention: 0.9, interviewDate: null });
  });

  it('adds cards by question, point, section and track, without duplicates', async () => {
    expect((await send('POST', '/api/cards', { questionIds: ['attn-basics'] })).body).toEqual({
      added: 1,
      total: 1,
    });
    expect(
      (await send('POST', '/api/cards', { point: 'algorithm.fundamentals.attention' })).body,
    ).toEqual({ added: 1, total: 2 });
    expect((await send('POST', '/api/cards', { track: 'algorithm' })).body).toEqual({
      added: 1,
      total: 3,
    });
    expect((await send('POST', '/api/cards', { section: 'algorithm.fundamentals' })).body).toEqual({
      added: 0,
      total: 3,
    });
    const cards = await send('GET', '/api/cards');
    expect(cards.body.summary).toEqual({ total: 3, due: 3, new: 3, learning: 0, review: 0 });
    expect((await send('GET', '/api/questions/attn-basics')).body.inReview).toBe(true);
  });

  it.each([
    [{}, 'give exactly one of questionIds, point, section or track'],
    [{ point: 'a.b.c', track: 'algorithm' }, 'give exactly one'],
    [{ questionIds: [] }, 'invalid body parameter "questionIds"'],
    [{ track: 'cooking' }, 'unknown track "cooking"'],
  ])('rejects a bad card selection %j', async (payload, message) => {
    const r = await send('POST', '/api/cards', payload);
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain(message);
  });

  it('404s an unknown question and a non-JSON body is a 400', async () => {
    const r = await send('POST', '/api/cards', { questionIds: ['nope'] });
    expect(r.status).toBe(404);
    const j = await send('POST', '/api/cards', '{not json');
    expect(j.status).toBe(400);
    expect(j.body.error).toEqual({ id: 'invalid_json', message: 'the request body must be JSON' });
  });

  it('serves the next due card with the four buttons and their intervals', async () => {
    const next = await send('GET', '/api/review/next');
    expect(next.status).toBe(200);
    expect(next.body.summary.due).toBe(3);
    expect(next.body.card).toMatchObject({ state: 0, reps: 0 });
    expect(next.body.question.id).toBe(next.body.card.questionId);
    expect(next.body.buttons.map((b: any) => [b.rating, b.label])).toEqual([
      [1, '重来'],
      [2, '困难'],
      [3, '良好'],
      [4, '简单'],
    ]);
    const dues = next.body.buttons.map((b: any) => Date.parse(b.due));
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    expect(next.body.buttons[3].interval).toMatch(/天$/);
  });

  it('records a review: the card moves, the log keeps before and after', async () => {
    const r = await send('POST', '/api/review', {
      questionId: 'attn-basics',
      rating: 3,
      durationMs: 12000,
    });
    expect(r.status).toBe(200);
    expect(r.body.card.state).not.toBe(0);
    expect(Date.parse(r.body.card.due)).toBeGreaterThan(clock.getTime());
    expect(r.body.mistake).toBe(false);
    expect(r.body.summary.due).toBe(2);
    const logs = await listReviews(db.database.db, LOCAL_USER_ID);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      questionId: 'attn-basics',
      mode: 'review',
      rating: 3,
      durationMs: 12000,
      score: null,
    });
    expect(logs[0]!.before!.state).toBe(0);
    expect(logs[0]!.after!.due).toBe(r.body.card.due);
  });

  it('rating Again and a weak written answer fill the mistake book', async () => {
    const again = await send('POST', '/api/review', { questionId: 'attn-scaling', rating: 1 });
    expect(again.body.mistake).toBe(true);
    const weak = await send('POST', '/api/review', {
      questionId: 'kv-size',
      rating: 3,
      answer: '不知道，大概和显存有关吧',
    });
    expect(weak.body.mistake).toBe(true);
    const m = await send('GET', '/api/mistakes');
    expect(m.body.items.map((x: any) => [x.questionId, x.reason, x.times])).toEqual(
      expect.arrayContaining([
        ['attn-scaling', 'again', 1],
        ['kv-size', 'low_score', 1],
      ]),
    );
    expect(m.body.items.find((x: any) => x.questionId === 'kv-size').score).toBeLessThan(60);
    expect((await send('DELETE', '/api/mistakes/kv-size')).body).toEqual({ removed: true });
    expect((await send('DELETE', '/api/mistakes/kv-size')).status).toBe(404);
  });

  it('fresh practice logs without touching the schedule', async () => {
    const before = (await send('GET', '/api/cards')).body.items.find(
      (c: any) => c.questionId === 'attn-basics',
    );
    const r = await send('POST', '/api/review', {
      questionId: 'attn-basics',
      rating: 4,
      mode: 'fresh',
    });
    expect(r.body.card).toBeNull();
    const after = (await send('GET', '/api/cards')).body.items.find(
      (c: any) => c.questionId === 'attn-basics',
    );
    expect(after.due).toBe(before.due);
    const set = await send(
      'GET',
      '/api/practice/set?source=point&id=algorithm.fundamentals.attention',
    );
    expect(set.body.questionIds).toEqual(['attn-basics', 'attn-scaling']);
    expect((await send('GET', '/api/practice/set?source=mistakes')).body.questionIds).toEqual([
      'attn-scaling',
    ]);
    expect((await send('GET', '/api/practice/set?source=point')).status).toBe(400);
  });

  it.each([
    [{ questionId: 'attn-basics', rating: 5 }, 400, 'must be 1 (Again) to 4 (Easy)'],
    [{ questionId: 'attn-basics', rating: 0 }, 400, 'must be 1 (Again) to 4 (Easy)'],
    [{ questionId: 'attn-basics', rating: '3' }, 400, 'invalid body parameter "rating"'],
    [{ questionId: 'nope', rating: 3 }, 404, 'no question with id "nope"'],
    [{ questionId: 'attn-basics', rating: 3, extra: 1 }, 400, 'unknown body parameter "extra"'],
  ])('a bad review %j changes nothing', async (payload, status, message) => {
    const count = (await listReviews(db.database.db, LOCAL_USER_ID)).length;
    const cards = (await send('GET', '/api/cards')).body;
    const r = await send('POST', '/api/review', payload);
    expect(r.status).toBe(status);
    expect(r.body.error.message).toContain(message);
    expect((await listReviews(db.database.db, LOCAL_USER_ID)).length).toBe(count);
    expect((await send('GET', '/api/cards')).body).toEqual(cards);
  });

  it('a review of a question without a card needs fresh mode', async () => {
    await send('DELETE', '/api/cards/kv-size');
    const r = await send('POST', '/api/review', { questionId: 'kv-size', rating: 3 });
    expect(r.status).toBe(400);
    expect(r.body.error.id).toBe('not_a_card');
    expect((await send('DELETE', '/api/cards/kv-size')).status).toBe(404);
  });

  it('grades a written answer against the rubric', async () => {
    const good = await send('POST', '/api/grade', {
      questionId: 'attn-basics',
      answer:
        '注意力先算查询和键的点积，再除以根号 d_k 做缩放，softmax 后对值加权；多头注意力在多个子空间并行计算再拼接。',
    });
    expect(good.status).toBe(200);
    expect(good.body.score).toBeGreaterThanOrEqual(80);
    expect(good.body.points.every((p: any) => p.hit)).toBe(true);
    expect(good.body.highlights.length).toBeGreaterThan(0);
    const empty = await send('POST', '/api/grade', { questionId: 'attn-basics', answer: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('write an answer first');
  });

  it('rebuilds every card exactly by replaying the review log', async () => {
    const logs = (await listReviews(db.database.db, LOCAL_USER_ID))
      .filter((l) => l.mode === 'review')
      .reverse();
    const cards = (await send('GET', '/api/cards')).body.items;
    for (const card of cards) {
      const mine = logs.filter((l) => l.questionId === card.questionId);
      if (!mine.length) continue;
      let state = mine[0]!.before!;
      for (const l of mine)
        state = review(state, l.rating as 1 | 2 | 3 | 4, new Date(l.reviewedAt), 0.9);
      expect(state.due).toBe(card.due);
      expect(state.reps).toBe(card.reps);
    }
  });

  it('time moves: a reviewed card comes due again', async () => {
    clock = new Date('2027-06-01T08:00:00.000Z');
    const next = await send('GET', '/api/review/next');
    expect(next.body.summary.due).toBe(next.body.summary.total);
    expect(next.body.card.retrievability).toBeGreaterThanOrEqual(0);
  });
  it('loses no review when several land on one card at once', async () => {
    await send('POST', '/api/cards', { questionIds: ['attn-scaling'] });
    const before = (await send('GET', '/api/cards')).body.items.find(
      (c: any) => c.questionId === 'attn-scaling',
    ).reps;
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        send('POST', '/api/review', { questionId: 'attn-scaling', rating: i % 2 ? 3 : 1 }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(12).fill(200));
    const card = (await send('GET', '/api/cards')).body.items.find(
      (c: any) => c.questionId === 'attn-scaling',
    );
    expect(card.reps).toBe(before + 12);
    const mistake = (await send('GET', '/api/mistakes')).body.items.find(
      (m: any) => m.questionId === 'attn-scaling',
    );
    expect(mistake.times).toBeGreaterThanOrEqual(6);
  });
});

describe('dashboard API', () => {
  it('summarises coverage, calendar, forecast, streaks and weak points', async () => {
    const bundle = await fixtureBundle();
    const t = await DIALECTS[0].open();
    let clock = new Date('2026-11-28T02:00:00.000Z');
    const app = await fixtureApp(t, bundle, () => clock);
    const send = (method: string, path: string, payload?: unknown) =>
      requestJson(app, method, path, payload);
    try {
      await send('POST', '/api/cards', { track: 'algorithm' });
      await send('POST', '/api/review', { questionId: 'attn-basics', rating: 3 });
      clock = new Date('2026-11-29T02:00:00.000Z');
      await send('POST', '/api/review', { questionId: 'attn-scaling', rating: 1 });
      clock = new Date('2026-11-30T02:00:00.000Z');
      const d = (await send('GET', '/api/dashboard?tz=480')).body;
      expect(d.totals).toMatchObject({ questions: 3, cards: 3, reviewed: 2, reviews: 2 });
      expect(d.tracks[0]).toMatchObject({ id: 'algorithm', questions: 3, reviewed: 2 });
      expect(d.tracks[0].coverage).toBeCloseTo(0.667, 3);
      expect(d.calendar).toEqual([
        ['2026-11-28', 1],
        ['2026-11-29', 1],
      ]);
      expect(d.streak).toEqual({ current: 2, longest: 2 });
      expect(d.forecast).toHaveLength(30);
      expect(d.forecast[0][0]).toBe('2026-11-30');
      expect(d.forecast.reduce((n: number, [, c]: [string, number]) => n + c, 0)).toBe(3);
      expect(d.weakest[0].point).toBe('algorithm.fundamentals.attention');
      expect(d.radar[0]).toMatchObject({
        role: 'algorithm',
        axes: [{ section: 'algorithm.fundamentals', weight: 3 }],
      });
      expect((await send('GET', '/api/dashboard?tz=abc')).status).toBe(400);
    } finally {
      await t.drop();
    }
  });
});

describe.each(DIALECTS)('study plan and interview date on $name', ({ open }) => {
  it('creates a plan, counts today’s quota and reports pace', async () => {
    const bundle = await fixtureBundle();
    const t = await open();
    const clock = new Date('2026-12-01T02:00:00.000Z');
    const app = await fixtureApp(t, bundle, () => clock);
    const send = (method: string, path: string, payload?: unknown) =>
      requestJson(app, method, path, payload);
    try {
      expect((await send('GET', '/api/plan')).body).toEqual({ plan: null });
      const made = await send('PUT', '/api/plan?tz=480', { role: 'algorithm', days: 7 });
      expect(made.status).toBe(200);
      expect(made.body.plan).toMatchObject({
        total: 3,
        started: 0,
        today: 1,
        daysLeft: 7,
        roleTitle: '算法岗',
      });
      expect(made.body.plan.spec).toEqual({ role: 'algorithm', days: 7, startDate: '2026-12-01' });
      const todayNew: string[] = made.body.plan.todayNew;
      expect(todayNew).toHaveLength(1);
      await send('POST', '/api/cards', { questionIds: todayNew });
      const after = (await send('GET', '/api/plan?tz=480')).body.plan;
      expect(after).toMatchObject({ started: 1, todayNew: [] });
      expect(after.todayReviews).toBe(1);
      expect(
        (await send('PUT', '/api/plan', { role: 'cook', days: 7 })).body.error.message,
      ).toContain('unknown role "cook"');
      expect(
        (await send('PUT', '/api/plan', { role: 'algorithm', days: 10 })).body.error.message,
      ).toContain('must be 7, 14 or 30');
      expect((await send('DELETE', '/api/plan')).body).toEqual({ removed: true });
      expect((await send('DELETE', '/api/plan')).status).toBe(404);

      // Interview date: due cards come in interview priority, with the daily load.
      await send('POST', '/api/cards', { track: 'algorithm' });
      await send('PUT', '/api/settings', { interviewDate: '2026-12-11' });
      const next = (await send('GET', '/api/review/next')).body;
      expect(next.interview).toEqual({ date: '2026-12-11', daysLeft: 11, perDay: 1 });
      await send('PUT', '/api/settings', { interviewDate: '2026-11-01' });
      expect((await send('GET', '/api/review/next')).body.interview).toBeNull();
    } finally {
      await t.drop();
    }
  });
});
