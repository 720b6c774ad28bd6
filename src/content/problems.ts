/** A problem found in the content, reported as `path:line: message (fix)`. */
export interface Problem {
  /** Path relative to the repository root. */
  file: string;
  /** 1-based line. */
  line: number;
  message: string;
  /** How to fix it. */
  fix: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message} (${p.fix})`;
}

/** Collects every problem across the tree, so that one run reports all of them. */
export class ProblemList {
  readonly items: Problem[] = [];

  add(file: string, line: number, message: string, fix: string): void {
    this.items.push({ file, line, message, fix });
  }

  get ok(): boolean {
    return this.items.length === 0;
  }

  sorted(): Problem[] {
    return [...this.items].sort((a, b) =>
      a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1,
    );
  }
}
