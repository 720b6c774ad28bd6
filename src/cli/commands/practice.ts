/**
 * Practice in the terminal, on the same database as the web app: `review` (due FSRS cards: recall,
 * reveal, rate), `quiz` (written answers graded offline) and `interview` (a mock interview with
 * follow-ups and a report). Interactive in a terminal; `--json` for scripts.
 */
import { readFileSync } from 'node:fs';
import type { CompiledQuestion } from '../../core/bundle.ts';
import type { Catalog } from '../../core/catalog.ts';
import { gradableOf, gradeAnswer } from '../../core/grading/grade.ts';
import {
  INTERVIEW_ROLES,
  type InterviewRole,
  LEVELS,
  type Level,
  planInterview,
} from '../../core/interview/planner.ts';
import { buildReport, type Turn } from '../../core/interview/report.ts';
import { advance, currentPrompt, gradeTurn } from '../../core/interview/session.ts';
import { DIFFICULTY_LABELS, QUESTION_TYPE_LABELS } from '../../core/labels.ts';
import { seededSample } from '../../core/labs/random.ts';
import { formatInterval, newCard, preview } from '../../core/practice/scheduler.ts';
import {
  addCards,
  applyReview,
  listCards,
  NotACardError,
  type StoredCard,
} from '../../db/cards.ts';
import { getSettings } from '../../db/settings.ts';
import { selectQuestions } from '../../export/select.ts';
import { bold, cyan, dim, fail, green, loadCatalog, printJson, red } from '../output.ts';
import { plainMarkdown, progressBar, Terminal } from '../terminal.ts';
import { openUserDatabase } from '../user.ts';

const RATING_NAMES = { 1: '忘了', 2: '困难', 3: '记得', 4: '简单' } as const;

function meta(catalog: Catalog, q: CompiledQuestion): string {
  const point = catalog.outline.points.get(q.point)?.point.title ?? q.point;
  return dim(`${point} · ${QUESTION_TYPE_LABELS[q.type]} · ${DIFFICULTY_LABELS[q.difficulty]}`);
}

function dueCards(catalog: Catalog, cards: StoredCard[], now: Date): StoredCard[] {
  const at = now.toISOString();
  return cards
    .filter((c) => c.due <= at && catalog.byId.has(c.questionId))
    .sort((a, b) => (a.due < b.due ? -1 : 1));
}

function scoreColor(score: number): (s: string) => string {
  return score >= 80 ? green : score >= 60 ? cyan : red;
}

// --- review -------------------------------------------------------------------------------

export interface ReviewOptions {
  database?: string;
  user?: string;
  limit?: number;
  json?: boolean;
  rate?: string[];
  add?: string[];
}

