import { QUESTION_TYPE_LABELS } from '../../core/schema/question.ts';
import { cyan, dim, loadCatalog, printJson } from '../output.ts';

export async function searchCommand(
  root: string,
  query: string,
  opts: { json?: boolean; limit: number },
): Promise<void> {
  const catalog = await loadCatalog(root);
  const hits = catalog.find(query, opts.limit);
  if (opts.json)
    return printJson({ results: hits.map(({ id, title, score }) => ({ id, title, score })) });
  if (!hits.length) {
    process.stdout.write(`no questions match "${query}"\n`);
    return;
  }
  for (const h of hits) {
    const q = catalog.byId.get(h.id)!;
    process.stdout.write(
      `${dim(h.score.toFixed(2).padStart(6))}  ${cyan(h.id)}  ${h.title} ${dim(`[${QUESTION_TYPE_LABELS[q.type]} · 难度 ${q.difficulty}]`)}\n`,
    );
  }
}
