/**
 * The bank and the user's practice as an MCP server (stdio), for AI assistants: search, read a
 * question (with or without its answer), draw a quiz, grade a written answer against the rubric,
 * list due reviews and record one; the outline as a resource. Same core and database as the web
 * app: reviews recorded here show up there.
 */
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { z } from 'zod';
import type { CompiledQuestion } from '../core/bundle.ts';
import type { Catalog } from '../core/catalog.ts';
import { gradableOf, gradeAnswer } from '../core/grading/grade.ts';
import {
  INTERVIEW_ROLES,
  type InterviewRole,
  LEVELS,
  type Level,
  planInterview,
} from '../core/interview/planner.ts';
import { QUESTION_TYPE_LABELS } from '../core/labels.ts';
import { seededSample } from '../core/labs/random.ts';
import { formatInterval, newCard } from '../core/practice/scheduler.ts';
import { addCards, applyReview, listCards, NotACardError } from '../db/cards.ts';
import type { Database } from '../db/connect.ts';
import { getSettings } from '../db/settings.ts';

export interface McpDeps {
  catalog: Catalog;
  database: Database;
  /** Whose cards the review tools read and write. */
  userId: string;
  now?: () => Date;
  version: string;
}

const RATINGS = {
  1: 'Again（忘了）',
  2: 'Hard（困难）',
  3: 'Good（记得）',
  4: 'Easy（简单）',
} as const;

/** A tool result: readable text for the model, the same data as structured content for programs. */
function result(text: string, data: Record<string, unknown>) {
  return { content: [{ type: 'text' as const, text }], structuredContent: data };
}

function failure(message: string) {
  return { content: [{ type: 'text' as const, text: message }], isError: true };
}

function summary(q: CompiledQuestion) {
  return {
    id: q.id,
    title: q.title,
    track: q.track,
    section: q.section,
    point: q.point,
    type: q.type,
    difficulty: q.difficulty,
    frequency: q.frequency,
  };
}

function line(q: CompiledQuestion): string {
  return `- ${q.id} · ${q.title}（${QUESTION_TYPE_LABELS[q.type]}，难度 ${q.difficulty}/5，频率 ${q.frequency}/5）`;
}

/** A question as Markdown; the answer parts only when asked for. */
export function questionMarkdown(
  catalog: Catalog,
  q: CompiledQuestion,
  withAnswer: boolean,
): string {
  const point = catalog.outline.points.get(q.point)?.point;
  const out = [
    `# ${q.title}`,
    '',
    `id: ${q.id} · ${QUESTION_TYPE_LABELS[q.type]} · 难度 ${q.difficulty}/5 · 频率 ${q.frequency}/5`,
    `考点: ${point ? `${point.title}（${point.title_en}）` : q.point}`,
  ];
  if (!withAnswer) {
    out.push(
      '',
      `评分要点数: ${q.rubric.length}；追问: ${q.followUps.length} 层。先作答，再用 grade_answer 评分或 get_question include_answer=true 看答案。`,
    );
    return out.join('\n');
  }
  out.push(
    '',
    '## 30 秒回答',
    '',
    q.quickAnswer.trim(),
    '',
    '## 详解',
    '',
    q.body.trim(),
    '',
    '## 评分要点',
  );
  for (const r of q.rubric) out.push(`- [${r.weight}] ${r.point}`);
  out.push('', '## 追问');
  q.followUps.forEach((f, i) => {
    out.push(`${i + 1}. ${f.q}`, `   答：${f.a}`);
  });
  if (q.references?.length) {
    out.push('', '## 参考');
    for (const r of q.references) out.push(`- ${r.title}: ${r.url}`);
  }
  return out.join('\n');
}

export function outlineMarkdown(catalog: Catalog): string {
  const out = ['# AIGC 面试大纲（题数）', ''];
  for (const t of catalog.countedOutline()) {
    out.push(`## ${t.title}（${t.count}）`);
    for (const s of t.sections) {
      out.push(`### ${s.title}（${s.count}）`);
      for (const topic of s.topics)
        for (const p of topic.points) out.push(`- ${p.id} · ${p.title}（${p.count}）`);
    }
    out.push('');
  }
  return out.join('\n');
}

