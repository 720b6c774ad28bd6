import {
  INTERVIEW_ROLES,
  type InterviewRole,
  LEVEL_LABELS,
  LEVELS,
  type Level,
  planInterview,
} from '../../core/interview/planner.ts';
import { QUESTION_TYPE_LABELS } from '../../core/labels.ts';
import { bold, dim, fail, loadCatalog, printJson } from '../output.ts';

const LEVEL_ALIASES: Record<string, Level> = { 校招: 'campus', 社招: 'social', 资深: 'senior' };

export async function planCommand(
  root: string,
  opts: { role: string; minutes: number; level: string; seed: number; json?: boolean },
): Promise<void> {
  if (!(INTERVIEW_ROLES as readonly string[]).includes(opts.role))
    fail(`--role must be one of ${INTERVIEW_ROLES.join(', ')}`);
  const level = (LEVEL_ALIASES[opts.level] ?? opts.level) as Level;
  if (!LEVELS.includes(level))
    fail(`--level must be one of ${LEVELS.join(', ')} (或 校招/社招/资深)`);
  const catalog = await loadCatalog(root);
  const questions = planInterview(catalog, {
    role: opts.role as InterviewRole,
    minutes: opts.minutes,
    level,
    seed: opts.seed,
  });
  if (opts.json) {
    printJson({ questions });
    return;
  }
  process.stdout.write(
    `${bold(`${opts.role} · ${opts.minutes} 分钟 · ${LEVEL_LABELS[level]} · seed ${opts.seed}`)}\n`,
  );
  questions.forEach((q, i) => {
    const title = catalog.byId.get(q.id)!.title;
    process.stdout.write(
      `${String(i + 1).padStart(2)}. ${title} ${dim(`[${QUESTION_TYPE_LABELS[q.type]} · 难度 ${q.difficulty} · ${q.minutes} 分钟]`)}\n`,
    );
  });
}
