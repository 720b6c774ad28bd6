// Mock interviews over HTTP on SQLite and PostgreSQL: plan, follow-ups, pause/resume, drafts, report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/core/bundle.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { fixtureApp, fixtureBundle, requestJson } from '../helpers/fixture-app.ts';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await fixtureBundle();
});

describe.each(DIALECTS)('mock interviews on $name', ({ open }) => {
  let db: TestDatabase;
  let app: Awaited<ReturnType<typeof fixtureApp>>;
  const send = (method: string, path: string, payload?: unknown) =>
    requestJson(app, method, path, payload);
  beforeAll(async () => {
    db = await open();
    app = await fixtureApp(db, bundle);
  });
  afterAll(() => db.drop());

  const strong = (id: string) => {
    const q = bundle.questions.find((x) => x.id === id)!;
    return `${q.quickAnswer}\n${q.body}`;
  };

  it('runs a whole interview: a strong answer earns the follow-ups, a weak one shows the reference', async () => {
    const created = await send('POST', '/api/interviews', {
      role: 'algorithm',
      minutes: 20,
      level: 'social',
      seed: 5,
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({
      status: 'active',
      position: 0,
      seed: 5,
      current: { stage: 0 },
    });
    const again = await send('POST', '/api/interviews', {
      role: 'algorithm',
      minutes: 20,
      level: 'social',
      seed: 5,
    });
    expect(again.body.current.questionId).toBe(created.body.current.questionId);

    // Drafts survive a reload.
    await send('PUT', `/api/interviews/${id}/draft`, { text: '半句话' });
    expect((await send('GET', `/api/interviews/${id}`)).body.draft).toBe('半句话');

    const first = created.body.current.questionId;
    const a1 = await send('POST', `/api/interviews/${id}/answer`, {
      text: strong(first),
      durationMs: 60_000,
    });
    expect(a1.body.feedback).toMatchObject({ weak: false, next: 'follow-up', reference: null });
    expect(a1.body.feedback.score).toBeGreaterThanOrEqual(60);
    expect(a1.body.interview.current).toMatchObject({ stage: 1, questionId: first });
    expect(a1.body.interview.draft).toBe('');

    // A weak follow-up answer ends the ladder and shows the reference.
    const a2 = await send('POST', `/api/interviews/${id}/answer`, {
      text: '不清楚',
      durationMs: 5_000,
    });
    expect(a2.body.feedback.weak).toBe(true);
    expect(a2.body.feedback.reference.length).toBeGreaterThan(0);
    expect(['next-question', 'finished']).toContain(a2.body.feedback.next);

    // Pause blocks answers until resumed.
    await send('POST', `/api/interviews/${id}/pause`);
    const blocked = await send('POST', `/api/interviews/${id}/answer`, { text: 'x' });
    expect(blocked.status).toBe(400);
    expect(blocked.body.error.message).toContain('resume it first');
    await send('POST', `/api/interviews/${id}/resume`);

    let current = (await send('GET', `/api/interviews/${id}`)).body;
    let guard = 0;
    while (current.status === 'active' && guard++ < 20) {
      const r = await send('POST', `/api/interviews/${id}/answer`, {
        text: '我不太会这道题',
        durationMs: 1_000,
      });
      expect(r.status).toBe(200);
      current = r.body.interview;
    }
    expect(current.status).toBe('finished');
    expect(typeof current.total).toBe('number');

    const report = (await send('GET', `/api/interviews/${id}/report`)).body;
    expect(report.answered).toBe(report.planned);
    expect(report.questions[0].questionId).toBe(first);
    expect(report.questions[0].followUps).toHaveLength(1);
    expect(report.questions[0].seconds).toBe(65);
    expect(report.sections.length).toBeGreaterThan(0);
    expect(report.weakest.length).toBeGreaterThan(0);
    expect(report.total).toBe(current.total);

    const cards = (await send('POST', `/api/interviews/${id}/cards`)).body;
    expect(cards.added).toBeGreaterThan(0);
    const list = (await send('GET', '/api/interviews')).body.items;
    expect(list.map((x: any) => x.id)).toContain(id);
    expect((await send('POST', `/api/interviews/${id}/answer`, { text: 'x' })).status).toBe(400);
  });

  it('abandons, and validates its input', async () => {
    const created = (
      await send('POST', '/api/interviews', { role: 'mix', minutes: 20, level: 'campus' })
    ).body;
    expect((await send('POST', `/api/interviews/${created.id}/abandon`)).body.status).toBe(
      'abandoned',
    );
    expect((await send('POST', `/api/interviews/${created.id}/resume`)).status).toBe(400);
    const bad = await send('POST', '/api/interviews', {
      role: 'chef',
      minutes: 20,
      level: 'social',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('invalid body parameter "role"');
    expect(
      (await send('POST', '/api/interviews', { role: 'algorithm', minutes: 5, level: 'social' }))
        .body.error.message,
    ).toContain('must be at least 10');
    expect((await send('GET', '/api/interviews/nope')).status).toBe(404);
  });
});
