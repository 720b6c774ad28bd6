/**
 * The LLM interviewer's contract: the messages it gets (grounded in the question's rubric, reference
 * answer and follow-up ladder) and the JSON it must return, validated before use.
 */
import { z } from 'zod';
import type { CompiledQuestion } from '../bundle.ts';
import type { Grade } from '../grading/grade.ts';

export const LlmVerdict = z.strictObject({
  points: z
    .array(
      z.strictObject({
        index: z.number().int().min(0),
        hit: z.boolean(),
        justification: z.string().max(400),
      }),
    )
    .min(1),
  /** Index into the question's follow-up ladder to ask next, or null to move on. */
  follow_up: z.number().int().min(0).nullable(),
  comment: z.string().max(600),
});
export type LlmVerdict = z.infer<typeof LlmVerdict>;

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export function gradingMessages(q: CompiledQuestion, answer: string): ChatMessage[] {
  const rubric = q.rubric.map((r, i) => `${i}. [${r.weight} 分] ${r.point}`).join('\n');
  const ladder = q.followUps.map((f, i) => `${i}. ${f.q}`).join('\n');
  return [
    {
      role: 'system',
      content:
        '你是一位大厂 AIGC 方向的技术面试官。只依据给出的得分点和参考答案评判候选人的书面回答，不要引入得分点之外的标准。' +
        '只输出一个 JSON 对象，不要输出其他文字，格式为：' +
        '{"points":[{"index":得分点序号,"hit":true或false,"justification":"一句话理由"}],"follow_up":追问序号或null,"comment":"一两句总体评价"}。' +
        'points 必须覆盖每个得分点且只出现一次；follow_up 只能从给出的追问清单中选，回答没有覆盖核心得分点时为 null。',
    },
    {
      role: 'user',
      content: `题目：${q.title}\n\n得分点：\n${rubric}\n\n参考答案（速答）：\n${q.quickAnswer}\n\n追问清单：\n${ladder}\n\n候选人的回答：\n${answer}`,
    },
  ];
}

/** Parse and check the model's reply; throws with a reason when it is not usable. */
export function parseVerdict(q: CompiledQuestion, text: string): LlmVerdict {
  const json = text.trim().replace(/^```(?:json)?\s*|\s*```$/g, '');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('the model did not return valid JSON');
  }
  const v = LlmVerdict.parse(data);
  const seen = new Set(v.points.map((p) => p.index));
  if (seen.size !== q.rubric.length || [...seen].some((i) => i >= q.rubric.length)) {
    throw new Error(`the model graded ${seen.size} of ${q.rubric.length} rubric points`);
  }
  if (v.follow_up !== null && v.follow_up >= q.followUps.length)
    throw new Error('the model chose a follow-up that is not in the ladder');
  return v;
}

/** The verdict in the grader's own shape, so reports treat both graders alike. */
export function verdictToGrade(q: CompiledQuestion, v: LlmVerdict): Grade {
  const byIndex = new Map(v.points.map((p) => [p.index, p]));
  const points = q.rubric.map((r, i) => {
    const hit = byIndex.get(i)?.hit ?? false;
    return {
      point: r.point,
      weight: r.weight,
      hit,
      credit: hit ? 1 : 0,
      matched: hit ? [byIndex.get(i)!.justification] : [],
      missing: hit ? [] : [byIndex.get(i)?.justification ?? ''],
    };
  });
  const score = points.reduce((s, p) => s + (p.hit ? p.weight : 0), 0);
  return {
    score,
    points,
    highlights: [],
    relevance: 1,
    suggestedRating: score >= 85 ? 4 : score >= 60 ? 3 : score >= 35 ? 2 : 1,
  };
}
