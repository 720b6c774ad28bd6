// The bundle on disk: split into metadata and lazily read details; the compile cache and watch
// mode give exactly what a compile from scratch gives.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUNDLE_FILE,
  buildBundleFile,
  DETAILS_FILE,
  readBundleFile,
} from '../../src/content/bundle-file.ts';
import { CompileCache } from '../../src/content/cache.ts';
import { compileContent } from '../../src/content/compile.ts';
import { watchContent } from '../../src/content/watch.ts';
import { questionFile, questionFrontMatter, writeContent } from '../helpers/fixture-content.ts';
import { tempDir } from '../helpers/paths.ts';

const Q = 'questions/algorithm/fundamentals';
let cleanup = () => {};
afterEach(() => cleanup());

function fixture(n = 3) {
  const t = tempDir();
  cleanup = t.cleanup;
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++)
    files[`${Q}/q-${i}.md`] = questionFile(
      questionFrontMatter(`q-${i}`, { title: `第 ${i} 题：题目 ${'甲乙丙丁戊'[i]} 各不相同` }),
    );
  writeContent(t.dir, files);
  return t.dir;
}

describe('bundle files', () => {
  it('round-trips: metadata up front, details read on first use, equal to the compiled bundle', async () => {
    const dir = fixture();
    const { bundle } = await buildBundleFile(dir);
    const meta = JSON.parse(readFileSync(join(dir, BUNDLE_FILE), 'utf8'));
    expect(meta.questions[0].bodyHtml).toBeUndefined();
    expect(meta.questions[0].title).toBe(bundle.questions[0]!.title);
    const loaded = readBundleFile(dir)!;
    expect(loaded.questions[1]!.bodyHtml).toBe(bundle.questions[1]!.bodyHtml);
    expect(JSON.parse(JSON.stringify(loaded))).toEqual(JSON.parse(JSON.stringify(bundle)));
  });

  it('refuses a details file from another build', async () => {
    const dir = fixture();
    await buildBundleFile(dir);
    const details = join(dir, DETAILS_FILE);
    const text = readFileSync(details, 'utf8');
    writeFileSync(details, text.replace(/"contentHash":"[0-9a-f]+"/, '"contentHash":"0000"'));
    expect(readBundleFile(dir)).toBeUndefined();
  });
});

describe('compile cache', () => {
  it('gives the same bundle as a compile from scratch, after an edit', async () => {
    const dir = fixture();
    const cache = new CompileCache();
    await compileContent(dir, { cache });
    appendFileSync(join(dir, 'content', Q, 'q-1.md'), '\n新增的一段：多头注意力的补充说明。\n');
    const incremental = await compileContent(dir, { cache });
    const scratch = await compileContent(dir);
    expect(incremental.problems).toEqual(scratch.problems);
    expect(JSON.stringify(incremental.bundle)).toBe(JSON.stringify(scratch.bundle));
    expect(incremental.bundle!.questions.find((q) => q.id === 'q-1')!.body).toContain('新增的一段');
  });
  it('gives the same bundle as a compile from scratch after an outline title changes', async () => {
    // Compiled questions, their JSON and their search documents are reused across builds while
    // their inputs are the same objects; a renamed point must still reach every question under it.
    const dir = fixture();
    const cache = new CompileCache();
    await compileContent(dir, { cache });
    const outline = join(dir, 'content', 'outline.yaml');
    writeFileSync(outline, readFileSync(outline, 'utf8').replace('注意力机制', '注意力机制与缩放'));
    const incremental = await compileContent(dir, { cache });
    const scratch = await compileContent(dir);
    expect(JSON.stringify(incremental.bundle)).toBe(JSON.stringify(scratch.bundle));
    expect(incremental.bundle!.search.dict.length).toBeGreaterThan(0);
  });
});

describe('watch mode', () => {
  it('rebuilds the bundle after a change and reports problems without writing', async () => {
    const dir = fixture();
    const events: { kind: string; changed: string[] }[] = [];
    const watcher = await watchContent(dir, (e) => events.push(e));
    try {
      expect(events.map((e) => e.kind)).toEqual(['built']);
      const file = join(dir, 'content', Q, 'q-2.md');
      appendFileSync(file, '\n补充：缩放因子让 softmax 不饱和。\n');
      while (events.length < 2) await watcher.idle();
      expect(events[1]).toMatchObject({ kind: 'built', changed: [`${Q}/q-2.md`] });
      expect(readBundleFile(dir)!.questions.find((q) => q.id === 'q-2')!.body).toContain(
        '缩放因子让 softmax 不饱和',
      );

      const before = readFileSync(join(dir, BUNDLE_FILE), 'utf8');
      writeFileSync(file, readFileSync(file, 'utf8').replace('difficulty: 3', 'difficulty: 9'));
      while (events.length < 3) await watcher.idle();
      expect(events[2]!.kind).toBe('problems');
      expect(readFileSync(join(dir, BUNDLE_FILE), 'utf8')).toBe(before);
    } finally {
      watcher.close();
    }
  });
});
