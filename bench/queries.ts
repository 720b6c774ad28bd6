/**
 * 500 search queries drawn from the bank itself, the way users type: Chinese phrases from titles,
 * English terms from the glossary, mixed "KV cache 显存"-style queries, and keystroke prefixes.
 */
import type { Bundle } from '../src/core/bundle.ts';
import { rng } from '../src/core/labs/random.ts';

export function benchQueries(bundle: Bundle, count = 500): string[] {
  const next = rng(20261130);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!;
  const titles = bundle.questions.map((q) => q.title);
  const english = bundle.glossary.map((t) => t.en).filter((e): e is string => Boolean(e));
  const chinese = bundle.glossary.map((t) => t.zh).filter((z): z is string => Boolean(z));
  const hanRun = (title: string) => {
    const runs = title.match(/\p{Script=Han}{2,}/gu) ?? [title];
    const run = pick(runs);
    const len = Math.min(run.length, 2 + Math.floor(next() * 5));
    const start = Math.floor(next() * (run.length - len + 1));
    return run.slice(start, start + len);
  };
  const out: string[] = [];
  while (out.length < count) {
    const kind = out.length % 5;
    if (kind === 0) out.push(hanRun(pick(titles)));
    else if (kind === 1) out.push(pick(english));
    else if (kind === 2) out.push(`${pick(english)} ${hanRun(pick(titles))}`);
    else if (kind === 3) out.push(pick(chinese));
    else {
      // A keystroke: a prefix of an English term or a title.
      const word = next() < 0.5 ? pick(english) : pick(titles);
      out.push(word.slice(0, 1 + Math.floor(next() * Math.min(8, word.length))));
    }
  }
  return out;
}
