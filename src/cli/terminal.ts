/** Reading answers and keys in a terminal, line by line (works in a pseudo-terminal and a pipe). */
import { createInterface, type Interface } from 'node:readline';
import { cyan, dim } from './output.ts';

export class Terminal {
  private readonly rl: Interface;
  private readonly lines: string[] = [];
  private waiting: ((line: string | null) => void) | null = null;
  private closed = false;

  constructor(
    private readonly input: NodeJS.ReadableStream = process.stdin,
    private readonly output: NodeJS.WritableStream = process.stdout,
  ) {
    this.rl = createInterface({ input: this.input, terminal: false });
    this.rl.on('line', (line) => {
      if (this.waiting) {
        const w = this.waiting;
        this.waiting = null;
        w(line);
      } else this.lines.push(line);
    });
    this.rl.on('close', () => {
      this.closed = true;
      this.waiting?.(null);
      this.waiting = null;
    });
  }

  write(text: string): void {
    this.output.write(text);
  }

  /** One line, or null at the end of input. */
  line(prompt = ''): Promise<string | null> {
    if (prompt) this.write(prompt);
    const queued = this.lines.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  /** A multi-line answer, ended by an empty line (or the end of input); null if nothing at all. */
  async answer(): Promise<string | null> {
    this.write(dim('（输入答案，可多行；空行结束，输入 :q 退出）\n'));
    const lines: string[] = [];
    for (;;) {
      const line = await this.line(cyan('│ '));
      if (line === null) return lines.length ? lines.join('\n') : null;
      if (line.trim() === ':q' && !lines.length) return null;
      if (!line.trim()) {
        if (lines.length) return lines.join('\n');
        continue;
      }
      lines.push(line);
    }
  }

  close(): void {
    this.rl.close();
  }
}

/** [██████░░░░] 6/10 */
export function progressBar(done: number, total: number, width = 20): string {
  const filled = total ? Math.round((done / total) * width) : 0;
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}`;
}

/** Markdown for a terminal: drop emphasis markers and code fences, keep the text and math. */
export function plainMarkdown(md: string): string {
  return md
    .replace(/```[a-z]*\n?/g, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .trim();
}