export async function reviewCommand(root: string, opts: ReviewOptions): Promise<void> {
  const catalog = await loadCatalog(root);
  const { database, userId } = await openUserDatabase(opts);
  const db = database.db;
  try {
    const now = new Date();
    const settings = await getSettings(db, userId);
    if (opts.add?.length) {
      const unknown = opts.add.filter((id) => !catalog.byId.has(id));
      if (unknown.length)
        fail(`not in the bank: ${unknown.join(', ')} (find ids with "aigc-interview search")`);
      const added = await addCards(db, userId, opts.add, newCard(now), now);
      if (opts.json) printJson({ added });
      else
        process.stdout.write(
          `${green('✓')} ${added} 张加入复习（${opts.add.length - added} 张已在计划中）\n`,
        );
      return;
    }
    if (opts.rate?.length) {
      // Scripted ratings: --rate <id>=<1-4>, recorded in order.
      const results = [];
      for (const spec of opts.rate) {
        const m = /^(.+)=([1-4])$/.exec(spec);
        if (!m)
          fail(`--rate "${spec}" must look like <question id>=<1-4>, e.g. --rate kv-cache-size=3`);
        const [, id, r] = m;
        const q = catalog.byId.get(id!);
        if (!q) fail(`no question with id "${id}" (find ids with "aigc-interview search")`);
        try {
          const log = await applyReview(db, {
            userId,
            questionId: id!,
            mode: 'review',
            rating: Number(r),
            reviewedAt: now,
            durationMs: 0,
            answer: null,
            score: null,
            desiredRetention: settings.desiredRetention,
          });
          results.push({ id, rating: Number(r), due: log.after!.due, reps: log.after!.reps });
        } catch (e) {
          if (e instanceof NotACardError)
            fail(
              `"${id}" is not in your review schedule: add it in the web app or with the MCP tool`,
            );
          throw e;
        }
      }
      if (opts.json) printJson({ recorded: results });
      else
        for (const x of results)
          process.stdout.write(
            `${green('✓')} ${x.id}: ${RATING_NAMES[x.rating as 1]} → ${x.due}\n`,
          );
      return;
    }
    const cards = await listCards(db, userId);
    const due = dueCards(catalog, cards, now).slice(0, opts.limit ?? 50);
    if (opts.json || !process.stdin.isTTY) {
      printJson({
        total: cards.length,
        due: due.map((c) => {
          const q = catalog.byId.get(c.questionId)!;
          return {
            id: q.id,
            title: q.title,
            due: c.due,
            reps: c.reps,
            quickAnswer: q.quickAnswer,
            intervals: Object.fromEntries(
              preview(c, now, settings.desiredRetention).map((p) => [p.rating, p.intervalMs]),
            ),
          };
        }),
      });
      return;
    }
    const term = new Terminal();
    term.write(`${bold('复习')} · 到期 ${due.length} 张（共 ${cards.length} 张卡片）\n`);
    if (!due.length) {
      term.write(`${green('✓')} 今天没有到期的卡片。\n`);
      term.close();
      return;
    }
    const tally = { 1: 0, 2: 0, 3: 0, 4: 0 };
    let done = 0;
    for (const card of due) {
      const q = catalog.byId.get(card.questionId)!;
      term.write(
        `\n${dim(progressBar(done, due.length))}\n${bold(q.title)}\n${meta(catalog, q)}\n`,
      );
      const reveal = await term.line(dim('先在心里回答，按 Enter 显示参考答案（q 退出）… '));
      if (reveal === null || reveal.trim() === 'q') break;
      term.write(
        `\n${cyan('── 30 秒回答 ──')}\n${plainMarkdown(q.quickAnswer)}\n${cyan('── 评分要点 ──')}\n`,
      );
      for (const r of q.rubric) term.write(`  [${r.weight}] ${r.point}\n`);
      const t = new Date();
      const options = preview(card, t, settings.desiredRetention)
        .map(
          (p) =>
            `${bold(String(p.rating))} ${RATING_NAMES[p.rating as 1]}(${formatInterval(p.intervalMs)})`,
        )
        .join('  ');
      let rating: number | null = null;
      while (rating === null) {
        const input = await term.line(`记得怎么样？ ${options}  q 退出\n> `);
        if (input === null || input.trim() === 'q') break;
        if (/^[1-4]$/.test(input.trim())) rating = Number(input.trim());
        else term.write(red('请输入 1、2、3 或 4\n'));
      }
      if (rating === null) break;
      const log = await applyReview(db, {
        userId,
        questionId: q.id,
        mode: 'review',
        rating,
        reviewedAt: t,
        durationMs: Date.now() - t.getTime(),
        answer: null,
        score: null,
        desiredRetention: settings.desiredRetention,
      });
      tally[rating as 1]++;
      done++;
      term.write(
        `${green('✓')} 下次复习：${formatInterval(Date.parse(log.after!.due) - t.getTime())}后\n`,
      );
    }
    term.write(
      `\n${dim(progressBar(done, due.length))}\n${bold('完成')}：复习 ${done} 张（忘了 ${tally[1]} · 困难 ${tally[2]} · 记得 ${tally[3]} · 简单 ${tally[4]}）\n`,
    );
    term.close();
  } finally {
    await database.close();
  }
}

// --- quiz ---------------------------------------------------------------------------------

export interface QuizOptions {
  track?: string;
  section?: string;
  role?: string;
  n?: number;
  seed?: number;
  json?: boolean;
  answers?: string;
}

export async function quizCommand(root: string, opts: QuizOptions): Promise<void> {
  const catalog = await loadCatalog(root);
  let pool: CompiledQuestion[];
  try {
    pool = selectQuestions(catalog, opts);
  } catch (e) {
    fail((e as Error).message);
  }
  const seed = opts.seed ?? Math.floor(Date.now() / 1000) % 2 ** 31;
  const quiz = seededSample(pool, opts.n ?? 10, seed);
  const grade = (q: CompiledQuestion, answer: string) => {
    const g = gradeAnswer(gradableOf(q), answer);
    return {
      id: q.id,
      score: g.score,
      hit: g.points.filter((p) => p.hit).map((p) => p.point),
      missed: g.points.filter((p) => !p.hit).map((p) => p.point),
    };
  };
  if (opts.answers) {
    // Scripted: a JSON object {id: answer} graded offline.
    let answers: Record<string, string>;
    try {
      answers = JSON.parse(readFileSync(opts.answers, 'utf8')) as Record<string, string>;
    } catch (e) {
      fail(
        `cannot read --answers ${opts.answers}: ${(e as Error).message} (expected {"<question id>": "<answer>", …})`,
      );
    }
    const results = Object.entries(answers).map(([id, answer]) => {
      const q = catalog.byId.get(id);
      if (!q) fail(`--answers: no question with id "${id}"`);
      if (typeof answer !== 'string') fail(`--answers: the answer to "${id}" must be a string`);
      return grade(q, answer);
    });
    const mean = results.length
      ? Math.round(results.reduce((s, r) => s + r.score, 0) / results.length)
      : 0;
    if (opts.json) printJson({ score: mean, results });
    else
      for (const r of results)
        process.stdout.write(`${scoreColor(r.score)(String(r.score).padStart(3))}  ${r.id}\n`);
    return;
  }
  if (opts.json || !process.stdin.isTTY) {
    printJson({
      seed,
      questions: quiz.map((q) => ({
        id: q.id,
        title: q.title,
        type: q.type,
        difficulty: q.difficulty,
      })),
      hint: 'answer with: aigc-interview quiz --answers answers.json --json  ({"<id>": "<answer>"})',
    });
    return;
  }
  const term = new Terminal();
  term.write(`${bold('笔试练习')} · ${quiz.length} 题（seed ${seed}，离线按评分要点打分）\n`);
  const scores: { q: CompiledQuestion; score: number }[] = [];
  for (const [i, q] of quiz.entries()) {
    term.write(
      `\n${dim(progressBar(i, quiz.length))}\n${bold(`${i + 1}. ${q.title}`)}\n${meta(catalog, q)}\n`,
    );
    const answer = await term.answer();
    if (answer === null) break;
    const r = grade(q, answer);
    scores.push({ q, score: r.score });
    term.write(`${scoreColor(r.score)(`得分 ${r.score}/100`)}\n`);
    for (const p of r.missed) term.write(`  ${red('✗')} ${p}\n`);
    for (const p of r.hit) term.write(`  ${green('✓')} ${p}\n`);
    term.write(`${cyan('参考：')}${plainMarkdown(q.quickAnswer)}\n`);
  }
  const mean = scores.length
    ? Math.round(scores.reduce((s, x) => s + x.score, 0) / scores.length)
    : 0;
  term.write(
    `\n${dim(progressBar(scores.length, quiz.length))}\n${bold('平均分')} ${scoreColor(mean)(String(mean))}（${scores.length} 题）\n`,
  );
  const weak = scores.filter((s) => s.score < 60);
  if (weak.length)
    term.write(`需要加强：\n${weak.map((w) => `  - ${w.q.id} · ${w.q.title}`).join('\n')}\n`);
  term.close();
}

