/** Put the app on a socket: load content, open the database, listen. */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { loadBundle } from '../content/bundle-file.ts';
import { Catalog } from '../core/catalog.ts';
import { DEFAULT_DATABASE_URL, openDatabase } from '../db/connect.ts';
import { createApp } from './app.ts';
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
  const database = await openDatabase(options.databaseUrl ?? DEFAULT_DATABASE_URL);
  mark('database open');
  const webDir = join(options.root, 'dist/web');
  const hasWeb = existsSync(join(webDir, 'index.html'));
  if (!hasWeb)
    log('dist/web is missing: serving the API only (run "npm run build" for the web app)');
  const llmConfig = llmConfigFromEnv(options.env ?? process.env);
  const app = await createApp({
    catalog: new Catalog(bundle),
    database,
    llm: llmConfig ? new LlmGrader(llmConfig) : null,
    ...(hasWeb ? { webDir } : {}),
  });
  mark('app built');
  const server = serve({
    fetch: app.fetch,
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
    llmConfig
      ? `mock interviews graded by ${llmConfig.model} at ${llmConfig.baseUrl} (offline grader as fallback)`
      : 'mock interviews graded offline (set LLM_BASE_URL and LLM_MODEL for an LLM interviewer)',
  );
  return {
    url,
    port,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
