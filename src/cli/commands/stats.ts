import { QUESTION_TYPE_LABELS } from '../../core/labels.ts';
import type { QuestionType } from '../../core/schema/question.ts';
import { bold, dim, loadCatalog, printJson } from '../output.ts';

/** "原理 30% · 计算 18% · …", largest first. */
function typeShares(types: Partial<Record<QuestionType, number>>, total: number): string {
  return Object.entries(types)
    .sort((a, b) => b[1] - a[1])
    .map(
      ([type, n]) =>
        `${QUESTION_TYPE_LABELS[type as QuestionType]} ${Math.round((100 * n) / total)}%`,
    )
    .join(' · ');
}

export async function statsCommand(root: string, opts: { json?: boolean }): Promise<void> {
  const catalog = await loadCatalog(root);
  const stats = catalog.stats();
  if (opts.json) return printJson(stats);
  const out: string[] = [
    bold(
      `${stats.questions} questions · ${stats.pointsCovered}/${stats.points} outline points covered`,
    ),
    '',
  ];
  for (const track of catalog.countedOutline()) {
    const t = stats.tracks.find((x) => x.id === track.id)!;
    out.push(
      bold(
        `${track.title} (${track.id}): ${t.questions} questions, ${t.pointsCovered}/${t.points} points`,
      ),
    );
    if (t.questions) out.push(dim(`   ${typeShares(t.types, t.questions)}`));
    for (const s of track.sections) {
      const points = s.topics.flatMap((x) => x.points);
      const thin = points.filter((p) => p.count < 5).length;
      out.push(
        `  ${String(s.num).padStart(2)}. ${s.title}  ${s.count} questions  ${dim(`${thin}/${points.length} points under 5`)}`,
      );
      const sectionStats = t.sections.find((x) => x.id === s.id);
      if (sectionStats?.questions)
        out.push(dim(`      ${typeShares(sectionStats.types, sectionStats.questions)}`));
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
