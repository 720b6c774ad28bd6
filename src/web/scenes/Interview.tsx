/** Mock interviews: choose, sit it one prompt at a time with a timer, and read the report. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { HealthResponse, InterviewView } from '../../core/api.ts';
import { api, type InterviewFeedback } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/bits.tsx';
import { Chart } from '../components/Chart.tsx';
import { useNames } from '../components/names.tsx';
import { useLang, useT, zhIf } from '../i18n.tsx';
import {
  INTERVIEW_ROLE_IDS,
  interviewRoleLabel,
  LEVEL_IDS,
  levelLabel,
  typeLabel,
} from '../labels.ts';

export function InterviewSetup() {
  const [role, setRole] = useState('algorithm');
  const [minutes, setMinutes] = useState(45);
  const [level, setLevel] = useState('social');
  const [error, setError] = useState<Error>();
  const [history, setHistory] = useState<InterviewView[]>();
  const [grader, setGrader] = useState<HealthResponse['grader']>();
  const [, navigate] = useLocation();
  const [lang] = useLang();
  const t = useT();
  useEffect(() => {
    api.health().then(
      (h) => setGrader(h.grader),
      () => {},
    );
    api.interviews().then(
      (r) => setHistory(r.items),
      () => setHistory([]),
    );
  }, []);
  const start = async () => {
    try {
      const i = await api.startInterview({ role, minutes, level });
      navigate(`/interview/${i.id}`);
    } catch (e) {
      setError(e as Error);
    }
  };
  const finished = (history ?? [])
    .filter((h) => h.status === 'finished' && h.total !== null)
    .reverse();
  const trend = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 10, top: 20, bottom: 30 },
      xAxis: {
        type: 'category',
        data: finished.map((h) => h.createdAt.slice(5, 16).replace('T', ' ')),
      },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [{ type: 'line', data: finished.map((h) => h.total) }],
    }),
    [finished],
  );
  return (
    <>
      <h1>{t('模拟面试', 'Mock interview')}</h1>
      <section className="card">
        <p className="muted">
          {t(
            '按岗位从题库组一场面试：题型搭配、难度递增；答得好会被追问，答得不好会看到参考答案。',
            'An interview drawn from the bank for a role: a mix of question types, rising difficulty; good answers get follow-ups, weak ones show the reference answer.',
          )}
        </p>
        <p className="muted" data-testid="interview-grader">
          {grader?.kind === 'llm'
            ? t(
                `评分：LLM 面试官（${grader.model}），按每道题的评分要点打分；模型出错或超时时自动改用离线评分。`,
                `Grading: an LLM interviewer (${grader.model}) against each question's scoring points; when the model fails or times out, the answer is graded offline.`,
              )
            : t(
                '评分：离线，按每道题的评分要点匹配关键词（服务端设置 LLM_BASE_URL 与 LLM_MODEL 可改由 LLM 评分）。',
                "Grading: offline, by matching keywords of each question's scoring points (set LLM_BASE_URL and LLM_MODEL on the server to grade with an LLM).",
              )}
        </p>
        <div className="filters">
          <label>
            {t('岗位', 'Role')}{' '}
            <select
              value={role}
              onChange={(e) => setRole(e.target.value)}
              data-testid="interview-role"
            >
              {INTERVIEW_ROLE_IDS.map((k) => (
                <option key={k} value={k}>
                  {interviewRoleLabel(k, lang)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('时长', 'Length')}{' '}
            <select
              value={minutes}
              onChange={(e) => setMinutes(Number(e.target.value))}
              data-testid="interview-minutes"
            >
              {[20, 45, 60].map((m) => (
                <option key={m} value={m}>
                  {t(`${m} 分钟`, `${m} minutes`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('级别', 'Level')}{' '}
            <select
              value={level}
              onChange={(e) => setLevel(e.target.value)}
              data-testid="interview-level"
            >
              {LEVEL_IDS.map((k) => (
                <option key={k} value={k}>
                  {levelLabel(k, lang)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="primary" onClick={start} data-testid="interview-start">
            {t('开始面试', 'Start the interview')}
          </button>
        </div>
        {error && <ErrorNote error={error} />}
      </section>
      {history && history.length > 0 && (
        <section className="card">
          <h2>{t('历史', 'History')}</h2>
          {finished.length > 1 && <Chart option={trend} height={200} testId="interview-trend" />}
          <ul className="qlist" data-testid="interview-history">
            {history.map((h) => (
              <li key={h.id}>
                <Link
                  href={
                    h.status === 'finished' ? `/interview/${h.id}/report` : `/interview/${h.id}`
                  }
                >
                  {interviewRoleLabel(h.role, lang)} · {t(`${h.minutes} 分钟`, `${h.minutes} min`)}{' '}
                  · {levelLabel(h.level, lang)} · {h.createdAt.slice(0, 16).replace('T', ' ')}
                </Link>
                <span className="muted small">
                  {h.status === 'finished'
                    ? t(`得分 ${h.total}`, `score ${h.total}`)
                    : h.status === 'paused'
                      ? t('已暂停', 'paused')
                      : h.status === 'abandoned'
                        ? t('已放弃', 'abandoned')
                        : t('进行中', 'in progress')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function useSpeech(): {
  supported: boolean;
  on: boolean;
  toggle: () => void;
  speak: (t: string) => void;
} {
  const supported = typeof window !== 'undefined' && 'speechSynthesis' in window;
  const [on, setOn] = useState(() => localStorage.getItem('aigc-speak') === '1');
  return {
    supported,
    on,
    toggle: () => {
      localStorage.setItem('aigc-speak', on ? '0' : '1');
      if (on && supported) speechSynthesis.cancel();
      setOn(!on);
    },
    speak: (text) => {
      if (!supported || !on) return;
      speechSynthesis.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.lang = 'zh-CN';
      speechSynthesis.speak(u);
    },
  };
}

export function InterviewSession() {
  const { id } = useParams<{ id: string }>();
  const [i, setI] = useState<InterviewView>();
  const [text, setText] = useState('');
  const [feedback, setFeedback] = useState<InterviewFeedback>();
  const [_streaming, setStreaming] = useState<string | null>(null);
  const [error, setError] = useState<Error>();
  const [elapsed, setElapsed] = useState(0);
  const started = useRef(Date.now());
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const speech = useSpeech();
  const [, navigate] = useLocation();
  const [lang] = useLang();
  const t = useT();

  useEffect(() => {
    api.interview(id).then((v) => {
      setI(v);
      setText(v.draft);
    }, setError);
  }, [id]);
  const promptKey = i?.current ? `${i.current.position}-${i.current.stage}` : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: restart the clock and speak on each new prompt
  useEffect(() => {
    started.current = Date.now();
    setElapsed(0);
    if (i?.current) speech.speak(i.current.text);
  }, [promptKey]);
  useEffect(() => {
    const t = setInterval(
      () => setElapsed(Math.round((Date.now() - started.current) / 1000)),
      1000,
    );
    return () => clearInterval(t);
  }, []);

  if (error) return <ErrorNote error={error} />;
  if (!i) return <Loading />;
  if (i.status === 'finished') {
    return (
      <p>
        {t('面试已结束。', 'The interview is over. ')}
        <Link href={`/interview/${id}/report`}>{t('查看报告', 'See the report')}</Link>
      </p>
    );
  }
  const onType = (v: string) => {
    setText(v);
    clearTimeout(saveTimer.current);
    // Nothing typed is lost: the draft is saved as the user types.
    saveTimer.current = setTimeout(() => void api.saveInterviewDraft(id, v).catch(() => {}), 400);
  };
  const submit = async () => {
    clearTimeout(saveTimer.current);
    try {
      setStreaming('');
      const r = await api.answerInterviewStream(id, text, Date.now() - started.current, (t) =>
        setStreaming((s) => (s ?? '') + t),
      );
      setStreaming(null);
      setFeedback(r.feedback);
      setI(r.interview);
      setText('');
    } catch (e) {
      setStreaming(null);
      setError(e as Error);
    }
  };
  const act = async (action: 'pause' | 'resume' | 'abandon') => {
    clearTimeout(saveTimer.current);
    await api.saveInterviewDraft(id, text).catch(() => {});
    const v = await api.interviewAction(id, action);
    setI(v);
    if (action === 'abandon') navigate('/interview');
  };
  const c = i.current;
  const over = c && elapsed > c.minutes * 60;
  return (
    <>
      <div className="interview-head">
        <h1>
          {t(
            `模拟面试 · 第 ${i.position + 1} / ${i.planned} 题`,
            `Mock interview · question ${i.position + 1} of ${i.planned}`,
          )}
        </h1>
        <div className="interview-tools">
          <span className={`timer ${over ? 'over' : ''}`} data-testid="timer">
            {Math.floor(elapsed / 60)}:{String(elapsed % 60).padStart(2, '0')} / {c?.minutes ?? 0}
            :00
          </span>
          {speech.supported && (
            <button
              type="button"
              onClick={speech.toggle}
              aria-pressed={speech.on}
              data-testid="speak-toggle"
            >
              {speech.on ? t('🔊 朗读中', '🔊 Reading aloud') : t('🔈 朗读题目', '🔈 Read aloud')}
            </button>
          )}
          {i.status === 'paused' ? (
            <button type="button" onClick={() => void act('resume')} data-testid="interview-resume">
              {t('继续', 'Resume')}
            </button>
          ) : (
            <button type="button" onClick={() => void act('pause')} data-testid="interview-pause">
              {t('暂停', 'Pause')}
            </button>
          )}
          <button type="button" onClick={() => void act('abandon')}>
            {t('放弃', 'Abandon')}
          </button>
        </div>
      </div>
      {feedback && (
        <section
          className={`card feedback ${feedback.weak ? 'weak' : 'good'}`}
          data-testid="interview-feedback"
        >
          <strong>{t(`上一题得分 ${feedback.score}`, `Last answer: ${feedback.score}`)}</strong>
          {feedback.next === 'follow-up' && (
            <span className="muted">
              {t(' · 答得不错，面试官追问：', ' · Good answer; the interviewer follows up:')}
            </span>
          )}
          {feedback.points.length > 0 && (
            <ul className="grade-points">
              {feedback.points.map((p) => (
                <li key={p.point} className={p.hit ? 'hit' : 'miss'}>
                  <span className="mark">{p.hit ? '✓' : '✗'}</span>{' '}
                  <span {...zhIf(p.point)}>{p.point}</span>
                  {p.note && (
                    <div className="muted small" {...zhIf(p.note)}>
                      {p.note}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          {feedback.reference && (
            <details open={feedback.weak}>
              <summary>{t('参考答案', 'Reference answer')}</summary>
              <p className="answer-text" {...zhIf(feedback.reference)}>
                {feedback.reference}
              </p>
            </details>
          )}
        </section>
      )}
      {i.status === 'paused' ? (
        <p className="muted" data-testid="interview-paused">
          {t(
            '已暂停。已写的内容已保存，随时可以继续。',
            'Paused. What you wrote is saved; resume any time.',
          )}
        </p>
      ) : c ? (
        <article className="practice-card" data-testid="interview-prompt">
          <div className="muted small">
            {c.stage === 0 ? typeLabel(c.type, lang) : t(`追问 ${c.stage}`, `Follow-up ${c.stage}`)}
            {t(` · 建议 ${c.minutes} 分钟`, ` · about ${c.minutes} min`)}
          </div>
          <h2 className="practice-title" {...zhIf(c.text)}>
            {c.text}
          </h2>
          <textarea
            className="answer-box"
            rows={8}
            value={text}
            onChange={(e) => onType(e.target.value)}
            data-testid="interview-answer"
            {...zhIf(text)}
            placeholder={t(
              '像在面试里那样作答：先给结论，再讲机制和数字。',
              'Answer as you would in the interview: the conclusion first, then the mechanism and the numbers.',
            )}
          />
          <button
            type="button"
            className="primary"
            onClick={submit}
            disabled={!text.trim()}
            data-testid="interview-submit"
          >
            {t('提交回答', 'Submit the answer')}
          </button>
        </article>
      ) : null}
    </>
  );
}

export function InterviewReportScene() {
  const { id } = useParams<{ id: string }>();
  const [r, setR] = useState<Awaited<ReturnType<typeof api.interviewReport>>>();
  const [error, setError] = useState<Error>();
  const [message, setMessage] = useState('');
  const t = useT();
  const name = useNames();
  useEffect(() => {
    api.interviewReport(id).then(setR, setError);
  }, [id]);
  const radar = useMemo(
    () =>
      r && {
        tooltip: {},
        radar: {
          indicator: r.sections.map((s) => ({ name: name(s.section, s.title), max: 100 })),
          radius: '60%',
          axisName: { fontSize: 11 },
        },
        series: [
          {
            type: 'radar',
            data: [
              {
                value: r.sections.map((s) => s.score),
                name: t('各部分得分', 'Score by section'),
                areaStyle: {},
              },
            ],
          },
        ],
      },
    [r, name, t],
  );
  if (error) return <ErrorNote error={error} />;
  if (!r) return <Loading />;
  const toCards = async () => {
    const res = await api.interviewCards(id);
    setMessage(
      t(
        `已把 ${res.questions} 道有失分点的题加入复习（新增 ${res.added} 张卡）`,
        `Put ${res.questions} questions with missed points into review (${res.added} new cards)`,
      ),
    );
  };
  return (
    <>
      <h1>{t('面试报告', 'Interview report')}</h1>
      <div className="stat-row" data-testid="report-total">
        <div className="stat card">
          <div className="muted small">{t('总分', 'Total')}</div>
          <div className="stat-value">{r.total}</div>
        </div>
        <div className="stat card">
          <div className="muted small">{t('完成题数', 'Answered')}</div>
          <div className="stat-value">
            {r.answered} / {r.planned}
          </div>
        </div>
        <div className="stat card">
          <div className="muted small">{t('用时', 'Time')}</div>
          <div className="stat-value">
            {t(`${Math.round(r.totalSeconds / 60)} 分钟`, `${Math.round(r.totalSeconds / 60)} min`)}
          </div>
        </div>
      </div>
      {radar && r.sections.length > 0 && (
        <section className="card">
          <h2>{t('各部分', 'By section')}</h2>
          <Chart option={radar} height={300} testId="report-radar" />
        </section>
      )}
      <section className="card">
        <h2>{t('逐题', 'Question by question')}</h2>
        <ol className="report-questions">
          {r.questions.map((q) => (
            <li key={q.questionId} data-testid="report-question">
              <Link href={`/q/${q.questionId}`} lang="zh-CN">
                {q.title}
              </Link>
              <div className="muted small">
                {name(q.section, q.sectionTitle)}
                {t(
                  ` · 得分 ${q.score} · 用时 ${Math.round(q.seconds / 60)} / 建议 ${q.plannedMinutes} 分钟`,
                  ` · score ${q.score} · ${Math.round(q.seconds / 60)} of ${q.plannedMinutes} min`,
                )}
                {q.followUps.length > 0 &&
                  t(
                    ` · 追问 ${q.followUps.map((f) => f.score).join('、')} 分`,
                    ` · follow-ups ${q.followUps.map((f) => f.score).join(', ')}`,
                  )}
              </div>
              {q.missed.length > 0 && (
                <div className="small">
                  {t('没答到：', 'Missed: ')}
                  <span lang="zh-CN">{q.missed.join('；')}</span>
                </div>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section className="card">
        <h2>{t('最薄弱的知识点', 'Weakest points')}</h2>
        <ul>
          {r.weakest.map((w) => (
            <li key={w.point}>
              <Link href={`/point/${w.point}`}>{name(w.point, w.title)}</Link>{' '}
              <span className="muted small">{t(`${w.score} 分`, `${w.score} points`)}</span>
            </li>
          ))}
        </ul>
        <button type="button" className="primary" onClick={toCards} data-testid="report-to-cards">
          {t('把失分点加入复习', 'Put missed points into review')}
        </button>{' '}
        <span className="muted small" role="status">
          {message}
        </span>
      </section>
    </>
  );
}
