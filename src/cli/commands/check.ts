import { resolve } from 'node:path';
import { compileContent } from '../../content/compile.ts';
import { formatProblem } from '../../content/problems.ts';
import { green, red } from '../output.ts';

export async function checkCommand(root: string, opts: { drafts?: string[] } = {}): Promise<void> {
  const drafts = (opts.drafts ?? []).map((d) => resolve(d));
  const { bundle, problems, ms } = await compileContent(root, { drafts });
  for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
  if (problems.length) {
    process.stdout.write(red(`\n✗ ${problems.length} problem(s) in the content\n`));
    process.exit(1);
  }
  const n = bundle?.questions.length ?? 0;
  if (drafts.length) process.stdout.write(`(drafts included from ${drafts.join(', ')})\n`);
  process.stdout.write(
    green(
      `✓ content OK: ${n} questions, ${bundle?.glossary.length ?? 0} glossary terms (${Math.round(ms)} ms)\n`,
    ),
  );
}
