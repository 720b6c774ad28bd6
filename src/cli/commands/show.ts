import { DIFFICULTY_LABELS, QUESTION_TYPE_LABELS } from '../../core/schema/question.ts';
import { bold, cyan, dim, fail, loadCatalog, printJson } from '../output.ts';

export async function showCommand(
  root: string,
  id: string,
  opts: { json?: boolean },
): Promise<void> {
  const catalog = await loadCatalog(root);
  const q = catalog.byId.get(id);
  if (!q) {
    const near = catalog.find(id.replace(/-/g, ' '), 3).map((h) => h.id);
    fail(`no question with id "${id}"${near.length ? `; did you mean ${near.join(', ')}?` : ''}`);
  }
  if (opts.json) {
    const { bodyHtml: _b, quickAnswerHtml: _q, ...rest } = q;
    return printJson(rest);
  }
  const ref = catalog.outline.points.get(q.point)!;
  const lines = [
    bold(q.title),
    dim(`${ref.track.title} › ${ref.section.title} › ${ref.point.title}`),
    dim(
      `${QUESTION_TYPE_LABELS[q.type]} · 难度 ${q.difficulty} ${DIFFICULTY_LABELS[q.difficulty]} · 频率 ${'★'.repeat(q.frequency)} · ${q.tags.join(', ')}`,
    ),
    '',
    cyan('面试速答'),
    q.quickAnswer.trim(),
    '',
    cyan('得分点'),
    ...q.rubric.map((r) => `  [${String(r.weight).padStart(2)}] ${r.point}`),
    '',
    cyan('追问'),
    ...q.followUps.flatMap((f, i) => [
      `  ${i + 1}. ${f.q}`,
      `     ${dim(f.a.trim().replace(/\n/g, '\n     '))}`,
    ]),
    '',
    cyan('详解'),
    q.body.trim(),
  ];
  if (q.references.length)
    lines.push('', cyan('参考'), ...q.references.map((r) => `  ${r.title} ${dim(r.url)}`));
  process.stdout.write(`${lines.join('\n')}\n`);
}
