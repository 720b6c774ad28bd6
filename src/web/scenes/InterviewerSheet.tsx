/** Interviewer mode: a printable interview sheet (questions, follow-up ladders, rubric with score boxes). */
import { useEffect, useState } from 'react';
import { LEVEL_LABELS } from '../../core/interview/planner.ts';
import { QUESTION_TYPE_LABELS, type QuestionType } from '../../core/labels.ts';
import { api, type InterviewSheet } from '../api/client.ts';
import { ErrorNote, Html, Loading } from '../components/bits.tsx';

const ROLE_NAMES: Record<string, string> = {
  algorithm: '算法岗',
  backend: '后端/平台岗',
  vision: '视觉岗',
  multimodal: '多模态岗',
  mix: '综合',
};

export function InterviewerSheet() {
  const [role, setRole] = useState('algorithm');
  const [level, setLevel] = useState('social');
  const [count, setCount] = useState(6);
  const [seed, setSeed] = useState(1);
  const [sheet, setSheet] = useState<InterviewSheet>();
  const [error, setError] = useState<Error>();
  useEffect(() => {
    api.interviewSheet({ role, level, count, seed }).then(setSheet, setError);
  }, [role, level, count, seed]);
  return (
    <>
      <div className="no-print">
        <h1>面试官模式</h1>
        <div className="filters">
          <select
            value={role}
            onChange={(e) => setRole(e.target.value)}
            aria-label="岗位"
            data-testid="sheet-role"
          >
            <option value="algorithm">算法</option>
            <option value="backend">后端与平台</option>
            <option value="vision">视觉</option>
            <option value="multimodal">多模态</option>
            <option value="mix">综合</option>
          </select>
          <select value={level} onChange={(e) => setLevel(e.target.value)} aria-label="级别">
            {Object.entries(LEVEL_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
          <label>
            题数{' '}
            <input
              type="number"
              min={1}
              max={30}
              value={count}
              onChange={(e) => setCount(Number(e.target.value) || 1)}
            />
          </label>
          <button type="button" onClick={() => setSeed(seed + 1)}>
            换一套
          </button>
          <button type="button" className="primary" onClick={() => window.print()}>
            打印 / 存为 PDF
          </button>
        </div>
      </div>
      {error && <ErrorNote error={error} />}
      {!sheet && !error && <Loading />}
      {sheet && (
        <div className="sheet" data-testid="sheet">
          <h1 className="print-only">
            AIGC 面试记录表 · {ROLE_NAMES[sheet.role] ?? sheet.role} ·{' '}
            {LEVEL_LABELS[sheet.level as 'social']} · 第 {sheet.seed} 套
          </h1>
          <p className="print-only small">
            候选人：＿＿＿＿＿＿ 日期：＿＿＿＿＿＿ 面试官：＿＿＿＿＿＿
          </p>
          {sheet.questions.map((q, k) => (
            <section key={q.id} className="sheet-question" data-testid="sheet-question">
              <h2>
                {k + 1}. {q.title}
              </h2>
              <p className="muted small">
                {QUESTION_TYPE_LABELS[q.type as QuestionType]} · 难度 {q.difficulty} · 约{' '}
                {q.minutes} 分钟
              </p>
              <table className="rubric sheet-rubric">
                <tbody>
                  {q.rubric.map((r) => (
                    <tr key={r.pointHtml}>
                      <td className="box">□</td>
                      <td>
                        <Html html={r.pointHtml} className="inline" />
                      </td>
                      <td className="weight">{r.weight}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <ol className="sheet-followups">
                {q.followUps.map((f) => (
                  <li key={f.qHtml}>
                    <Html html={f.qHtml} className="inline" />
                    <Html html={f.aHtml} className="prose small muted" />
                  </li>
                ))}
              </ol>
              <p className="score-line">
                得分：＿＿＿ / 100　备注：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
              </p>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
