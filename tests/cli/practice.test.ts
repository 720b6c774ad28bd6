// Practising in the terminal: review, quiz and interview through a pseudo-terminal (what a user
// sees, with colours and a progress bar), and the same commands with --json for scripts — on a
// real SQLite file that the web app's database layer reads.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listCards } from '../../src/db/cards.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { LOCAL_USER_ID } from '../../src/db/users.ts';
import { realCatalog } from '../helpers/bundle.ts';
import { ROOT, tempDir } from '../helpers/paths.ts';
import { runInPty } from '../helpers/pty.ts';

const t = tempDir('aigc-cli-practice-');
const DATABASE_URL = `sqlite:${join(t.dir, 'practice.db')}`;
afterAll(() => t.cleanup());

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/aigc-interview.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('terminal practice', { timeout: 90_000 }, () => {
  const catalog = realCatalog();
  const ids = catalog
    .list({ section: 'backend.serving' })
    .slice(0, 2)
    .map((q) => q.id);

  it('review: reveal, rate and finish with a summary, in a terminal', async () => {
    expect(cli('review', '--add', ...ids).code).toBe(0);
    const due = JSON.parse(cli('review', '--json').out);
    expect(due.due.map((c: any) => c.id).sort()).toEqual([...ids].sort());

    const pty = runInPty(['review'], { DATABASE_URL });
    await pty.waitFor('到期 2 张');
    await pty.waitFor('按 Enter 显示参考答案');
    pty.type('');
    await pty.waitFor('── 30 秒回答 ──');
    await pty.waitFor('记得怎么样？');
    pty.type('7');
    await pty.waitFor('请输入 1、2、3 或 4');
    pty.type('3');
    await pty.waitFor(/1\/2[\s\S]*按 Enter 显示参考答案/);
    pty.type('');
    await pty.waitFor(/记得怎么样？[\s\S]*记得怎么样？/);
    pty.type('1');
    await pty.waitFor('完成');
    expect(await pty.exit()).toBe(0);
    expect(pty.text()).toContain('复习 2 张（忘了 1 · 困难 0 · 记得 1 · 简单 0）');
    expect(pty.text()).toContain('[████████████████████] 2/2');
    expect(pty.raw()).toContain('\u001b[1m'); // bold in a terminal

    const db = await openDatabase(DATABASE_URL);
    try {
      const cards = await listCards(db.db, LOCAL_USER_ID);
      expect(cards.map((c) => c.reps)).toEqual([1, 1]);
    } finally {
      await db.close();
    }
  });

  it('review --rate records ratings for scripts', () => {
    const r = cli('review', '--rate', `${ids[0]}=4`, '--json');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).recorded[0]).toMatchObject({ id: ids[0], rating: 4, reps: 2 });
    const bad = cli('review', '--rate', 'oops');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--rate "oops" must look like <question id>=<1-4>/);
  });

  it('quiz: the same seed draws the same questions in the terminal and as JSON', async () => {
    const plan = JSON.parse(
      cli('quiz', '--section', 'backend.serving', '-n', '2', '--seed', '3', '--json').out,
    );
    expect(plan.questions).toHaveLength(2);
    const [first, second] = plan.questions.map((q: any) => catalog.byId.get(q.id)!);

    const pty = runInPty(['quiz', '--section', 'backend.serving', '-n', '2', '--seed', '3'], {
      DATABASE_URL,
    });
    await pty.waitFor(first!.title.slice(0, 20));
    await pty.waitFor('空行结束');
    for (const line of first!.quickAnswer.split('\n')) pty.type(line);
    pty.type('');
    await pty.waitFor(/得分 \d+\/100/);
    await pty.waitFor(second!.title.slice(0, 20));
    pty.type('不知道');
    pty.type('');
    await pty.waitFor('平均分');
    expect(await pty.exit()).toBe(0);
    const scores = [...pty.text().matchAll(/得分 (\d+)\/100/g)].map((m) => Number(m[1]));
    expect(scores[0]).toBeGreaterThanOrEqual(60);
    expect(scores[1]).toBeLessThan(30);
    expect(pty.text()).toContain('需要加强');

    const answers = join(t.dir, 'answers.json');
    writeFileSync(
      answers,
      JSON.stringify({ [first!.id]: first!.quickAnswer, [second!.id]: '不知道' }),
    );
    const graded = JSON.parse(cli('quiz', '--answers', answers, '--json').out);
    expect(graded.results.map((r: any) => r.score)).toEqual(scores);
  });

  it('interview: follow-ups after a good answer, then the report', async () => {
    const plan = JSON.parse(
      cli('interview', '--role', 'backend', '--minutes', '20', '--seed', '5', '--json').out,
    );
    const q = catalog.byId.get(plan.plan[0].id)!;
    const pty = runInPty(['interview', '--role', 'backend', '--minutes', '20', '--seed', '5'], {
      DATABASE_URL,
    });
    await pty.waitFor(`1. ${q.title.slice(0, 20)}`);
    await pty.waitFor('空行结束');
    for (const line of `${q.quickAnswer}\n${q.body}`.split('\n').filter((l) => l.trim()))
      pty.type(line);
    pty.type('');
    await pty.waitFor('追问 1');
    await pty.waitFor(/追问 1[\s\S]*空行结束/);
    pty.type(':q');
    await pty.waitFor('面试报告');
    expect(await pty.exit()).toBe(0);
    expect(pty.text()).toMatch(/作答 1\/\d+/);
  });

  it('says what is wrong with bad options', () => {
    expect(cli('interview', '--role', 'chef').err).toMatch(
      /--role must be one of algorithm, backend/,
    );
    expect(cli('quiz', '--section', 'nope', '--json').err).toMatch(/unknown section "nope"/);
  });
});
