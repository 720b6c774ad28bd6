/** Mock interviews: choose, sit it one prompt at a time with a timer, and read the report. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { HealthResponse, InterviewView } from '../../core/api.ts';
import { LEVEL_LABELS } from '../../core/interview/planner.ts';
import type { QuestionType } from '../../core/labels.ts';
import { QUESTION_TYPE_LABELS } from '../../core/labels.ts';
import { api, type InterviewFeedback } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/bits.tsx';
import { Chart } from '../components/Chart.tsx';

const ROLE_LABELS: Record<string, string> = {
  algorithm: '算法',
  backend: '后端与平台',
  vision: '视觉',
  multimodal: '多模态',
  mix: '综合',
};

export function InterviewSetup() {
  const [role, setRole] = useState('algorithm');
  const [minutes, setMinutes] = useState(45);
  const [level, setLevel] = useState('social');
  const [error, setError] = useState<Error>();
  const [history, setHistory] = useState<InterviewView[]>();
  const [grader, setGrader] = useState<HealthResponse['grader']>();
  const [, navigate] = useLocation();
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
      <h1>模拟面试</h1>
      <section className="card">
        <p className="muted">
          按岗位从题库组一场面试：题型搭配、难度递增；答得好会被追问，答得不好会看到参考答案。
        </p>
        <p className="muted" data-testid="interview-grader">
          {grader?.kind === 'llm'
            ? `评分：LLM 面试官（${grader.model}），按每道题的评分要点打分；模型出错或超时时自动改用离线评分。`
            : '评分：离线，按每道题的评分要点匹配关键词（服务端设置 LLM_BASE_URL 与 LLM_MODEL 可改由 LLM 评分）。'}
        </p>
        <div className="filters">
          <label>
            岗位{' '}
            <select
              value={role}
              onChange={(e) => setRole(e.target.value)}
              data-testid="interview-role"
            >
              {Object.entries(ROLE_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <label>
            时长{' '}
            <select
              value={minutes}
              onChange={(e) => setMinutes(Number(e.target.value))}
              data-testid="interview-minutes"
            >
              {[20, 45, 60].map((m) => (
                <option key={m} value={m}>
                  {m} 分钟
                </option>
              ))}
            </select>
          </label>
          <label>
            级别{' '}
            <select
              value={level}
              onChange={(e) => setLevel(e.target.value)}
              data-testid="interview-level"
            >
              {Object.entries(LEVEL_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="primary" onClick={start} data-testid="interview-start">
            开始面试
          </button>
        </div>
        {error && <ErrorNote error={error} />}
      </section>
      {history && history.length > 0 && (
        <section className="card">
          <h2>历史</h2>
          {finished.length > 1 && <Chart option={trend} height={200} testId="interview-trend" />}
          <ul className="qlist" data-testid="interview-history">
            {history.map((h) => (
              <li key={h.id}>
                <Link
                  href={
                    h.status === 'finished' ? `/interview/${h.id}/report` : `/interview/${h.id}`
                  }
                >
                  {ROLE_LABELS[h.role]} · {h.minutes} 分钟 · {LEVEL_LABELS[h.level as 'campus']} ·{' '}
                  {h.createdAt.slice(0, 16).replace('T', ' ')}
                </Link>
                <span className="muted small">
                  {h.status === 'finished'
                    ? `得分 ${h.total}`
                    : h.status === 'paused'
                      ? '已暂停'
                      : h.status === 'abandoned'
                        ? '已放弃'
                        : '进行中'}
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
        面试已结束。<Link href={`/interview/${id}/report`}>查看报告</Link>
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
          模拟面试 · 第 {i.position + 1} / {i.planned} 题
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
              {speech.on ? '🔊 朗读中' : '🔈 朗读题目'}
            </button>
          )}
          {i.status === 'paused' ? (
            <button type="button" onClick={() => void act('resume')} data-testid="interview-resume">
              继续
            </button>
          ) : (
            <button type="button" onClick={() => void act('pause')} data-testid="interview-pause">
              暂停
            </button>
          )}
          <button type="button" onClick={() => void act('abandon')}>
            放弃
          </button>
        </div>
      </div>
      {feedback && (
        <section
          className={`card feedback ${feedback.weak ? 'weak' : 'good'}`}
          data-testid="interview-feedback"
        >
          <strong>上一题得分 {feedback.score}</strong>
          {feedback.next === 'follow-up' && (
            <span className="muted"> · 答得不错，面试官追问：</span>
          )}
          {feedback.points.length > 0 && (
            <ul className="grade-points">
              {feedback.points.map((p) => (
                <li key={p.point} className={p.hit ? 'hit' : 'miss'}>
                  <span className="mark">{p.hit ? '✓' : '✗'}</span> {p.point}
                  {p.note && <div className="muted small">{p.note}</div>}
                </li>
              ))}
            </ul>
          )}
          {feedback.reference && (
            <details open={feedback.weak}>
              <summary>参考答案</summary>
              <p className="answer-text">{feedback.reference}</p>
            </details>
          )}
        </section>
      )}
      {i.status === 'paused' ? (
        <p className="muted" data-testid="interview-paused">
          已暂停。已写的内容已保存，随时可以继续。
        </p>
      ) : c ? (
        <article className="practice-card" data-testid="interview-prompt">
          <div className="muted small">
            {c.stage === 0 ? QUESTION_TYPE_LABELS[c.type as QuestionType] : `追问 ${c.stage}`} ·
            建议 {c.minutes} 分钟
          </div>
          <h2 className="practice-title">{c.text}</h2>
          <textarea
            className="answer-box"
            rows={8}
            value={text}
            onChange={(e) => onType(e.target.value)}
            data-testid="interview-answer"
            placeholder="像在面试里那样作答：先给结论，再讲机制和数字。"
          />
          <button
            type="button"
            className="primary"
            onClick={submit}
            disabled={!text.trim()}
            data-testid="interview-submit"
          >
            提交回答
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
  useEffect(() => {
    api.interviewReport(id).then(setR, setError);
  }, [id]);
  const radar = useMemo(
    () =>
      r && {
        tooltip: {},
        radar: {
          indicator: r.sections.map((s) => ({ name: s.title, max: 100 })),
          radius: '60%',
          axisName: { fontSize: 11 },
        },
        series: [
          {
            type: 'radar',
            data: [{ value: r.sections.map((s) => s.score), name: '各部分得分', areaStyle: {} }],
          },
        ],
      },
    [r],
  );
  if (error) return <ErrorNote error={error} />;
  if (!r) return <Loading />;
  const toCards = async () => {
    const res = await api.interviewCards(id);
    setMessage(`已把 ${res.questions} 道有失分点的题加入复习（新增 ${res.added} 张卡）`);
  };
  return (
    <>
      <h1>面试报告</h1>
      <div className="stat-row" data-testid="report-total">
        <div className="stat card">
          <div className="muted small">总分</div>
          <div className="stat-value">{r.total}</div>
        </div>
        <div className="stat card">
          <div className="muted small">完成题数</div>
          <div className="stat-value">
            {r.answered} / {r.planned}
          </div>
        </div>
        <div className="stat card">
          <div className="muted small">用时</div>
          <div className="stat-value">{Math.round(r.totalSeconds / 60)} 分钟</div>
        </div>
      </div>
      {radar && r.sections.length > 0 && (
        <section className="card">
          <h2>各部分</h2>
          <Chart option={radar} height={300} testId="report-radar" />
        </section>
      )}
      <section className="card">
        <h2>逐题</h2>
        <ol className="report-questions">
          {r.questions.map((q) => (
            <li key={q.questionId} data-testid="report-question">
              <Link href={`/q/${q.questionId}`}>{q.title}</Link>
              <div className="muted small">
                {q.sectionTitle} · 得分 {q.score} · 用时 {Math.round(q.seconds / 60)} / 建议{' '}
                {q.plannedMinutes} 分钟
                {q.followUps.length > 0 &&
                  ` · 追问 ${q.followUps.map((f) => f.score).join('、')} 分`}
              </div>
              {q.missed.length > 0 && <div className="small">没答到：{q.missed.join('；')}</div>}
            </li>
          ))}
        </ol>
      </section>
      <section className="card">
        <h2>最薄弱的知识点</h2>
        <ul>
          {r.weakest.map((w) => (
            <li key={w.point}>
              <Link href={`/point/${w.point}`}>{w.title}</Link>{' '}
              <span className="muted small">{w.score} 分</span>
            </li>
          ))}
        </ul>
        <button type="button" className="primary" onClick={toCards} data-testid="report-to-cards">
          把失分点加入复习
        </button>{' '}
        <span className="muted small" role="status">
          {message}
        </span>
      </section>
    </>
  );
}