// --- interview ----------------------------------------------------------------------------

export interface InterviewOptions {
  role?: string;
  minutes?: number;
  level?: string;
  seed?: number;
  json?: boolean;
}

export async function interviewCommand(root: string, opts: InterviewOptions): Promise<void> {
  const role = (opts.role ?? 'mix') as InterviewRole;
  if (!INTERVIEW_ROLES.includes(role)) fail(`--role must be one of ${INTERVIEW_ROLES.join(', ')}`);
  const level = (opts.level ?? 'social') as Level;
  if (!LEVELS.includes(level)) fail(`--level must be one of ${LEVELS.join(', ')}`);
  const catalog = await loadCatalog(root);
  const seed = opts.seed ?? Math.floor(Date.now() / 1000) % 2 ** 31;
  const plan = planInterview(catalog, { role, level, minutes: opts.minutes ?? 30, seed });
  if (opts.json || !process.stdin.isTTY) {
    printJson({ role, level, seed, plan, hint: 'run in a terminal to be interviewed' });
    return;
  }
  const term = new Terminal();
  const byId = (id: string) => catalog.byId.get(id);
  term.write(
    `${bold('模拟面试')} · ${role} · ${level} · ${plan.length} 道主问题（约 ${opts.minutes ?? 30} 分钟，seed ${seed}）\n${dim('回答得好会被追问；答得弱会看到参考答案。')}\n`,
  );
  let state = { position: 0, stage: 0 };
  const turns: Turn[] = [];
  for (;;) {
    const prompt = currentPrompt(plan, state, byId);
    if (!prompt) break;
    const q = byId(prompt.questionId)!;
    const head =
      prompt.stage === 0
        ? `${prompt.position + 1}. ${prompt.text}`
        : `追问 ${prompt.stage}：${prompt.text}`;
    term.write(`\n${dim(progressBar(state.position, plan.length))}\n${bold(head)}\n`);
    if (prompt.stage === 0)
      term.write(`${meta(catalog, q)} ${dim(`· 建议 ${prompt.minutes} 分钟`)}\n`);
    const t = Date.now();
    const answer = await term.answer();
    if (answer === null) break;
    const graded = gradeTurn(q, prompt.stage, answer);
    turns.push({
      position: prompt.position,
      stage: prompt.stage,
      questionId: q.id,
      prompt: prompt.text,
      answer,
      score: graded.score,
      grade: graded.grade,
      durationMs: Date.now() - t,
    });
    const step = advance(plan, state, q, graded.score);
    term.write(`${scoreColor(graded.score)(`得分 ${graded.score}`)}\n`);
    if (step.next !== 'follow-up')
      term.write(`${cyan('参考：')}${plainMarkdown(graded.reference)}\n`);
    state = step.state;
    if (step.next === 'finished') break;
  }
  const report = buildReport(catalog, plan, turns);
  term.write(
    `\n${bold('面试报告')} · 总分 ${scoreColor(report.total)(String(report.total))} · 作答 ${report.answered}/${report.planned}\n`,
  );
  for (const s of report.sections) term.write(`  ${s.title}: ${s.score}（${s.questions} 题）\n`);
  if (report.weakest.length)
    term.write(
      `薄弱考点：\n${report.weakest.map((w) => `  - ${w.title}（${w.score}）`).join('\n')}\n`,
    );
  term.close();
}