export function createMcpServer(deps: McpDeps): McpServer {
  const { catalog, database, userId } = deps;
  const now = deps.now ?? (() => new Date());
  const db = database.db;
  const server = new McpServer(
    { name: 'aigc-interview', version: deps.version },
    {
      instructions:
        'AIGC 面试训练营题库（中文，含英文术语）。用 search_questions 找题，get_question 读题（include_answer 控制是否给答案），draw_quiz 抽题，grade_answer 按评分要点给书面回答打分；list_due_reviews / record_review 读写与网页版同一份 FSRS 复习计划。',
    },
  );

  server.registerTool(
    'search_questions',
    {
      title: 'Search the question bank',
      description:
        'Search interview questions by Chinese or English keywords (e.g. "KV cache 显存", "LoRA rank"). Returns ids and titles, best first.',
      inputSchema: {
        query: z.string().min(1).max(200).describe('keywords, Chinese and/or English'),
        limit: z.number().int().min(1).max(50).default(10).describe('how many results (1-50)'),
        track: z
          .enum(['algorithm', 'backend', 'vision', 'multimodal'])
          .optional()
          .describe('only this track'),
      },
    },
    async ({ query, limit, track }) => {
      const hits = catalog
        .find(query, track ? 200 : limit)
        .map((h) => catalog.byId.get(h.id)!)
        .filter((q) => !track || q.track === track)
        .slice(0, limit);
      const text = hits.length
        ? `${hits.length} 道题：\n${hits.map(line).join('\n')}`
        : `没有找到与“${query}”相关的题目：换个关键词（中文或英文术语）再试。`;
      return result(text, { results: hits.map(summary) });
    },
  );

  server.registerTool(
    'get_question',
    {
      title: 'Read a question',
      description:
        'A question by id. Without include_answer only the question (for practice); with it the 30-second answer, the deep answer (Markdown with LaTeX), the rubric, the follow-up ladder and references.',
      inputSchema: {
        id: z.string().min(1).max(128).describe('question id, from search_questions or draw_quiz'),
        include_answer: z.boolean().default(false),
      },
    },
    async ({ id, include_answer }) => {
      const q = catalog.byId.get(id);
      if (!q) return failure(`没有 id 为“${id}”的题目：用 search_questions 查找正确的 id。`);
      return result(questionMarkdown(catalog, q, include_answer), {
        question: {
          ...summary(q),
          ...(include_answer
            ? {
                quickAnswer: q.quickAnswer,
                body: q.body,
                rubric: q.rubric.map((r) => ({ point: r.point, weight: r.weight })),
                followUps: q.followUps.map((f) => ({ q: f.q, a: f.a })),
              }
            : {}),
        },
      });
    },
  );

  server.registerTool(
    'draw_quiz',
    {
      title: 'Draw a quiz',
      description:
        'Draw questions (without answers) for a role, as an interviewer would pick them, or from one outline section. Same seed, same questions.',
      inputSchema: {
        role: z
          .enum(INTERVIEW_ROLES)
          .optional()
          .describe('algorithm, backend, vision, multimodal or mix'),
        section: z.string().optional().describe('an outline section id, e.g. backend.serving'),
        count: z.number().int().min(1).max(20).default(5),
        level: z.enum(LEVELS).default('social').describe('campus, social or senior'),
        seed: z
          .number()
          .int()
          .min(0)
          .max(2 ** 31)
          .optional(),
      },
    },
    async ({ role, section, count, level, seed }) => {
      if (!role === !section)
        return failure(
          '给出 role 或 section 之一（例如 role="backend"，或 section="backend.serving"）。',
        );
      const s = seed ?? Math.floor(now().getTime() / 1000) % 2 ** 31;
      let picked: CompiledQuestion[];
      if (role) {
        picked = planInterview(catalog, {
          role: role as InterviewRole,
          level: level as Level,
          minutes: 240,
          seed: s,
          maxQuestions: count,
        }).map((p) => catalog.byId.get(p.id)!);
      } else {
        const pool = catalog.list({ section: section! });
        if (!pool.length)
          return failure(
            `没有章节“${section}”：可用的有 ${catalog.bundle.outline.tracks.flatMap((t) => t.sections.map((x) => x.id)).join(', ')}`,
          );
        picked = seededSample(pool, count, s);
      }
      return result(`抽到 ${picked.length} 道题（seed ${s}）：\n${picked.map(line).join('\n')}`, {
        seed: s,
        questions: picked.map(summary),
      });
    },
  );

  server.registerTool(
    'grade_answer',
    {
      title: 'Grade a written answer',
      description:
        "Score a written answer (0-100) against the question's rubric, offline: which scoring points it hit (with the matched words) and which it missed.",
      inputSchema: {
        id: z.string().min(1).max(128),
        answer: z
          .string()
          .min(1)
          .max(20_000)
          .describe('the candidate answer, in Chinese or English'),
      },
    },
    async ({ id, answer }) => {
      const q = catalog.byId.get(id);
      if (!q) return failure(`没有 id 为“${id}”的题目：用 search_questions 查找正确的 id。`);
      const g = gradeAnswer(gradableOf(q), answer);
      const text = [
        `「${q.title}」得分 ${g.score}/100`,
        ...g.points.map(
          (p) =>
            `${p.hit ? '✓' : '✗'} [${p.weight}] ${p.point}${p.matched.length ? `（命中：${p.matched.join('、')}）` : ''}${p.missing.length ? `（缺少：${p.missing.join('、')}）` : ''}`,
        ),
      ].join('\n');
      return result(text, {
        score: g.score,
        points: g.points.map(({ point, weight, hit, matched, missing }) => ({
          point,
          weight,
          hit,
          matched,
          missing,
        })),
      });
    },
  );

  server.registerTool(
    'list_due_reviews',
    {
      title: 'List due reviews',
      description:
        "The user's spaced-repetition cards that are due now (the same schedule as the web app), oldest first.",
      inputSchema: { limit: z.number().int().min(1).max(100).default(10) },
    },
    async ({ limit }) => {
      const t = now().toISOString();
      const cards = await listCards(db, userId);
      const due = cards
        .filter((c) => c.due <= t && catalog.byId.has(c.questionId))
        .sort((a, b) => (a.due < b.due ? -1 : 1));
      const shown = due
        .slice(0, limit)
        .map((c) => ({ ...summary(catalog.byId.get(c.questionId)!), due: c.due, reps: c.reps }));
      const text = due.length
        ? `到期 ${due.length} 张（共 ${cards.length} 张卡片）：\n${shown.map((c) => `- ${c.id} · ${c.title}（到期 ${c.due.slice(0, 16).replace('T', ' ')}）`).join('\n')}`
        : `现在没有到期的卡片（共 ${cards.length} 张）。`;
      return result(text, { due: due.length, total: cards.length, cards: shown });
    },
  );

  server.registerTool(
    'add_to_review',
    {
      title: 'Add questions to review',
      description:
        'Put questions into the spaced-repetition schedule (cards that already exist are kept).',
      inputSchema: { ids: z.array(z.string().min(1).max(128)).min(1).max(200) },
    },
    async ({ ids }) => {
      const unknown = ids.filter((id) => !catalog.byId.has(id));
      if (unknown.length) return failure(`这些 id 不在题库中：${unknown.join(', ')}`);
      const t = now();
      const added = await addCards(db, userId, ids, newCard(t), t);
      return result(`加入复习 ${added} 张（${ids.length - added} 张已在计划中）。`, { added });
    },
  );

  server.registerTool(
    'record_review',
    {
      title: 'Record a review',
      description:
        'Rate how well the user recalled a card: 1 Again, 2 Hard, 3 Good, 4 Easy. FSRS schedules the next review; the web app sees the same card.',
      inputSchema: {
        id: z.string().min(1).max(128),
        rating: z.number().int().min(1).max(4),
        answer: z
          .string()
          .max(20_000)
          .optional()
          .describe('the written answer, graded and kept in the log'),
      },
    },
    async ({ id, rating, answer }) => {
      const q = catalog.byId.get(id);
      if (!q) return failure(`没有 id 为“${id}”的题目：用 search_questions 查找正确的 id。`);
      const t = now();
      const settings = await getSettings(db, userId);
      const text = answer?.trim() ? answer : null;
      try {
        const log = await applyReview(db, {
          userId,
          questionId: id,
          mode: 'review',
          rating,
          reviewedAt: t,
          durationMs: 0,
          answer: text,
          score: text ? gradeAnswer(gradableOf(q), text).score : null,
          desiredRetention: settings.desiredRetention,
        });
        const due = log.after!.due;
        const interval = formatInterval(Date.parse(due) - t.getTime());
        return result(
          `已记录「${q.title}」：${RATINGS[rating as 1 | 2 | 3 | 4]}。下次复习：${interval}后（${due.slice(0, 16).replace('T', ' ')} UTC）。`,
          {
            logId: log.id,
            due,
            reps: log.after!.reps,
          },
        );
      } catch (e) {
        if (e instanceof NotACardError)
          return failure(`「${q.title}」还不在复习计划中：先用 add_to_review 加入。`);
        throw e;
      }
    },
  );

  server.registerResource(
    'outline',
    'aigc://outline',
    {
      title: 'AIGC interview outline',
      description: 'Tracks, sections and knowledge points with question counts',
      mimeType: 'text/markdown',
    },
    async (uri) => ({
      contents: [{ uri: uri.href, mimeType: 'text/markdown', text: outlineMarkdown(catalog) }],
    }),
  );

  server.registerResource(
    'question',
    new ResourceTemplate('aigc://question/{id}', { list: undefined }),
    { title: 'A question with its answer', mimeType: 'text/markdown' },
    async (uri, { id }) => {
      const q = catalog.byId.get(String(id));
      if (!q) throw new Error(`no question with id "${id}"`);
      return {
        contents: [
          { uri: uri.href, mimeType: 'text/markdown', text: questionMarkdown(catalog, q, true) },
        ],
      };
    },
  );

  return server;
}

export async function serveMcp(deps: McpDeps, transport: Transport): Promise<McpServer> {
  const server = createMcpServer(deps);
  await server.connect(transport);
  return server;
}
