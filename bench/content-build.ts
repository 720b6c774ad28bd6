/**
 * Content build: a bank of 1,000 questions compiled from scratch by the CLI (a fresh process, as
 * an author runs it), and the incremental rebuild in watch mode after one file changes.
 * The 1,000 are the real bank, topped up with copies under new ids (so the compile does the same
 * work per question as on real content).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { watchContent } from '../src/content/watch.ts';
import { type Figure, figure } from './stats.ts';

export interface BuildResults {
  buildMs: Figure;
  incrementalBuildMs: Figure;
  questions: number;
}

/** Copy content/ to a temporary root and top the questions up to `target` with renamed copies. */
export function makeBank(root: string, target: number): { dir: string; questions: number } {
  const dir = mkdtempSync(join(tmpdir(), 'aigc-bench-bank-'));
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const qdir = join(dir, 'content/questions');
  const files = readdirSync(qdir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort();
  let n = files.length;
  for (let copy = 2; n < target; copy++) {
    for (const f of files) {
      if (n >= target) break;
      const id = f.slice(f.lastIndexOf('/') + 1, -3);
      const text = readFileSync(join(qdir, f), 'utf8')
        .replace(`id: ${id}\n`, `id: ${id}-copy${copy}\n`)
        // A title of its own, so the near-duplicate check has nothing to report.
        .replace(
          /^title: .*$/m,
          `title: 复制题 ${createHash('sha1').update(`${id}:${copy}`).digest('hex').slice(0, 20)}`,
        )
        .replace(/^related:.*(\n\s+- .*)*/m, 'related: []');
      const out = join(qdir, dirname(f), `${id}-copy${copy}.md`);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, text);
      n++;
    }
  }
  return { dir, questions: n };
}

export async function benchContentBuild(root: string, target = 1000): Promise<BuildResults> {
  const bank = makeBank(root, target);
  try {
    const scratch: number[] = [];
    for (let i = 0; i < 3; i++) {
      rmSync(join(bank.dir, 'dist'), { recursive: true, force: true });
      const t = performance.now();
      execFileSync(process.execPath, [join(root, 'bin/aigc-interview.js'), 'build-content'], {
        env: { ...process.env, AIGC_ROOT: bank.dir },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      scratch.push(performance.now() - t);
    }
    const incremental: number[] = [];
    const times: number[] = [];
    const watcher = await watchContent(bank.dir, (e) => {
      if (e.kind === 'problems')
        throw new Error(`the bench bank has problems: ${e.problems[0]?.message}`);
      times.push(e.ms);
    });
    try {
      const file = join(
        bank.dir,
        'content/questions',
        readdirSync(join(bank.dir, 'content/questions'), { recursive: true })
          .map(String)
          .find((f) => f.endsWith('.md'))!,
      );
      for (let i = 0; i < 5; i++) {
        const before = times.length;
        appendFileSync(file, `\n补充第 ${i + 1} 行。\n`);
        while (times.length === before) await watcher.idle();
        incremental.push(times.at(-1)!);
      }
    } finally {
      watcher.close();
    }
    return {
      buildMs: figure(scratch, 'ms', 0),
      incrementalBuildMs: figure(incremental, 'ms', 0),
      questions: bank.questions,
    };
  } finally {
    rmSync(bank.dir, { recursive: true, force: true });
  }
}
