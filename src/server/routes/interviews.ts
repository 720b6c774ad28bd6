/** Mock interviews: plan, answer one prompt at a time, pause/resume/abandon, report. */
import { randomInt } from 'node:crypto';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { InterviewView } from '../../core/api.ts';
import type { Catalog } from '../../core/catalog.ts';
import { verdictToGrade } from '../../core/interview/llm.ts';
import { INTERVIEW_ROLES, LEVELS, planInterview } from '../../core/interview/planner.ts';
import { buildReport, type InterviewReport } from '../../core/interview/report.ts';
import { advance, currentPrompt, gradeTurn, MAX_RUNGS } from '../../core/interview/session.ts';
import { newCard } from '../../core/practice/scheduler.ts';
import { addCards } from '../../db/cards.ts';
import {
  createInterview,
  getInterview,
  type Interview,
  listInterviews,
  listTurns,
  recordTurn,
  saveDraft,
  setStatus,
} from '../../db/interviews.ts';
import { limitsOf, withinLimit } from '../auth.ts';
import type { AppEnv, ServerDeps } from '../context.ts';
import { ApiError } from '../errors.ts';
import { describeLlmError } from '../llm/client.ts';
import { parseParams, readJson } from '../validate.ts';

export const InterviewCreate = z.strictObject({
  role: z.enum(INTERVIEW_ROLES),
  minutes: z.number().int().min(10, 'must be at least 10').max(120, 'must be at most 120'),
  level: z.enum(LEVELS),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
});
export const AnswerBody = z.strictObject({
  text: z.string().max(20_000),
  durationMs: z.number().int().min(0).max(86_400_000).default(0),
});
export const SheetQuery = z.strictObject({
  role: z.enum(INTERVIEW_ROLES).default('algorithm'),
  level: z.enum(LEVELS).default('social'),
  count: z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1).max(30))
    .default(6),
  seed: z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).default(1),
});

export const DraftBody = z.strictObject({ text: z.string().max(20_000) });

function view(catalog: Catalog, i: Interview): InterviewView {
  const p =
    i.status === 'finished' || i.status === 'abandoned'
      ? null
      : currentPrompt(i.plan, i, (id) => catalog.byId.get(id));
  const q = p ? catalog.byId.get(p.questionId)! : undefined;
  return {
    id: i.id,
    role: i.role,
    minutes: i.minutes,
    level: i.level,
    seed: i.seed,
    status: i.status,
    createdAt: i.createdAt,
    total: i.total,
    planned: i.plan.length,
    position: i.position,
    current: p && q ? { ...p, type: q.type, title: q.title } : null,
    draft: i.draft,
  };
}

