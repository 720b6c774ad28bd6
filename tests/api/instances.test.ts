// The app as real processes over real HTTP: two instances on two ports share one database
// (sessions and data), and a server killed with SIGKILL in the middle of a stream of review writes
// comes back with every acknowledged write and no partial one — on SQLite and on PostgreSQL.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../helpers/databases.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { SessionClient } from '../helpers/session-client.ts';

const ENV = { AUTH: 'on' };

async function questionIds(base: string, n: number): Promise<string[]> {
  const r = await fetch(`${base}/api/questions?pageSize=${n}`);
  return ((await r.json()) as any).items.map((q: any) => q.id);
}

describe.each(DIALECTS)('server processes on $name', ({ name, open }) => {
  let db: TestDatabase;
  const running: ServerProcess[] = [];
  beforeAll(async () => {
    db = await open();
    // The test database stays open in this process only to create it; the servers open their own.
    await db.database.close();
  });
  afterAll(async () => {
    for (const s of running) await s.stop().catch(() => {});
    await db.drop().catch(() => {});
  });

  it('two instances serve one user consistently', async () => {
    const [a, b] = await Promise.all([
      startServerProcess(db.url, ENV),
      startServerProcess(db.url, ENV),
    ]);
    running.push(a, b);
    expect(a.url).not.toBe(b.url);
    const onA = SessionClient.overHttp(a.url);
    expect(
      (
        await onA.send('POST', '/api/auth/register', {
          username: `two_${name}`,
          password: 'shared secret',
        })
      ).status,
    ).toBe(201);
    // The same cookie on the other instance is the same session.
    const onB = SessionClient.overHttp(b.url);
    onB.cookie = onA.cookie;
    expect((await onB.send('GET', '/api/me')).body.user.username).toBe(`two_${name}`);
    const ids = await questionIds(a.url, 3);
    // Writes on one instance are read on the other, in both directions.
    await onA.send('POST', '/api/cards', { questionIds: ids });
    expect((await onB.send('GET', '/api/cards')).body.items).toHaveLength(3);
    const review = await onB.send('POST', '/api/review', { questionId: ids[0], rating: 3 });
    expect(review.status).toBe(200);
    const card = (await onA.send('GET', '/api/cards')).body.items.find(
      (c: any) => c.questionId === ids[0],
    );
    expect(card.reps).toBe(1);
    await onB.send('PUT', `/api/bookmarks/${ids[1]}`);
    expect(
      (await onA.send('GET', '/api/bookmarks')).body.items.map((x: any) => x.questionId),
    ).toEqual([ids[1]]);
    // Logging out on one instance ends the session on both.
    await onB.send('POST', '/api/auth/logout');
    expect((await onA.send('GET', '/api/me')).status).toBe(401);
    await Promise.all([a.stop(), b.stop()]);
  }, 90_000);

  it('keeps every acknowledged review and no partial one across a SIGKILL', async () => {
    const first = await startServerProcess(db.url, ENV);
    running.push(first);
    const s = SessionClient.overHttp(first.url);
    await s.send('POST', '/api/auth/register', {
      username: `kill_${name}`,
      password: 'durable secret',
    });
    const ids = await questionIds(first.url, 8);
    await s.send('POST', '/api/cards', { questionIds: ids });

    // Four concurrent writers review cards as fast as the server answers; the server is killed
    // while requests are in flight.
    const acked: { logId: string; questionId: string }[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const questionId = ids[(w * 2 + i) % ids.length]!;
        try {
          const r = await s.send('POST', '/api/review', {
            questionId,
            rating: 1 + ((i + w) % 4),
            answer: `writer ${w} answer ${i}`,
          });
          if (r.status === 200) acked.push({ logId: r.body.logId, questionId });
        } catch {
          return; // the connection died with the server
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    while (acked.length < 150) await new Promise((r) => setTimeout(r, 5));
    await first.kill();
    stop = true;
    await Promise.all(writers);
    expect(acked.length).toBeGreaterThanOrEqual(150);

    const second = await startServerProcess(db.url, ENV);
    running.push(second);
    const again = SessionClient.overHttp(second.url);
    again.cookie = s.cookie; // the session survived the crash too
    const data = (await again.send('GET', '/api/me/export')).body;
    const logs = new Map<string, any>(data.reviewLogs.map((l: any) => [l.id, l]));
    const missing = acked.filter((a) => !logs.has(a.logId));
    expect(missing).toEqual([]);
    // No partial review: each card is exactly the state after its last logged review, and its
    // repetition count matches the number of logged reviews.
    for (const card of data.cards) {
      const mine = data.reviewLogs
        .filter((l: any) => l.question_id === card.question_id && l.mode === 'review')
        .sort((x: any, y: any) => (x.reviewed_at < y.reviewed_at ? -1 : 1));
      expect(card.reps, card.question_id).toBe(mine.length);
      if (mine.length) {
        const last = JSON.parse(mine.at(-1).card_after);
        expect(card.due).toBe(last.due);
        expect(card.stability).toBeCloseTo(last.stability, 10);
      }
    }
    // Mistakes follow their logs: a question rated Again has its mistake row.
    const again1 = new Set(
      data.reviewLogs.filter((l: any) => l.rating === 1).map((l: any) => l.question_id),
    );
    expect(new Set(data.mistakes.map((m: any) => m.question_id))).toEqual(again1);
    await second.stop();
  }, 120_000);
});
