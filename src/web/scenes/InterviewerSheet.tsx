/** Interviewer mode: a printable interview sheet (questions, follow-up ladders, rubric with score boxes). */
import { useEffect, useState } from 'react';
import { api, type InterviewSheet } from '../api/client.ts';
import { ErrorNote, Html, Loading } from '../components/bits.tsx';
import { useLang, useT } from '../i18n.tsx';
import {
  INTERVIEW_ROLE_IDS,
  interviewRoleLabel,
  LEVEL_IDS,
  levelLabel,
  typeLabel,
} from '../labels.ts';

const ROLE_NAMES: Record<string, [string, string]> = {
  algorithm: ['算法岗', 'LLM algorithm'],
  backend: ['后端/平台岗', 'Backend / platform'],
  vision: ['视觉岗', 'Vision'],
  multimodal: ['多模态岗', 'Multimodal'],
  mix: ['综合', 'Mixed'],
};

export function InterviewerSheet() {
  const [role, setRole] = useState('algorithm');
  const [level, setLevel] = useState('social');
  const [count, setCount] = useState(6);
  const [seed, setSeed] = useState(1);
  const [sheet, setSheet] = useState<InterviewSheet>();
  const [error, setError] = useState<Error>();
  const [lang] = useLang();
  const t = useT();
  useEffect(() => {
    api.interviewSheet({ role, level, count, seed }).then(setSheet, setError);
  }, [role, level, count, seed]);
  return (
    <>
      <div className="no-print">
        <h1>{t('面试官模式', 'Interviewer mode')}</h1>
        <div className="filters">
          <select
            value={role}
            onChange={(e) => setRole(e.target.value)}
            aria-label={t('岗位', 'Role')}
            data-testid="sheet-role"
          >
            {INTERVIEW_ROLE_IDS.map((k) => (
              <option key={k} value={k}>
                {interviewRoleLabel(k, lang)}
              </option>
            ))}
          </select>
          <select
            value={level}
            onChange={(e) => setLevel(e.target.value)}
            aria-label={t('级别', 'Level')}
          >
            {LEVEL_IDS.map((k) => (
              <option key={k} value={k}>
                {levelLabel(k, lang)}
              </option>
            ))}
          </select>
          <label>
            {t('题数', 'Questions')}{' '}
            <input
              type="number"
              min={1}
              max={30}
              value={count}
              onChange={(e) => setCount(Number(e.target.value) || 1)}
            />
          </label>
          <button type="button" onClick={() => setSeed(seed + 1)}>
            {t('换一套', 'Another set')}
          </button>
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('打印 / 存为 PDF', 'Print / save as PDF')}
          </button>
        </div>
      </div>
      {error && <ErrorNote error={error} />}
      {!sheet && !error && <Loading />}
      {sheet && (
        <div className="sheet" data-testid="sheet">
          <h1 className="print-only">
            {t('AIGC 面试记录表 · ', 'AIGC interview sheet · ')}
            {ROLE_NAMES[sheet.role]?.[lang === 'en' ? 1 : 0] ?? sheet.role} ·{' '}
            {levelLabel(sheet.level, lang)} · {t(`第 ${sheet.seed} 套`, `set ${sheet.seed}`)}
          </h1>
          <p className="print-only small">
            {t(
              '候选人：＿＿＿＿＿＿ 日期：＿＿＿＿＿＿ 面试官：＿＿＿＿＿＿',
              'Candidate: ____________ Date: ____________ Interviewer: ____________',
            )}
          </p>
          {sheet.questions.map((q, k) => (
            <section key={q.id} className="sheet-question" data-testid="sheet-question">
              <h2>
                {k + 1}. <span lang="zh-CN">{q.title}</span>
              </h2>
              <p className="muted small">
                {typeLabel(q.type, lang)}
                {t(
                  ` · 难度 ${q.difficulty} · 约 ${q.minutes} 分钟`,
                  ` · difficulty ${q.difficulty} · about ${q.minutes} min`,
                )}
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
                {t(
                  '得分：＿＿＿ / 100　备注：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿',
                  'Score: ______ / 100   Notes: ________________________________',
                )}
              </p>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
