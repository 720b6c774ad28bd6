import { useEffect, useState } from 'react';
import { Link, useParams } from 'wouter';
import type { GradeResponse, QuestionDetail } from '../../core/api.ts';
import { api } from '../api/client.ts';
import { Badges, ErrorNote, Html, Loading } from '../components/bits.tsx';
import { GradeView } from '../components/GradeView.tsx';
import { NotesPanel } from '../components/NotesPanel.tsx';
import { invalidate, useResource } from '../hooks/useResource.ts';

export function Question() {
  const { id } = useParams<{ id: string }>();
  const { data, error } = useResource(`question:${id}`, () => api.question(id));
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  return <QuestionView key={data.id} q={data} />;
}

function QuestionView({ q }: { q: QuestionDetail }) {
  const [showAnswer, setShowAnswer] = useState(false);
  const [revealed, setRevealed] = useState(0);
  const [bookmarked, setBookmarked] = useState(q.bookmarked);
  const [inReview, setInReview] = useState(q.inReview);
  const [selfTest, setSelfTest] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = `${q.title} · AIGC 面试训练营`;
    return () => {
      document.title = 'AIGC 面试训练营';
    };
  }, [q.title]);

  const toggleBookmark = async () => {
    setBusy(true);
    try {
      const res = bookmarked ? await api.unbookmark(q.id) : await api.bookmark(q.id);
      setBookmarked(res.bookmarked);
      invalidate('bookmarks');
      invalidate(`question:${q.id}`);
    } finally {
      setBusy(false);
    }
  };

  const toggleReview = async () => {
    if (inReview) await api.removeCard(q.id);
    else await api.addCards({ questionIds: [q.id] });
    setInReview(!inReview);
    invalidate(`question:${q.id}`);
  };

  const b = q.breadcrumb;
  return (
    <article className="question">
      <nav className="crumbs">
        <Link href={`/outline/${b.track.id}`}>{b.track.title}</Link> ›{' '}
        <Link href={`/outline/${b.track.id}#${b.section.id}`}>{b.section.title}</Link> ›{' '}
        <Link href={`/point/${b.point.id}`}>{b.point.title}</Link>
      </nav>
      <header className="question-head">
        <h1>{q.title}</h1>
        <button
          type="button"
          className={`bookmark ${bookmarked ? 'on' : ''}`}
          onClick={toggleBookmark}
          disabled={busy}
          aria-pressed={bookmarked}
          data-testid="bookmark"
        >
          {bookmarked ? '★ 已收藏' : '☆ 收藏'}
        </button>
        <button
          type="button"
          className={`bookmark ${inReview ? 'on' : ''}`}
          onClick={toggleReview}
          aria-pressed={inReview}
          data-testid="add-review"
        >
          {inReview ? '✓ 复习中' : '+ 加入复习'}
        </button>
      </header>
      <div className="meta">
        <Badges q={q} />
        {q.tags.map((t) => (
          <span key={t} className="chip">
            {t}
          </span>
        ))}
      </div>

      <section className="card">
        {selfTest ? (
          <SelfTest questionId={q.id} />
        ) : (
          <button type="button" onClick={() => setSelfTest(true)} data-testid="self-test">
            ✍ 先写答案自测（离线按得分点评分）
          </button>
        )}
      </section>

      <section className="card quick">
        <h2>面试速答 · 30 秒</h2>
        <Html html={q.quickAnswerHtml} className="prose" />
      </section>

      <section className="card">
        <h2>详解</h2>
        {showAnswer ? (
          <Html html={q.bodyHtml} className="prose" />
        ) : (
          <button
            type="button"
            className="primary"
            onClick={() => setShowAnswer(true)}
            data-testid="reveal-answer"
          >
            展开详解
          </button>
        )}
      </section>

      <section className="card">
        <h2>得分点</h2>
        <table className="rubric">
          <tbody>
            {q.rubric.map((r) => (
              <tr key={r.point}>
                <td className="weight">{r.weight}</td>
                <td>
                  <Html html={r.pointHtml} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card">
        <h2>追问</h2>
        <ol className="followups">
          {q.followUps.map((f, i) => (
            <li key={f.q} data-testid="follow-up">
              <Html html={f.qHtml} className="fq" />
              {i < revealed ? (
                <Html html={f.aHtml} className="prose fa" />
              ) : i === revealed ? (
                <button
                  type="button"
                  onClick={() => setRevealed(i + 1)}
                  data-testid="reveal-follow-up"
                >
                  看参考答案
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {q.pitfalls.length > 0 && (
        <section className="card">
          <h2>常见错误</h2>
          <ul>
            {q.pitfalls.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}

      {q.references.length > 0 && (
        <section className="card">
          <h2>参考资料</h2>
          <ul className="refs">
            {q.references.map((r) => (
              <li key={r.url}>
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {r.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <NotesPanel targetType="question" targetId={q.id} />

      {q.related.length > 0 && (
        <section className="card">
          <h2>相关题目</h2>
          <ul>
            {q.related.map((r) => (
              <li key={r.id}>
                <Link href={`/q/${r.id}`}>{r.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <nav className="prevnext">
        {q.prev ? <Link href={`/q/${q.prev.id}`}>← {q.prev.title}</Link> : <span />}
        {q.next ? <Link href={`/q/${q.next.id}`}>{q.next.title} →</Link> : <span />}
      </nav>
      <p className="muted small">
        核对于 {q.asOf} · {q.source}
      </p>
    </article>
  );
}

function SelfTest({ questionId }: { questionId: string }) {
  const [answer, setAnswer] = useState('');
  const [grade, setGrade] = useState<GradeResponse>();
  const [error, setError] = useState<Error>();
  const submit = async () => {
    setError(undefined);
    try {
      setGrade(await api.grade(questionId, answer));
    } catch (e) {
      setError(e as Error);
    }
  };
  return (
    <div className="self-test">
      <h2>自测作答</h2>
      <textarea
        className="answer-box"
        rows={6}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
        data-testid="self-test-answer"
      />
      <button
        type="button"
        className="primary"
        onClick={submit}
        disabled={!answer.trim()}
        data-testid="self-test-grade"
      >
        评分
      </button>
      {error && <ErrorNote error={error} />}
      {grade && <GradeView grade={grade} answer={answer} />}
    </div>
  );
}
