// 面经 import on SQLite and PostgreSQL: extract, match, confirm or keep as own, practise, review own cards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/core/bundle.ts';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { fixtureApp, fixtureBundle, requestJson } from '../helpers/fixture-app.ts';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await fixtureBundle();
});

const REPORT = `某厂 大模型算法 一面
1. 注意力为什么要除以根号 d_k？
2. LLaMA-2-7B 推理时 KV Cache 显存怎么估算
3. 你周末喜欢做什么运动
反问`;

describe.each(DIALECTS)('interview reports on $name', ({ open }) => {
  let db: TestDatabase;
  let app: Awaited<ReturnType<typeof fixtureApp>>;
  const send = (method: string, path: string, payload?: unknown) =>
    requestJson(app, method, path, payload);
  beforeAll(async () => {
    db = await open();
    app = await fixtureApp(db, bundle);
  });
  afterAll(() => db.drop());

  let reportId = '';
  it('extracts the questions and suggests bank matches', async () => {
    const r = await send('POST', '/api/reports', {
      company: '某厂',
      role: '大模型算法',
      text: REPORT,
    });
    expect(r.status).toBe(201);
    reportId = r.body.id;
    expect(r.body.items.map((i: any) => [i.text, i.status, i.questionId])).toEqual([
      ['某厂 大模型算法 一面', 'own', null],
      ['注意力为什么要除以根号 d_k?', 'suggested', 'attn-scaling'],
      ['LLaMA-2-7B 推理时 KV Cache 显存怎么估算', 'suggested', 'kv-size'],
      ['你周末喜欢做什么运动', 'own', null],
    ]);
    expect(r.body.items[1].candidates[0].questionId).toBe('attn-scaling');
    const list = await send('GET', '/api/reports');
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: reportId, company: '某厂', total: 4, matched: 2, own: 2 }),
    ]);
  });

  it('lets the user confirm, correct or keep a line as their own', async () => {
    const r = (await send('GET', `/api/reports/${reportId}`)).body;
    const [heading, scaling, , sport] = r.items;
    await send('PUT', `/api/reports/${reportId}/items/${scaling.id}`, {
      status: 'confirmed',
      questionId: 'attn-basics',
    });
    const own = await send('PUT', `/api/reports/${reportId}/items/${sport.id}`, {
      status: 'own',
      ownAnswer: '跑步。',
    });
    expect(own.body.items[3]).toMatchObject({ status: 'own', ownAnswer: '跑步。' });
    expect(own.body.items[1]).toMatchObject({ status: 'confirmed', questionId: 'attn-basics' });
    const bad = await send('PUT', `/api/reports/${reportId}/items/${heading.id}`, {
      status: 'confirmed',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('a confirmed item needs a questionId');
    expect(
      (
        await send('PUT', `/api/reports/${reportId}/items/${heading.id}`, {
          status: 'confirmed',
          questionId: 'nope',
        })
      ).status,
    ).toBe(404);
    expect(
      (await send('PUT', `/api/reports/${reportId}/items/no-such-item`, { status: 'own' })).status,
    ).toBe(404);
  });

  it('practises the company list and reviews own questions as cards', async () => {
    const set = await send('GET', `/api/practice/set?source=report&id=${reportId}`);
    expect(set.body.questionIds).toEqual(['attn-basics', 'kv-size']);
    const cards = await send('POST', `/api/reports/${reportId}/cards`);
    expect(cards.body).toEqual({ added: 4 });
    // Review everything due; own cards come with their text and the user's answer.
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      const next = (await send('GET', '/api/review/next')).body;
      if (next.own) {
        seen.push(`own:${next.own.text}`);
        const r = await send('POST', '/api/review', {
          questionId: `own:${next.own.itemId}`,
          rating: 3,
          answer: '随便写写',
        });
        expect(r.status).toBe(200);
      } else {
        seen.push(next.question.id);
        await send('POST', '/api/review', { questionId: next.question.id, rating: 3 });
      }
    }
    expect(seen.sort()).toEqual([
      'attn-basics',
      'kv-size',
      'own:你周末喜欢做什么运动',
      'own:某厂 大模型算法 一面',
    ]);
  });

  it('rejects empty reports and deletes', async () => {
    const empty = await send('POST', '/api/reports', { company: 'X', text: '一面\n反问' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.id).toBe('no_questions');
    expect(
      (await send('POST', '/api/reports', { company: '', text: 'x' })).body.error.message,
    ).toContain('name the company');
    expect((await send('DELETE', `/api/reports/${reportId}`)).body).toEqual({ removed: true });
    expect((await send('GET', `/api/reports/${reportId}`)).status).toBe(404);
  });
});
