import { useEffect, useState } from 'react';
import { Link, useParams } from 'wouter';
import type { GradeResponse, QuestionDetail } from '../../core/api.ts';
import { api } from '../api/client.ts';
import { Badges, ErrorNote, Html, Loading } from '../components/bits.tsx';
import { GradeView } from '../components/GradeView.tsx';
import { NotesPanel } from '../components/NotesPanel.tsx';
import { OName } from '../components/names.tsx';
import { invalidate, useResource } from '../hooks/useResource.ts';
import { useLang, useT, zhIf } from '../i18n.tsx';

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
  const [lang] = useLang();
  const t = useT();
  useEffect(() => {
    const app = lang === 'en' ? 'AIGC Interview' : 'AIGC 面试训练营';
    document.title = `${q.title} · ${app}`;
    return () => {
      document.title = app;
    };
  }, [q.title, lang]);

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
        <Link href={`/outline/${b.track.id}`}>
          <OName id={b.track.id} zh={b.track.title} />
        </Link>{' '}
        ›{' '}
        <Link href={`/outline/${b.track.id}#${b.section.id}`}>
          <OName id={b.section.id} zh={b.section.title} />
        </Link>{' '}
        ›{' '}
        <Link href={`/point/${b.point.id}`}>
          {lang === 'en' ? b.point.title_en : b.point.title}
        </Link>
      </nav>
      <header className="question-head">
        <h1 lang="zh-CN">{q.title}</h1>
        <button
          type="button"
          className={`bookmark ${bookmarked ? 'on' : ''}`}
          onClick={toggleBookmark}
          disabled={busy}
          aria-pressed={bookmarked}
          data-testid="bookmark"
        >
          {bookmarked ? t('★ 已收藏', '★ Bookmarked') : t('☆ 收藏', '☆ Bookmark')}
        </button>
        <button
          type="button"
          className={`bookmark ${inReview ? 'on' : ''}`}
          onClick={toggleReview}
          aria-pressed={inReview}
          data-testid="add-review"
        >
          {inReview ? t('✓ 复习中', '✓ In review') : t('+ 加入复习', '+ Add to review')}
        </button>
      </header>
      <div className="meta">
        <Badges q={q} />
        {q.tags.map((tag) => (
          <span key={tag} className="chip" {...zhIf(tag)}>
            {tag}
          </span>
        ))}
      </div>

      <section className="card">
        {selfTest ? (
          <SelfTest questionId={q.id} />
        ) : (
          <button type="button" onClick={() => setSelfTest(true)} data-testid="self-test">
            {t(
              '✍ 先写答案自测（离线按得分点评分）',
              '✍ Write an answer first to test yourself (graded offline against the scoring points)',
            )}
          </button>
        )}
      </section>

      <section className="card quick">
        <h2>{t('面试速答 · 30 秒', 'Quick answer · 30 seconds')}</h2>
        <Html html={q.quickAnswerHtml} className="prose" />
      </section>

      <section className="card">
        <h2>{t('详解', 'Deep answer')}</h2>
        {showAnswer ? (
          <Html html={q.bodyHtml} className="prose" />
        ) : (
          <button
            type="button"
            className="primary"
            onClick={() => setShowAnswer(true)}
            data-testid="reveal-answer"
          >
            {t('展开详解', 'Show the deep answer')}
          </button>
        )}
      </section>

      <section className="card">
        <h2>{t('得分点', 'Scoring points')}</h2>
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
        <h2>{t('追问', 'Follow-ups')}</h2>
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
                  {t('看参考答案', 'Show the reference answer')}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {q.pitfalls.length > 0 && (
        <section className="card">
          <h2>{t('常见错误', 'Common mistakes')}</h2>
          <ul lang="zh-CN">
            {q.pitfalls.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      )}

      {q.references.length > 0 && (
        <section className="card">
          <h2>{t('参考资料', 'References')}</h2>
          <ul className="refs">
            {q.references.map((r) => (
              <li key={r.url}>
                <a href={r.url} target="_blank" rel="noopener noreferrer" {...zhIf(r.title)}>
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
          <h2>{t('相关题目', 'Related questions')}</h2>
          <ul lang="zh-CN">
            {q.related.map((r) => (
              <li key={r.id}>
                <Link href={`/q/${r.id}`}>{r.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <nav className="prevnext" lang="zh-CN">
        {q.prev ? <Link href={`/q/${q.prev.id}`}>← {q.prev.title}</Link> : <span />}
        {q.next ? <Link href={`/q/${q.next.id}`}>{q.next.title} →</Link> : <span />}
      </nav>
      <p className="muted small">
        {t('核对于 ', 'Checked on ')}
        {q.asOf} · <span {...zhIf(q.source)}>{q.source}</span>
      </p>
    </article>
  );
}

function SelfTest({ questionId }: { questionId: string }) {
  const [answer, setAnswer] = useState('');
  const [grade, setGrade] = useState<GradeResponse>();
  const [error, setError] = useState<Error>();
  const t = useT();
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
      <h2>{t('自测作答', 'Your answer')}</h2>
      <textarea
        className="answer-box"
        rows={6}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
        data-testid="self-test-answer"
        {...zhIf(answer)}
      />
      <button
        type="button"
        className="primary"
        onClick={submit}
        disabled={!answer.trim()}
        data-testid="self-test-grade"
      >
        {t('评分', 'Grade')}
      </button>
      {error && <ErrorNote error={error} />}
      {grade && <GradeView grade={grade} answer={answer} />}
    </div>
  );
}
