/** Put the app on a socket: load content, open the database, listen. */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { loadBundle } from '../content/bundle-file.ts';
import { Catalog } from '../core/catalog.ts';
import { DEFAULT_DATABASE_URL, openDatabase, parseDatabaseUrl } from '../db/connect.ts';
import { createApp } from './app.ts';
import { type AuthOptions, DEFAULT_SESSION_TTL_MS } from './auth.ts';
import { LlmGrader, llmConfigFromEnv } from './llm/client.ts';

export interface StartOptions {
  root: string;
  port: number;
  host?: string;
  databaseUrl?: string;
  log?: (line: string) => void;
  /** Where LLM_BASE_URL, LLM_MODEL, LLM_API_KEY and LLM_TIMEOUT_MS are read (default: process.env). */
  env?: NodeJS.ProcessEnv;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Accounts are on with AUTH=on, and always on PostgreSQL (a shared database serves many people).
 * TRUST_PROXY=1 behind a reverse proxy; COOKIE_SECURE=1 when TLS ends at the proxy;
 * SESSION_TTL_DAYS (default 30).
 */
export function authFromEnv(env: NodeJS.ProcessEnv, kind: 'sqlite' | 'postgres'): AuthOptions {
  const flag = (v: string | undefined) => v === '1' || v?.toLowerCase() === 'on' || v === 'true';
  if (env.AUTH && !/^(on|off|1|0|true|false)$/i.test(env.AUTH))
    throw new Error(`AUTH="${env.AUTH}" is not understood: use AUTH=on or AUTH=off`);
  if (kind === 'postgres' && env.AUTH && !flag(env.AUTH))
    throw new Error('AUTH=off is not allowed on PostgreSQL: a shared database needs accounts');
  const days = env.SESSION_TTL_DAYS ? Number(env.SESSION_TTL_DAYS) : null;
  if (days !== null && !(days > 0 && days <= 365))
    throw new Error(
      `SESSION_TTL_DAYS="${env.SESSION_TTL_DAYS}" must be a number of days from 1 to 365`,
    );
  return {
    enabled: kind === 'postgres' || flag(env.AUTH),
    trustProxy: flag(env.TRUST_PROXY),
    secureCookies: flag(env.COOKIE_SECURE),
    sessionTtlMs: days ? days * 24 * 3600_000 : DEFAULT_SESSION_TTL_MS,
  };
}

/** With AIGC_TRACE_START=1, each start phase logs the milliseconds since the process began. */
const traceStart = process.env.AIGC_TRACE_START === '1';

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const log = options.log ?? (() => {});
  const mark = (phase: string) => {
    if (traceStart) log(`start: ${phase} at ${Math.round(performance.now())} ms`);
  };
  mark('modules loaded');
  const bundle = await loadBundle(options.root, log);
  mark('bundle loaded');
  const databaseUrl = options.databaseUrl ?? DEFAULT_DATABASE_URL;
  const env = options.env ?? process.env;
  const auth = authFromEnv(env, parseDatabaseUrl(databaseUrl).kind);
  const database = await openDatabase(databaseUrl);
  mark('database open');
  const webDir = join(options.root, 'dist/web');
  const hasWeb = existsSync(join(webDir, 'index.html'));
  if (!hasWeb)
    log('dist/web is missing: serving the API only (run "npm run build" for the web app)');
  const llmConfig = llmConfigFromEnv(env);
  const app = await createApp({
    catalog: new Catalog(bundle),
    database,
    llm: llmConfig ? new LlmGrader(llmConfig) : null,
    auth,
    ...(hasWeb ? { webDir } : {}),
  });
  mark('app built');
  // Handlers still running when the server closes (their client may have gone) finish before the
  // database closes under them.
  let inFlight = 0;
  let drained: (() => void) | null = null;
  const fetch: typeof app.fetch = async (req, env, ctx) => {
    inFlight++;
    try {
      return await app.fetch(req, env, ctx);
    } finally {
      if (--inFlight === 0) drained?.();
    }
  };
  const server = serve({
    fetch,
    port: options.port,
    hostname: options.host ?? '127.0.0.1',
  });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  mark('listening');
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host && options.host !== '0.0.0.0' ? options.host : 'localhost'}:${port}`;
  log(`AIGC 面试训练营 at ${url} (${bundle.questions.length} questions, ${database.label})`);
  log(
    auth.enabled
      ? 'accounts on: log in to practise (AUTH=on or PostgreSQL)'
      : 'local mode: one user, no login (AUTH=on for accounts)',
  );
  log(
    llmConfig
      ? `mock interviews graded by ${llmConfig.model} at ${llmConfig.baseUrl} (offline grader as fallback)`
      : 'mock interviews graded offline (set LLM_BASE_URL and LLM_MODEL for an LLM interviewer)',
  );
  return {
    url,
    port,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          drained = resolve;
          setTimeout(resolve, 10_000).unref();
        });
      }
      await database.close();
    },
  };
}