export function interviewRoutes({
  catalog,
  database,
  now = () => new Date(),
  llm,
  auth,
}: ServerDeps): Hono<AppEnv> {
  const llmLimit = limitsOf(auth).llm;
  const app = new Hono<AppEnv>();
  const { db } = database;
  const load = async (userId: string, id: string) => {
    const i = await getInterview(db, userId, id);
    if (!i) throw ApiError.notFound(`no interview with id "${id}"`, 'interview_not_found');
    return i;
  };

  app.get('/', async (c) => {
    const all = await listInterviews(db, c.get('userId'));
    return c.json({ items: all.map((i) => view(catalog, i)) });
  });

  app.post('/', async (c) => {
    const b = parseParams(InterviewCreate, await readJson(c), 'body');
    const seed = b.seed ?? randomInt(0, 2 ** 31 - 1);
    const plan = planInterview(catalog, { role: b.role, minutes: b.minutes, level: b.level, seed });
    if (!plan.length)
      throw ApiError.badRequest(
        'the bank has no questions for this role and level yet',
        'empty_plan',
      );
    const i = await createInterview(
      db,
      c.get('userId'),
      { role: b.role, minutes: b.minutes, level: b.level, seed, plan },
      now(),
    );
    return c.json<InterviewView>(view(catalog, i), 201);
  });

  /** Interviewer mode: a printable sheet of questions, follow-up ladders and rubrics with score boxes. */
  app.get('/sheet', (c) => {
    const q = parseParams(SheetQuery, c.req.query(), 'query');
    const plan = planInterview(catalog, {
      role: q.role,
      level: q.level,
      seed: q.seed,
      minutes: q.count * 15,
      maxQuestions: q.count,
    });
    return c.json({
      role: q.role,
      level: q.level,
      seed: q.seed,
      questions: plan.map((p) => {
        const full = catalog.byId.get(p.id)!;
        return {
          ...p,
          title: full.title,
          quickAnswerHtml: full.quickAnswerHtml,
          rubric: full.rubric.map((r) => ({ pointHtml: r.pointHtml, weight: r.weight })),
          followUps: full.followUps.map((f) => ({ qHtml: f.qHtml, aHtml: f.aHtml })),
        };
      }),
    });
  });

  app.get('/:id', async (c) =>
    c.json<InterviewView>(view(catalog, await load(c.get('userId'), c.req.param('id')))),
  );

  app.put('/:id/draft', async (c) => {
    const b = parseParams(DraftBody, await readJson(c), 'body');
    const i = await load(c.get('userId'), c.req.param('id'));
    if (i.status === 'finished' || i.status === 'abandoned')
      throw ApiError.badRequest(`the interview is ${i.status}`, 'interview_closed');
    await saveDraft(db, c.get('userId'), i.id, b.text, now());
    return c.json({ saved: true });
  });

  /** Grade the answer to the current prompt, record it, and move on. */
  const answerTurn = async (
    userId: string,
    id: string,
    b: z.infer<typeof AnswerBody>,
    onDelta?: (t: string) => void,
  ) => {
    const i = await load(userId, id);
    if (i.status !== 'active')
      throw ApiError.badRequest(
        `the interview is ${i.status}: resume it first`,
        'interview_not_active',
      );
    const prompt = currentPrompt(i.plan, i, (qid) => catalog.byId.get(qid));
    if (!prompt)
      throw ApiError.badRequest('the interview has no open question', 'interview_closed');
    const q = catalog.byId.get(prompt.questionId)!;
    let graded = gradeTurn(q, prompt.stage, b.text);
    let grader: 'offline' | 'llm' = 'offline';
    let notice: string | null = null;
    let step = advance(i.plan, i, q, graded.score);
    const useLlm = llm && prompt.stage === 0 && b.text.trim();
    if (useLlm && !(await withinLimit(database, `llm:${userId}`, llmLimit, now()))) {
      notice = `LLM 评分已达上限（每 ${Math.round(llmLimit.windowMs / 60_000)} 分钟 ${llmLimit.max} 次），本题已改用离线评分。`;
    } else if (useLlm) {
      try {
        const verdict = await llm.grade(q, b.text, onDelta);
        const grade = verdictToGrade(q, verdict);
        graded = { score: grade.score, grade, reference: q.quickAnswer };
        grader = 'llm';
        // The model picks the follow-up from the question's own ladder, or moves on.
        step =
          verdict.follow_up !== null && grade.score >= 60
            ? {
                state: {
                  position: i.position,
                  stage: Math.min(verdict.follow_up, MAX_RUNGS - 1) + 1,
                },
                next: 'follow-up',
              }
            : advance(i.plan, i, q, 0);
      } catch (e) {
        notice = `LLM 评分不可用（${describeLlmError(e)}），本题已改用离线评分。`;
      }
    }
    let total: number | undefined;
    const turn = {
      position: prompt.position,
      stage: prompt.stage,
      questionId: q.id,
      prompt: prompt.text,
      answer: b.text,
      score: graded.score,
      grade: graded.grade,
      durationMs: b.durationMs,
    };
    if (step.next === 'finished')
      total = buildReport(catalog, i.plan, [...(await listTurns(db, i.id)), turn]).total;
    await recordTurn(
      db,
      userId,
      i.id,
      turn,
      {
        ...step.state,
        status: step.next === 'finished' ? 'finished' : 'active',
        ...(total !== undefined ? { total } : {}),
      },
      now(),
    );
    const weak = prompt.stage === 0 ? graded.score < 60 : graded.score < 50;
    return {
      feedback: {
        score: graded.score,
        points:
          graded.grade?.points.map((p) => ({
            point: p.point,
            weight: p.weight,
            hit: p.hit,
            note: grader === 'llm' ? (p.hit ? p.matched[0] : p.missing[0]) : undefined,
          })) ?? [],
        weak,
        // The reference is shown after a weak answer, and after every follow-up.
        reference: weak || prompt.stage > 0 ? graded.reference : null,
        next: step.next,
        grader,
        notice,
      },
      interview: view(catalog, (await getInterview(db, userId, i.id))!),
    };
  };

  app.post('/:id/answer', async (c) => {
    const b = parseParams(AnswerBody, await readJson(c), 'body');
    return c.json(await answerTurn(c.get('userId'), c.req.param('id'), b));
  });

  /** The same, as server-sent events: the model's reply streams as "delta" events, then "result". */
  app.post('/:id/answer/stream', async (c) => {
    const b = parseParams(AnswerBody, await readJson(c), 'body');
    const userId = c.get('userId');
    const id = c.req.param('id');
    await load(userId, id);
    return streamSSE(c, async (stream) => {
      try {
        const result = await answerTurn(
          userId,
          id,
          b,
          (t) => void stream.writeSSE({ event: 'delta', data: t }),
        );
        await stream.writeSSE({ event: 'result', data: JSON.stringify(result) });
      } catch (e) {
        const err =
          e instanceof ApiError
            ? { id: e.id, message: e.message }
            : { id: 'internal', message: 'internal server error' };
        await stream.writeSSE({ event: 'error', data: JSON.stringify({ error: err }) });
      }
    });
  });

  for (const [action, from, to] of [
    ['pause', ['active'], 'paused'],
    ['resume', ['paused', 'active'], 'active'],
    ['abandon', ['active', 'paused'], 'abandoned'],
  ] as const) {
    app.post(`/:id/${action}`, async (c) => {
      const i = await load(c.get('userId'), c.req.param('id'));
      if (!(from as readonly string[]).includes(i.status))
        throw ApiError.badRequest(
          `cannot ${action} an interview that is ${i.status}`,
          'bad_transition',
        );
      await setStatus(db, c.get('userId'), i.id, to, now());
      return c.json<InterviewView>(view(catalog, (await getInterview(db, c.get('userId'), i.id))!));
    });
  }

  app.get('/:id/report', async (c) => {
    const i = await load(c.get('userId'), c.req.param('id'));
    return c.json<InterviewReport & { interview: InterviewView }>({
      ...buildReport(catalog, i.plan, await listTurns(db, i.id)),
      interview: view(catalog, i),
    });
  });

  /** Every question whose main answer missed a rubric point becomes a review card. */
  app.post('/:id/cards', async (c) => {
    const i = await load(c.get('userId'), c.req.param('id'));
    const report = buildReport(catalog, i.plan, await listTurns(db, i.id));
    const ids = report.questions.filter((q) => q.missed.length > 0).map((q) => q.questionId);
    const t = now();
    return c.json({
      added: await addCards(db, c.get('userId'), ids, newCard(t), t),
      questions: ids.length,
    });
  });

  return app;
}
