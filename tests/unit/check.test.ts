// The content check: every problem reported at once, as path:line: message (fix).
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile.ts';
import { formatProblem } from '../../src/content/problems.ts';
import {
  BODY,
  questionFile,
  questionFrontMatter,
  writeContent,
} from '../helpers/fixture-content.ts';
import { tempDir } from '../helpers/paths.ts';

const Q = 'questions/algorithm/fundamentals';
let cleanup = () => {};
afterEach(() => cleanup());

async function check(files: Record<string, string>, options?: Parameters<typeof writeContent>[2]) {
  const t = tempDir();
  cleanup = t.cleanup;
  writeContent(t.dir, files, options);
  const result = await compileContent(t.dir);
  return { ...result, lines: result.problems.map(formatProblem) };
}

describe('content check', () => {
  it('accepts valid content and compiles it', async () => {
    const { lines, bundle } = await check({
      [`${Q}/good-one.md`]: questionFile(questionFrontMatter('good-one')),
    });
    expect(lines).toEqual([]);
    expect(bundle!.questions.map((q) => q.id)).toEqual(['good-one']);
    expect(bundle!.questions[0]!.section).toBe('algorithm.fundamentals');
  });

  it('names file, line and fix for schema errors', async () => {
    const fm = questionFrontMatter('bad-schema', { difficulty: 7, type: 'quiz', extra: 1 });
    const { lines } = await check({ [`${Q}/bad-schema.md`]: questionFile(fm) });
    expect(lines).toEqual([
      `content/${Q}/bad-schema.md:6: type: must be one of "concept", "principle", "derivation", "calculation", "comparison", "design", "coding", "scenario", "open" (see CONTENT_GUIDE.md and src/core/schema/question.ts)`,
      `content/${Q}/bad-schema.md:7: difficulty: Too big: expected number to be <=5 (see CONTENT_GUIDE.md and src/core/schema/question.ts)`,
      `content/${Q}/bad-schema.md:28: (top level): unknown field "extra" (see CONTENT_GUIDE.md and src/core/schema/question.ts)`,
    ]);
  });

  it('reports a missing field and YAML syntax errors', async () => {
    const { lines } = await check({
      [`${Q}/no-title.md`]: questionFile({ ...questionFrontMatter('no-title'), title: undefined }),
      [`${Q}/broken.md`]: '---\nid: broken\ntitle: [unclosed\n---\nbody',
      [`${Q}/no-front.md`]: '# just markdown',
    });
    expect(lines).toContain(
      `content/${Q}/no-title.md:2: title: expected string but the field is missing (see CONTENT_GUIDE.md and src/core/schema/question.ts)`,
    );
    expect(lines.some((l) => l.startsWith(`content/${Q}/broken.md:3: YAML syntax error`))).toBe(
      true,
    );
    expect(lines).toContain(
      `content/${Q}/no-front.md:1: no YAML front matter (start the file with a line "---", the front matter, then a line "---")`,
    );
  });

  it('reports every cross-file problem in one run', async () => {
    const { lines } = await check({
      [`${Q}/dup-a.md`]: questionFile(
        questionFrontMatter('dup-a', { title: '第一道：大模型推理时 KV Cache 占多少显存？' }),
      ),
      [`${Q}/dup-b.md`]: questionFile(
        questionFrontMatter('dup-a', {
          title: '完全不同的一道：为什么要用 RMSNorm 替代 LayerNorm？',
        }),
      ),
      [`${Q}/unknown-point.md`]: questionFile(
        questionFrontMatter('unknown-point', {
          points: ['algorithm.fundamentals.nope'],
          title: '未知知识点的题目会被怎样处理呢？',
        }),
      ),
      [`${Q}/weights.md`]: questionFile(
        questionFrontMatter('weights', {
          title: '得分点权重之和不是一百的题目？',
          rubric: [
            { point: '第一点内容', weight: 50, keywords: ['a'] },
            { point: '第二点内容', weight: 30, keywords: ['(unclosed'] },
          ],
        }),
      ),
      [`${Q}/dangling.md`]: questionFile(
        questionFrontMatter('dangling', {
          title: '引用了不存在的题目和实验会怎样？',
          related: ['nowhere', 'dangling'],
          labs: ['nolab'],
        }),
      ),
      [`${Q}/near-one.md`]: questionFile(
        questionFrontMatter('near-one', {
          title: 'LLaMA-2-7B 推理时 KV Cache 的显存占用如何估算？',
        }),
      ),
      [`${Q}/near-two.md`]: questionFile(
        questionFrontMatter('near-two', {
          title: 'LLaMA-2-7B 推理时 KV Cache 的显存占用怎么估算？',
        }),
      ),
      'questions/vision/video/wrong-folder.md': questionFile(
        questionFrontMatter('wrong-folder', { title: '放错目录的题目会被发现吗？' }),
      ),
    });
    const text = lines.join('\n');
    expect(text).toContain(
      `content/${Q}/dup-b.md:2: duplicate question id "dup-a" (also in content/${Q}/dup-a.md) (give each question its own id)`,
    );
    expect(text).toContain(
      `content/${Q}/dup-b.md:2: id "dup-a" differs from the file name "dup-b.md" (rename the file to dup-a.md or set id: dup-b)`,
    );
    expect(text).toContain(
      `content/${Q}/unknown-point.md:5: unknown outline point "algorithm.fundamentals.nope" (use a point id from content/outline.yaml)`,
    );
    expect(text).toContain(
      `content/${Q}/weights.md:13: rubric weights sum to 80, not 100 (adjust the weights so that they sum to 100)`,
    );
    expect(text).toMatch(
      /weights\.md:\d+: keyword "\(unclosed" is not a valid pattern: .* \(escape special characters/,
    );
    expect(text).toContain(
      `content/${Q}/dangling.md:29: related question "nowhere" does not exist (use the id of an existing question or remove it)`,
    );
    expect(text).toContain(
      `content/${Q}/dangling.md:30: a question cannot be related to itself (remove "dangling" from related)`,
    );
    expect(text).toMatch(
      /dangling\.md:32: unknown lab "nolab" \(use one of: gpu-memory, kv-cache,/,
    );
    expect(text).toMatch(/near-two\.md:3: title is a near-duplicate \(\d+% alike\) of "near-one"/);
    expect(text).toContain(
      'content/questions/vision/video/wrong-folder.md:5: primary point "algorithm.fundamentals.attention" belongs in content/questions/algorithm/fundamentals/ (move the file there or change the first point)',
    );
  });

  it('checks math, code fences, links and lengths', async () => {
    const body = `${BODY}\n坏公式 $\\frac{1}{$ 在这里。\n\n\`\`\`\nno language\n\`\`\`\n\n\`\`\`brainfuck\n+++\n\`\`\`\n\n[坏链接](javascript:alert(1)) 与 [另一个](ftp://x)\n\n$$\n\\badcommand{x}\n$$\n`;
    const fm = questionFrontMatter('markdown-bad', { quick_answer: '太短了' });
    const { lines } = await check({ [`${Q}/markdown-bad.md`]: questionFile(fm, body) });
    const text = lines.join('\n');
    expect(text).toMatch(/markdown-bad\.md:\d+: KaTeX cannot parse \$\\frac\{1\}\{\$: /);
    expect(text).toMatch(
      /markdown-bad\.md:\d+: code block without a language \(write the language after the opening fence/,
    );
    expect(text).toMatch(/markdown-bad\.md:\d+: unknown code language "brainfuck"/);
    expect(text).toMatch(
      /markdown-bad\.md:\d+: malformed or unsafe link "ftp:\/\/x" \(link only to http\(s\) URLs\)/,
    );
    expect(text).toMatch(
      /markdown-bad\.md:\d+: KaTeX cannot parse \$\$\\badcommand\{x\}\$\$: Undefined control sequence/,
    );
    expect(text).toMatch(
      /markdown-bad\.md:11: quick_answer has 3 characters \(keep it between 80 and 250 characters/,
    );
    // The fence without a language stands on its own line in the body.
    const fenceLine = Number(
      /markdown-bad\.md:(\d+): code block without a language/.exec(text)![1],
    );
    const fileLines = questionFile(fm, body).split('\n');
    expect(fileLines[fenceLine - 1]).toBe('```');
  });

  it('checks the outline and the glossary', async () => {
    const outline = structuredClone(
      (await import('../helpers/fixture-content.ts')).FIXTURE_OUTLINE,
    ) as {
      tracks: { sections: { topics: { points: { id: string; see_also?: string[] }[] }[] }[] }[];
      roles: { weights: Record<string, number> }[];
    };
    outline.tracks[0]!.sections[0]!.topics[0]!.points[1]!.id = 'algorithm.fundamentals.attention';
    outline.tracks[0]!.sections[0]!.topics[0]!.points[0]!.see_also = ['algorithm.nowhere.x'];
    outline.roles[0]!.weights = { 'algorithm.elsewhere': 1 };
    const glossary = [
      {
        id: 'a',
        zh: '显存',
        en: 'GPU memory',
        aliases: [],
        definition: '定义一。',
        category: 'hardware',
      },
      {
        id: 'b',
        zh: '显存',
        en: 'VRAM',
        aliases: [],
        definition: '定义二。',
        category: 'hardware',
      },
    ];
    const { lines } = await check({}, { outline, glossary });
    const text = lines.join('\n');
    expect(text).toMatch(
      /content\/outline\.yaml:\d+: duplicate outline id "algorithm\.fundamentals\.attention"/,
    );
    expect(text).toMatch(
      /content\/outline\.yaml:\d+: see_also names unknown point "algorithm\.nowhere\.x"/,
    );
    expect(text).toMatch(
      /content\/outline\.yaml:\d+: role "algorithm" weighs unknown section "algorithm\.elsewhere"/,
    );
    expect(text).toMatch(
      /content\/outline\.yaml:\d+: role "algorithm" gives no weight to section "algorithm\.fundamentals"/,
    );
    expect(text).toMatch(
      /content\/glossary\.yaml:\d+: "显存" of term "b" is already a form of term "a"/,
    );
  });
});
