/**
 * `npm run bench:load`: a classroom on one server. Many users with accounts (AUTH=on) send mixed
 * traffic on loopback — question pages, searches, the next due card and review writes — through
 * autocannon, against the built app on SQLite and on PostgreSQL. Writes bench/load-results.json
 * and bench/load-results.md: requests/s, p50/p99 latency and errors (the goal is zero) per
 * database, with the share of each request kind.
 *
 * Options: --quick (shorter rounds), --users N, --connections N, --seconds N.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { startApp } from './servers.ts';
import { figure } from './stats.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const quick = args.includes('--quick');
const USERS = arg('users', 60);
const CONNECTIONS = arg('connections', 32);
const SECONDS = arg('seconds', quick ? 4 : 10);
const ROUNDS = quick ? 1 : 3;
const PG_ADMIN = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const QUERIES = [
  'KV cache 显存',
  'LoRA rank',
  '量化 INT8',
  'FlashAttention',
  'ZeRO',
  'RDMA',
  '扩散模型',
  'CLIP 对比学习',
];

function log(line: string) {
  process.stderr.write(`bench:load: ${line}\n`);
}

interface User {
  cookie: string;
  cards: string[];
}

async function json(url: string, init: RequestInit & { cookie?: string } = {}) {
  const res = await fetch(url, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...(init.headers as Record<string, string>),
    },
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${text}`);
  return { body: text ? JSON.parse(text) : null, res };
}

/** Register the users (each from its own address through the trusted proxy header) with cards. */
async function makeUsers(base: string, ids: string[]): Promise<User[]> {
  const users: User[] = [];
  for (let i = 0; i < USERS; i++) {
    const { res } = await json(`${base}/api/auth/register`, {
      method: 'POST',
      body: JSON.stringify({ username: `load_user_${i}`, password: `password-${i}-load` }),
      headers: { 'x-forwarded-for': `10.0.${Math.floor(i / 250)}.${i % 250}` },
    });
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const cards = Array.from({ length: 25 }, (_, k) => ids[(i * 7 + k * 13) % ids.length]!);
    const unique = [...new Set(cards)];
    await json(`${base}/api/cards`, {
      method: 'POST',
      cookie,
      body: JSON.stringify({ questionIds: unique }),
    });
    users.push({ cookie, cards: unique });
  }
  return users;
}

interface Round {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

async function round(base: string, users: User[], ids: string[], seconds: number): Promise<Round> {
  let nextUser = 0;
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
  // Each connection is one user; it cycles through a study session: two question pages, a
  // search, the next due card, one review written.
  // autocannon keeps one context object per connection: the user is chosen at its first request.
  const withUser = (
    build: (u: User) => { path: string; method?: string; body?: string },
  ): autocannon.Request => ({
    method: 'GET',
    path: '/',
    setupRequest: (req, context: { user?: User }) => {
      context.user ??= users[nextUser++ % users.length]!;
      const r = build(context.user);
      return {
        ...req,
        ...r,
        method: (r.method ?? 'GET') as autocannon.Request['method'],
        headers: {
          ...req.headers,
          cookie: context.user.cookie,
          'content-type': 'application/json',
        },
      };
    },
  });
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      withUser(() => ({ path: `/api/questions/${pick(ids)}` })),
      withUser(() => ({ path: `/api/search?q=${encodeURIComponent(pick(QUERIES))}` })),
      withUser(() => ({ path: `/api/questions/${pick(ids)}` })),
      withUser(() => ({ path: '/api/review/next' })),
      withUser((u) => ({
        path: '/api/review',
        method: 'POST',
        body: JSON.stringify({
          questionId: pick(u.cards),
          rating: 1 + Math.floor(Math.random() * 4),
        }),
      })),
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

async function benchOn(kind: 'sqlite' | 'postgres') {
  let databaseUrl: string | undefined;
  let drop = async () => {};
  if (kind === 'postgres') {
    const name = `aigc_load_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    databaseUrl = PG_ADMIN.replace(/\/[^/]*$/, `/${name}`);
    drop = async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const app = await startApp(root, '/api/health', {
    ...(databaseUrl ? { databaseUrl } : {}),
    env: { AUTH: 'on', TRUST_PROXY: '1' },
  });
  try {
    const ids = (
      (await json(`${app.url}/api/questions?pageSize=200`)).body.items as { id: string }[]
    ).map((q) => q.id);
    const t = performance.now();
    const users = await makeUsers(app.url, ids);
    log(
      `${kind}: ${users.length} users registered with cards in ${Math.round(performance.now() - t)} ms`,
    );
    await round(app.url, users, ids, 2); // warm-up
    const rounds: Round[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      rounds.push(await round(app.url, users, ids, SECONDS));
      const last = rounds.at(-1)!;
      log(
        `${kind} round ${r + 1}: ${Math.round(last.rps)} req/s, p50 ${last.p50} ms, p99 ${last.p99} ms, ${last.errors} errors`,
      );
    }
    // The writes were real: the first user's review log grew under load.
    const exported = (await json(`${app.url}/api/me/export`, { cookie: users[0]!.cookie })).body;
    return {
      rps: figure(
        rounds.map((r) => r.rps),
        'req/s',
        0,
      ),
      p50Ms: figure(
        rounds.map((r) => r.p50),
        'ms',
        1,
      ),
      p99Ms: figure(
        rounds.map((r) => r.p99),
        'ms',
        1,
      ),
      errors: rounds.reduce((a, r) => a + r.errors, 0),
      requests: rounds.reduce((a, r) => a + r.requests, 0),
      firstUserReviewsWritten: exported.reviewLogs.length as number,
    };
  } finally {
    await app.stop();
    await drop();
  }
}

const started = Date.now();
const results = { sqlite: await benchOn('sqlite'), postgres: await benchOn('postgres') };
const machine = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  users: USERS,
  connections: CONNECTIONS,
  secondsPerRound: SECONDS,
  rounds: ROUNDS,
  minutes: Number(((Date.now() - started) / 60_000).toFixed(1)),
};
writeFileSync(
  join(root, 'bench/load-results.json'),
  `${JSON.stringify({ machine, ...results }, null, 2)}\n`,
);
const row = (name: string, r: (typeof results)['sqlite']) =>
  `| ${name} | ${r.rps.median} (${r.rps.min}–${r.rps.max}) | ${r.p50Ms.median} | ${r.p99Ms.median} (${r.p99Ms.min}–${r.p99Ms.max}) | ${r.requests} | ${r.errors} |`;
writeFileSync(
  join(root, 'bench/load-results.md'),
  [
    '# Load benchmark',
    '',
    `Written by \`npm run bench:load\` on ${machine.date.slice(0, 10)}: Node ${machine.node}, ${machine.cpu}, ${machine.memoryGiB} GiB. ` +
      `${USERS} users with accounts (AUTH=on), ${CONNECTIONS} connections (one user each), ${ROUNDS} round(s) of ${SECONDS} s after a warm-up; ` +
      'each connection cycles through two question pages, a search, the next due card and one review write (40% reads, 20% searches, 20% due-card reads, 20% writes). ' +
      'Medians over the rounds, range in brackets. Client and server share the machine.',
    '',
    '| database | requests/s | p50 ms | p99 ms | requests | errors |',
    '|---|---|---|---|---|---|',
    row('SQLite (embedded)', results.sqlite),
    row('PostgreSQL 15 (loopback)', results.postgres),
    '',
  ].join('\n'),
);
log(`done in ${machine.minutes} min: bench/load-results.md`);
if (results.sqlite.errors || results.postgres.errors) process.exit(1);
