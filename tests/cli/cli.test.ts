// The CLI as a user runs it: the package bin over the real, built bank.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realBundle } from '../helpers/bundle.ts';
import { questionFile, questionFrontMatter } from '../helpers/fixture-content.ts';
import { safetensorsFile } from '../helpers/model-files.ts';
import { ROOT, tempDir } from '../helpers/paths.ts';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/aigc-interview.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Each command compiles or loads the whole bank in a fresh process: allow for a busy machine.
describe('aigc-interview CLI', { timeout: 90_000 }, () => {
  it('stats --json prints exactly one object with every outline point', () => {
    const { code, out } = cli('stats', '--json');
    expect(code).toBe(0);
    const stats = JSON.parse(out);
    expect(Object.keys(stats)).toEqual([
      'questions',
      'points',
      'pointsCovered',
      'tracks',
      'byPoint',
    ]);
    expect(stats.tracks.map((t: any) => t.id)).toEqual([
      'algorithm',
      'backend',
      'vision',
      'multimodal',
    ]);
    for (const t of stats.tracks) {
      expect(Object.keys(t)).toEqual([
        'id',
        'title',
        'questions',
        'points',
        'pointsCovered',
        'types',
        'sections',
      ]);
      const byType = Object.values(t.types as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(byType).toBe(t.questions);
      const bySection = t.sections.reduce((n: number, s: any) => n + s.questions, 0);
      expect(bySection).toBe(t.questions);
    }
    expect(stats.points).toBeGreaterThanOrEqual(120);
    expect(Object.keys(stats.byPoint)).toHaveLength(stats.points);
    const sum = Object.values(stats.byPoint as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBe(stats.questions);
    expect(stats.questions).toBe(realBundle().questions.length);
  });

  it('stats prints a readable summary', () => {
    const { code, out } = cli('stats');
    expect(code).toBe(0);
    expect(out).toContain('算法/模型研发 (algorithm)');
    expect(out).toMatch(/\d+ questions · \d+\/\d+ outline points covered/);
  });

  it('check passes on the bank', () => {
    const { code, out } = cli('check');
    expect(out).toMatch(/✓ content OK: \d+ questions, \d+ glossary terms/);
    expect(code).toBe(0);
  });

  it('check reports every problem in drafts and exits 1', () => {
    const t = tempDir();
    try {
      const dir = join(t.dir, 'algorithm/fundamentals');
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'draft-a.md'),
        questionFile(
          questionFrontMatter('draft-b', { points: ['algorithm.fundamentals.tokenization'] }),
        ),
      );
      writeFileSync(join(dir, 'draft-c.md'), '# no front matter');
      const { code, out } = cli('check', '--drafts', t.dir);
      expect(code).toBe(1);
      expect(out).toMatch(/draft-a\.md:2: id "draft-b" differs from the file name "draft-a\.md"/);
      expect(out).toMatch(/draft-c\.md:1: no YAML front matter/);
      expect(out).toMatch(/✗ 2 problem\(s\) in the content/);
    } finally {
      t.cleanup();
    }
  });

  it('search --json prints results with id, title and score', () => {
    const first = realBundle().questions[0]!;
    const { code, out } = cli('search', first.title, '--json', '--limit', '3');
    expect(code).toBe(0);
    const { results } = JSON.parse(out);
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(3);
    expect(Object.keys(results[0])).toEqual(['id', 'title', 'score']);
    expect(results[0].id).toBe(first.id);
  });

  it('search takes mixed Chinese and English words', () => {
    const { code, out } = cli('search', 'KV', 'cache', '显存');
    expect(code).toBe(0);
    expect(out.trim().length).toBeGreaterThan(0);
  });

  it('show prints a question and explains an unknown id', () => {
    const q = realBundle().questions[0]!;
    const shown = cli('show', q.id);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain(q.title);
    expect(shown.out).toContain('面试速答');
    expect(shown.out).toContain('追问');
    const json = JSON.parse(cli('show', q.id, '--json').out);
    expect(json.id).toBe(q.id);
    const missing = cli('show', 'no-such-question');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no question with id "no-such-question"');
  });

  it('lab prints the calculators and computes the two documented forms', () => {
    const kv = JSON.parse(
      cli('lab', 'kv-cache', '--model', 'llama-2-7b', '--dtype', 'fp16', '--json').out,
    );
    expect(kv).toMatchObject({
      lab: 'kv-cache',
      bytesPerToken: 524288,
      inputs: { model: 'llama-2-7b', dtype: 'fp16' },
    });
    const expected: Record<string, number> = { '0': 120e9, '1': 31.4e9, '2': 16.6e9, '3': 1.9e9 };
    for (const [zero, bytes] of Object.entries(expected)) {
      const r = JSON.parse(
        cli('lab', 'train-memory', '--params', '7.5e9', '--gpus', '64', '--zero', zero, '--json')
          .out,
      );
      expect(r.bytesPerGpu / 1e9, `zero ${zero}`).toBeCloseTo(bytes / 1e9, 1);
    }
    const list = cli('lab', '--list');
    expect(list.out).toContain('kv-cache');
    expect(list.out).toContain('--zero');
    const bad = cli('lab', 'train-memory', '--params', '7e9', '--zero', '5');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--zero: must be 0, 1, 2 or 3');
    expect(cli('lab', 'warp-drive').err).toContain('unknown lab "warp-drive"');
    const t = tempDir();
    try {
      writeFileSync(join(t.dir, 'tiny.safetensors'), safetensorsFile());
      const info = JSON.parse(
        cli('lab', 'model-files', '--file', join(t.dir, 'tiny.safetensors'), '--json').out,
      );
      expect(info).toMatchObject({
        lab: 'model-files',
        format: 'safetensors',
        parameters: 36,
        tensorCount: 2,
      });
      writeFileSync(join(t.dir, 'bad.safetensors'), safetensorsFile().subarray(0, 30));
      expect(cli('lab', 'model-files', '--file', join(t.dir, 'bad.safetensors')).err).toContain(
        'truncated',
      );
    } finally {
      t.cleanup();
    }
  });

  it('plan --json prints a seeded interview', () => {
    const a = JSON.parse(
      cli(
        'plan',
        '--role',
        'backend',
        '--minutes',
        '45',
        '--level',
        'social',
        '--seed',
        '42',
        '--json',
      ).out,
    );
    const b = JSON.parse(
      cli(
        'plan',
        '--role',
        'backend',
        '--minutes',
        '45',
        '--level',
        '社招',
        '--seed',
        '42',
        '--json',
      ).out,
    );
    expect(a).toEqual(b);
    expect(a.questions.length).toBeGreaterThan(0);
    expect(Object.keys(a.questions[0])).toEqual([
      'id',
      'track',
      'section',
      'type',
      'difficulty',
      'minutes',
    ]);
    expect(a.questions.reduce((s: number, q: any) => s + q.minutes, 0)).toBeLessThanOrEqual(45);
    expect(cli('plan', '--role', 'chef').err).toContain('--role must be one of');
  });

  it('rejects bad options with a clear message', () => {
    const bad = cli('search', 'x', '--limit', 'zero');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('must be a whole number of at least 1');
    const unknown = cli('frobnicate');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain("unknown command 'frobnicate'");
  });
  it('migrates, backs up a live SQLite file and exports the local data', async () => {
    const t = tempDir();
    try {
      const url = `sqlite:${join(t.dir, 'app.db')}`;
      const m = cli('migrate', '--database', url);
      expect(m.code).toBe(0);
      expect(m.out).toContain('schema up to date');
      // Put some data in through the app's own database layer, as the server would.
      const { openDatabase } = await import('../../src/db/connect.ts');
      const { ensureUser, LOCAL_USER_ID } = await import('../../src/db/users.ts');
      const { addBookmark } = await import('../../src/db/bookmarks.ts');
      const db = await openDatabase(url);
      await ensureUser(db.db, LOCAL_USER_ID, new Date());
      const qid = realBundle().questions[0]!.id;
      await addBookmark(db.db, LOCAL_USER_ID, qid, new Date());
      // Back up while the database is open (online backup), then read the copy.
      const copy = join(t.dir, 'copy.db');
      const b = cli('backup', copy, '--database', url);
      expect(b.code, b.err).toBe(0);
      await db.close();
      const again = cli('backup', copy, '--database', url);
      expect(again.code).toBe(1);
      expect(again.err).toMatch(/exists: choose a new file name/);
      const exported = cli('export-data', '--database', `sqlite:${copy}`);
      expect(exported.code, exported.err).toBe(0);
      const data = JSON.parse(exported.out);
      expect(data).toMatchObject({ format: 'aigc-interview-user-data', version: 1 });
      expect(data.bookmarks.map((x: any) => x.question_id)).toEqual([qid]);
      const pg = cli('backup', 'x.dump', '--database', 'postgres://u@127.0.0.1/db');
      expect(pg.code).toBe(1);
      expect(pg.err).toMatch(/pg_dump/);
    } finally {
      t.cleanup();
    }
  });
  it('exports an Anki deck and Markdown for a section', () => {
    const t = tempDir();
    try {
      const file = join(t.dir, 'serving.txt');
      const r = cli('export', 'anki', '--section', 'backend.serving', '-o', file);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toMatch(/questions → .*serving\.txt/);
      const text = readFileSync(file, 'utf8');
      expect(text.split('\n').slice(0, 2)).toEqual(['#separator:tab', '#html:true']);
      const md = cli('export', 'markdown', '--section', 'backend.serving');
      expect(md.code).toBe(0);
      expect(md.out).toMatch(/^# backend\.serving/);
      const bad = cli('export', 'pdf');
      expect(bad.code).toBe(1);
      expect(bad.err).toMatch(/use "anki".*or "markdown"/);
      const badSection = cli('export', 'anki', '--section', 'nope');
      expect(badSection.err).toMatch(/unknown section "nope"/);
    } finally {
      t.cleanup();
    }
  });
});
