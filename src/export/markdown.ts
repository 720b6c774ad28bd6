/** A section, track or role's questions as one Markdown document (math stays $…$ as authored). */
import type { CompiledQuestion } from '../core/bundle.ts';
import type { Catalog } from '../core/catalog.ts';
import { DIFFICULTY_LABELS, QUESTION_TYPE_LABELS } from '../core/labels.ts';
import { placeOf } from './select.ts';

export function markdownExport(
  catalog: Catalog,
  questions: CompiledQuestion[],
  options: { title: string; withBody?: boolean },
): string {
  const out = [`# ${options.title}`, '', `${questions.length} 道题 · AIGC 面试训练营`, ''];
  let section = '';
  let point = '';
  for (const q of questions) {
    const place = placeOf(catalog, q);
    if (place.section !== section) {
      section = place.section;
      point = '';
      out.push(`## ${place.track} · ${place.section}`, '');
    }
    if (place.point !== point) {
      point = place.point;
      out.push(`### ${point}`, '');
    }
    out.push(
      `#### ${q.title}`,
      '',
      `*${QUESTION_TYPE_LABELS[q.type]} · ${DIFFICULTY_LABELS[q.difficulty]} · 频率 ${q.frequency}/5 · id \`${q.id}\`*`,
      '',
      `**30 秒回答**：${q.quickAnswer.trim()}`,
      '',
      '**评分要点**',
      '',
      ...q.rubric.map((r) => `- [${r.weight}] ${r.point}`),
      '',
    );
    if (q.followUps.length) {
      out.push('**追问**', '');
      q.followUps.forEach((f, i) => {
        out.push(`${i + 1}. ${f.q}`, `   - ${f.a}`);
      });
      out.push('');
    }
    if (options.withBody)
      out.push('<details><summary>详解</summary>', '', q.body.trim(), '', '</details>', '');
  }
  return out.join('\n');
}
