/**
 * A command in a pseudo-terminal (util-linux `script`): the program sees a TTY on stdin and
 * stdout, as in a user's terminal; the test types lines and waits for what appears.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

export interface PtySession {
  child: ChildProcess;
  /** Everything shown so far, without colours and carriage returns. */
  text(): string;
  /** Everything shown so far, as the terminal received it (colours included). */
  raw(): string;
  type(line: string): void;
  waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<void>;
  exit(): Promise<number | null>;
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function runInPty(args: string[], env: NodeJS.ProcessEnv = {}): PtySession {
  const command = [process.execPath, join(ROOT, 'bin/aigc-interview.js'), ...args]
    .map(shellQuote)
    .join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, TERM: 'xterm-256color', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => {
    out += d;
  });
  child.stderr!.on('data', (d) => {
    out += d;
  });
  // Colour codes (ESC [ … m) and the terminal's carriage returns.
  const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
  const clean = () => out.replace(ansi, '').replace(/\r/g, '');
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    child,
    text: clean,
    raw: () => out,
    type: (line) => {
      child.stdin!.write(`${line}\n`);
    },
    waitFor: async (pattern, timeoutMs = 20_000) => {
      const start = Date.now();
      for (;;) {
        const t = clean();
        const hit = typeof pattern === 'string' ? t.includes(pattern) : pattern.test(t);
        if (hit) return;
        if (child.exitCode !== null) throw new Error(`exited before "${pattern}":\n${t}`);
        if (Date.now() - start > timeoutMs)
          throw new Error(`no "${pattern}" within ${timeoutMs} ms:\n${t}`);
        await new Promise((r) => setTimeout(r, 30));
      }
    },
    exit: async () => {
      child.stdin!.end();
      return exited;
    },
  };
}
