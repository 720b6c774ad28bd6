/** Child processes for the benchmarks: the real server (full bank, SQLite) and a bare node:http one. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep } from './stats.ts';

export interface Child {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** GET a URL; the status code, or 0 when nothing listens yet. */
export function status(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = get(url, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
  });
}

export async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return res.text();
}

let nextPort = 4700 + Math.floor(Math.random() * 200);

function stopper(child: ChildProcess, cleanup: () => void): () => Promise<void> {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(3000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    cleanup();
  };
}

/**
 * Start `aigc-interview serve` and wait for `readyPath` to answer 200.
 * Returns the time from spawn to that first answer (the cold start).
 */
export async function startApp(
  root: string,
  readyPath = '/api/health',
  options: { databaseUrl?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Child & { coldStartMs: number }> {
  const port = nextPort++;
  const dir = mkdtempSync(join(tmpdir(), 'aigc-bench-db-'));
  const t = performance.now();
  const child = spawn(
    process.execPath,
    [
      join(root, 'bin/aigc-interview.js'),
      'serve',
      '--port',
      String(port),
      '--database',
      options.databaseUrl ?? `sqlite:${join(dir, 'bench.db')}`,
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    },
  );
  const url = `http://127.0.0.1:${port}`;
  while ((await status(url + readyPath)) !== 200) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (performance.now() - t > 30_000) throw new Error('the server did not answer in 30 s');
    await sleep(2);
  }
  const coldStartMs = performance.now() - t;
  return {
    url,
    pid: child.pid!,
    coldStartMs,
    stop: stopper(child, () => rmSync(dir, { recursive: true, force: true })),
  };
}

/** A bare node:http server answering fixed bodies by path (the ceiling for the app's routes). */
export async function startBare(root: string, bodies: Record<string, string>): Promise<Child> {
  const port = nextPort++;
  const child = spawn(process.execPath, [join(root, '.tmp/bench/bare-server.js'), String(port)], {
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  child.stdin!.end(JSON.stringify(bodies));
  const url = `http://127.0.0.1:${port}`;
  const t = performance.now();
  while ((await status(`${url}/ready`)) !== 200) {
    if (performance.now() - t > 10_000) throw new Error('the bare server did not start');
    await sleep(5);
  }
  return { url, pid: child.pid!, stop: stopper(child, () => {}) };
}

/** Resident set size of a process, in MB (from /proc). */
export async function rssMb(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const statusText = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(statusText)?.[1] ?? Number.NaN);
  return kb / 1024;
}
