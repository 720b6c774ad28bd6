import { readFileSync } from 'node:fs';
import { gradableOf, gradeAnswer } from '../../core/grading/grade.ts';
import { bold, dim, fail, green, loadCatalog, printJson, red } from '../output.ts';

function readAnswer(file?: string): string {
  if (file) {
    try {
      return readFileSync(file, 'utf8');
    } catch (e) {
      fail(`cannot read the answer file "${file}": ${(e as Error).message}`);
    }
  }
  if (process.stdin.isTTY) fail('give the answer with --answer-file FILE or on standard input');
  return readFileSync(0, 'utf8');
}

export async function gradeCommand(
  root: string,
  id: string,
  opts: { answerFile?: string; json?: boolean },
): Promise<void> {
  const catalog = await loadCatalog(root);
  const q = catalog.byId.get(id);
  if (!q) fail(`no question with id "${id}" (find ids with "aigc-interview search")`);
  const answer = readAnswer(opts.answerFile);
  if (!answer.trim()) fail('the answer is empty');
  const grade = gradeAnswer(gradableOf(q), answer);
  if (opts.json) {
    return printJson({
      score: grade.score,
      points: grade.points.map(({ point, weight, hit, matched }) => ({
        point,
        weight,
        hit,
        matched,
      })),
    });
  }
  const lines = [bold(`${q.title}`), bold(`得分 ${grade.score} / 100`), ''];
  for (const p of grade.points) {
    lines.push(`${p.hit ? green('✓') : red('✗')} [${p.weight}] ${p.point}`);
    if (p.matched.length) lines.push(dim(`    命中: ${p.matched.join('、')}`));
    if (p.missing.length) lines.push(dim(`    缺少: ${p.missing.join('、')}`));
  }
  if (grade.relevance < 0.45)
    lines.push('', dim('（答案中与题目相关的表述较少，得分已按相关度折算）'));
  process.stdout.write(`${lines.join('\n')}\n`);
}
