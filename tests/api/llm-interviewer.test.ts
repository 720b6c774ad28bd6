// The LLM interviewer against a local server speaking the OpenAI chat-completions protocol
// (a real model cannot run here): streaming, a malformed reply retried once, fallback to the offline
// grader with a notice on malformed output, slow replies, 401 and 500; the key never leaks.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/core/bundle.ts';
import { Catalog } from '../../src/core/catalog.ts';
import { createApp } from '../../src/server/app.ts';
import { LlmGrader } from '../../src/server/llm/client.ts';
import { startServer } from '../../src/server/start.ts';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases.ts';
import { fixtureBundle } from '../helpers/fixture-app.ts';
import { type MockLlm, startMockLlm } from '../helpers/mock-llm.ts';
import { ROOT, tempDir } from '../helpers/paths.ts';

const KEY = 'sk-test-secret-123';
let bundle: Bundle;
let db: TestDatabase;
let mock: MockLlm;
let app: Awaited<ReturnType<typeof createApp>>;

beforeAll(async () => {
  bundle = await fixtureBundle();
  db = await sqliteDatabase();
  mock = await startMockLlm();
  const llm = new LlmGrader({
    baseUrl: mock.url,
    model: 'mock-model',
    apiKey: KEY,
    timeoutMs: 800,
  });
  app = await createApp({ catalog: new Catalog(bundle), database: db.database, llm });
});
afterAll(async () => {
  await mock.close();
  await db.drop();
});
beforeEach(() => {
  mock.requests = [];
  mock.behaviour = 'ok';
});

async function send(method: string, path: string, payload?: unknown) {
  const res = await app.request(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    text,
    body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined,
  };
}

async function freshInterview() {
  const created = (
    await send('POST', '/api/interviews', {
      role: 'algorithm',
      minutes: 20,
      level: 'social',
      seed: 9,
    })
  ).body;
  const q = bundle.questions.find((x) => x.id === created.current.questionId)!;
  mock.verdict = {
    points: q.rubric.map((_, i) => ({
      index: i,
      hit: i === 0,
      justification: i === 0 ? '讲清了点积与缩放' : '没有提到',
    })),
    follow_up: 0,
    comment: '基本正确。',
  };
  return { id: created.id as string, q };
}

describe('LLM interviewer over the OpenAI protocol', () => {
  it('grades per rubric point from the streamed JSON, with the key only in the Authorization header', async () => {
    const { id, q } = await freshInterview();
    const r = await send('POST', `/api/interviews/${id}/answer`, {
      text: '点积再除以根号 d_k',
      durationMs: 1000,
    });
    expect(r.body.feedback.grader).toBe('llm');
    expect(r.body.feedback.notice).toBeNull();
    expect(r.body.feedback.score).toBe(q.rubric[0]!.weight);
    expect(r.body.feedback.points[0]).toMatchObject({ hit: true, note: '讲清了点积与缩放' });
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]!.authorization).toBe(`Bearer ${KEY}`);
    expect(mock.requests[0]!.body).toMatchObject({ model: 'mock-model', stream: true });
    expect(JSON.stringify(mock.requests[0]!.body.messages)).toContain(q.rubric[0]!.point);
    expect(r.text).not.toContain(KEY);
  });

  it('streams the reply as server-sent events, then the result', async () => {
    const { id } = await freshInterview();
    const r = await send('POST', `/api/interviews/${id}/answer/stream`, {
      text: '点积',
      durationMs: 1000,
    });
    expect(r.status).toBe(200);
    const events = r.text.split('\n\n').filter(Boolean);
    const deltas = events.filter((e) => e.startsWith('event: delta'));
    expect(deltas.length).toBeGreaterThan(2);
    const result = events.find((e) => e.startsWith('event: result'))!;
    expect(JSON.parse(result.slice(result.indexOf('data: ') + 6)).feedback.grader).toBe('llm');
  });

  it('retries a malformed reply once', async () => {
    const { id } = await freshInterview();
    mock.behaviour = 'malformed-then-ok';
    const r = await send('POST', `/api/interviews/${id}/answer`, {
      text: '点积',
      durationMs: 1000,
    });
    expect(mock.requests).toHaveLength(2);
    expect(r.body.feedback.grader).toBe('llm');
  });

  it.each([
    ['malformed', 'did not return valid JSON', 2],
    ['slow', '超时', 1],
    ['401', '401', 1],
    ['500', '500', 1],
  ] as const)(
    'falls back to the offline grader with a notice when the model is %s',
    async (behaviour, reason, calls) => {
      const { id } = await freshInterview();
      mock.behaviour = behaviour;
      const r = await send('POST', `/api/interviews/${id}/answer`, {
        text: '点积再除以根号 d_k，多头',
        durationMs: 1000,
      });
      expect(r.status).toBe(200);
      expect(r.body.feedback.grader).toBe('offline');
      expect(r.body.feedback.notice).toContain(reason);
      expect(r.body.feedback.notice).toContain('离线评分');
      expect(mock.requests).toHaveLength(calls);
      expect(r.text).not.toContain(KEY);
    },
  );

  it('is switched on by LLM_BASE_URL and LLM_MODEL when the server starts, over real HTTP', async () => {
    const t = tempDir('aigc-llm-');
    const start = (env: NodeJS.ProcessEnv) =>
      startServer({ root: ROOT, port: 0, databaseUrl: `sqlite:${t.dir}/llm.db`, env });
    const offline = await start({});
    try {
      const health = await (await fetch(`${offline.url}/api/health`)).json();
      expect(health.grader).toEqual({ kind: 'offline' });
    } finally {
      await offline.close();
    }
    const lines: string[] = [];
    const server = await startServer({
      root: ROOT,
      port: 0,
      databaseUrl: `sqlite:${t.dir}/llm.db`,
      env: { LLM_BASE_URL: mock.url, LLM_MODEL: 'mock-model', LLM_API_KEY: KEY },
      log: (l) => lines.push(l),
    });
    try {
      const health = await (await fetch(`${server.url}/api/health`)).json();
      expect(health.grader).toEqual({ kind: 'llm', model: 'mock-model' });
      const post = (path: string, body: unknown) =>
        fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        }).then((r) => r.json());
      const created = await post('/api/interviews', {
        role: 'backend',
        minutes: 20,
        level: 'social',
        seed: 3,
      });
      const q = await (
        await fetch(`${server.url}/api/questions/${created.current.questionId}`)
      ).json();
      mock.verdict = {
        points: q.rubric.map((_: unknown, i: number) => ({
          index: i,
          hit: true,
          justification: '覆盖',
        })),
        follow_up: null,
        comment: '好。',
      };
      const answered = await post(`/api/interviews/${created.id}/answer`, {
        text: '我的回答',
        durationMs: 1000,
      });
      expect(answered.feedback.grader).toBe('llm');
      expect(answered.feedback.score).toBe(100);
      expect(mock.requests[0]!.authorization).toBe(`Bearer ${KEY}`);
      expect(lines.join('\n')).toContain('mock-model');
      expect(lines.join('\n')).not.toContain(KEY);
    } finally {
      await server.close();
      t.cleanup();
    }
  });
});
