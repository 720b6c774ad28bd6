/**
 * `npm run bench`: every performance figure of the app, measured on the real bank in one run,
 * written to bench/results.json (figures with their spread) and bench/results.md (a table with
 * the machine, Node version and date, and each figure next to its goal).
 *
 * Options: --only search,api,cold,web,build (a subset; the results files are still rewritten
 * with what ran), --quick (fewer rounds, for trying the harness).
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchApi } from './api.ts';
import { benchColdStart } from './cold-start.ts';
import { benchContentBuild } from './content-build.ts';
import { benchQueries } from './queries.ts';
import { benchSearch, loadRealBundle } from './search.ts';
import type { Figure } from './stats.ts';
import { benchWeb } from './web.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args[args.indexOf('--only') + 1];
const only = args.includes('--only') && onlyArg ? new Set(onlyArg.split(',')) : undefined;
const runs = (name: string) => !only || only.has(name);

interface Goal {
  key: string;
  label: string;
  goal: string;
  met: (v: number) => boolean;
}

/** A goal that a figure stays below `limit` (in `unit`). */
const below = (key: string, label: string, limit: number, unit: string): Goal => ({
  key,
  label,
  goal: `< ${limit} ${unit}`,
  met: (v) => v < limit,
});
const zero = (key: string, label: string): Goal => ({ key, label, goal: '0', met: (v) => v === 0 });

const GOALS: Goal[] = [
  below('searchP99Ms', 'Search p99, Node', 1, 'ms'),
  zero('searchRequestsWhileTyping', 'Search requests while typing (browser)'),
  {
    key: 'apiRatio',
    label: 'GET /api/questions/:id vs bare node:http',
    goal: '≥ 0.80',
    met: (v) => v >= 0.8,
  },
  zero('apiErrors', 'API errors under load'),
  below('coldStartMs', 'Cold start to first answer', 300, 'ms'),
  below('firstPageJsGzipKb', 'First-page JS (gzip)', 200, 'KB'),
  below('homeFcpMs', 'Home FCP', 1000, 'ms'),
  below('homeLcpMs', 'Home LCP', 1000, 'ms'),
  below('questionFcpMs', 'Question page FCP', 1000, 'ms'),
  below('questionLcpMs', 'Question page LCP', 1000, 'ms'),
  below('buildMs', 'Content build, 1,000 questions, from scratch', 15_000, 'ms'),
  below('incrementalBuildMs', 'Content rebuild after one change (watch)', 1000, 'ms'),
  below('rssMb', 'Server RSS, whole bank in use', 200, 'MB'),
];

function log(line: string) {
  process.stderr.write(`bench: ${line}\n`);
}

const started = performance.now();
const bundle = loadRealBundle(root);
const ids = bundle.questions.map((q) => q.id);
const sampleId = bundle.questions.find((q) => q.bodyHtml.includes('class="katex'))?.id ?? ids[0]!;
const figures: Record<string, Figure | number | string[]> = {};

if (runs('search')) {
  log('search (Node)…');
  Object.assign(figures, benchSearch(root, quick ? 3 : 7));
}
if (runs('api')) {
  log('API under autocannon…');
  const api = await benchApi(root, sampleId, quick ? { rounds: 1, seconds: 2 } : {});
  const { searchP99Ms: searchApiP99Ms, ...rest } = api;
  Object.assign(figures, rest, { searchApiP99Ms });
}
if (runs('cold')) {
  log('cold start and memory…');
  Object.assign(figures, await benchColdStart(root, ids, quick ? 3 : 7));
}
if (runs('web')) {
  log('web in Chromium…');
  Object.assign(
    figures,
    await benchWeb(root, sampleId, benchQueries(bundle), { runs: quick ? 2 : 5 }),
  );
}
if (runs('build')) {
  log('content build (1,000 questions)…');
  Object.assign(figures, await benchContentBuild(root, 1000));
}

const value = (key: string): number | undefined => {
  const f = figures[key];
  return typeof f === 'number' ? f : f && !Array.isArray(f) ? (f as Figure).median : undefined;
};
const machine = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  questions: bundle.questions.length,
  minutes: Number(((performance.now() - started) / 60_000).toFixed(1)),
};
const flat: Record<string, number> = {};
for (const key of Object.keys(figures)) {
  const v = value(key);
  if (v !== undefined) flat[key] = v;
}
writeFileSync(
  join(root, 'bench/results.json'),
  `${JSON.stringify({ ...flat, machine, figures }, null, 2)}\n`,
);

const fmt = (f: Figure | number | string[] | undefined) =>
  f === undefined
    ? '—'
    : typeof f === 'number'
      ? String(f)
      : Array.isArray(f)
        ? f.join(', ')
        : `${f.median} ${f.unit} (${f.min}–${f.max}, ${f.runs} runs)`;
const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` on ${machine.date.slice(0, 10)}: Node ${machine.node}, ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.questions} questions in the bank; the run took ${machine.minutes} min. Medians, with the range over the runs in brackets.`,
  '',
  '## Goals',
  '',
  '| figure | measured | goal | met |',
  '| --- | --- | --- | --- |',
  ...GOALS.filter((g) => value(g.key) !== undefined).map(
    (g) =>
      `| ${g.label} | ${fmt(figures[g.key])} | ${g.goal} | ${g.met(value(g.key)!) ? 'yes' : '**no**'} |`,
  ),
  '',
  '## Every figure',
  '',
  '| key | value |',
  '| --- | --- |',
  ...Object.keys(figures).map((k) => `| ${k} | ${fmt(figures[k])} |`),
  '',
];
writeFileSync(join(root, 'bench/results.md'), lines.join('\n'));
log(`done in ${machine.minutes} min: bench/results.md`);
const missed = GOALS.filter((g) => value(g.key) !== undefined && !g.met(value(g.key)!));
if (missed.length) log(`goals missed: ${missed.map((g) => g.key).join(', ')}`);
