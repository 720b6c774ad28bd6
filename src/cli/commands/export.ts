/** `aigc-interview export anki|markdown`: the bank (or a track, section or role of it) as a file. */
import { writeFileSync } from 'node:fs';
import { ankiTsv } from '../../export/anki.ts';
import { markdownExport } from '../../export/markdown.ts';
import { SelectionError, selectQuestions } from '../../export/select.ts';
import { fail, green, loadCatalog } from '../output.ts';

export async function exportCommand(
  root: string,
  format: string,
  opts: { track?: string; section?: string; role?: string; out?: string; body?: boolean },
): Promise<void> {
  if (format !== 'anki' && format !== 'markdown')
    fail(`unknown export format "${format}": use "anki" (Anki TSV deck) or "markdown"`);
  const catalog = await loadCatalog(root);
  let questions: ReturnType<typeof selectQuestions>;
  try {
    questions = selectQuestions(catalog, opts);
  } catch (e) {
    if (e instanceof SelectionError) fail(e.message);
    throw e;
  }
  const title = opts.section ?? opts.track ?? opts.role ?? 'AIGC 面试训练营 · 全部题目';
  const text =
    format === 'anki'
      ? ankiTsv(catalog, questions)
      : markdownExport(catalog, questions, { title, withBody: opts.body });
  if (!opts.out) {
    process.stdout.write(text);
    return;
  }
  writeFileSync(opts.out, text);
  process.stderr.write(
    `${green('✓')} ${questions.length} questions → ${opts.out}${format === 'anki' ? ' (Anki: File → Import; re-importing updates the same notes)' : ''}\n`,
  );
}
