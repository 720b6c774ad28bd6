/**
 * One practice card: the question, an optional written answer, then the reference and the four
 * ratings. Space reveals, 1-4 rate (Ctrl+Enter reveals from the answer box).
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { GradeResponse, IntervalButton, QuestionDetail } from '../../core/api.ts';
import { api } from '../api/client.ts';
import { useKeys } from '../hooks/useKeys.ts';
import { useLang, useT, zhIf } from '../i18n.tsx';
import { intervalLabel, ratingLabel } from '../labels.ts';
import { Badges, Html } from './bits.tsx';
import { GradeView } from './GradeView.tsx';

const DEFAULT_BUTTONS: IntervalButton[] = [
  { rating: 1, label: '重来', due: '', interval: '' },
  { rating: 2, label: '困难', due: '', interval: '' },
  { rating: 3, label: '良好', due: '', interval: '' },
  { rating: 4, label: '简单', due: '', interval: '' },
];

export interface Rated {
  rating: number;
  answer: string;
  durationMs: number;
}

export function PracticeCard({
  question,
  buttons = DEFAULT_BUTTONS,
  onRate,
}: {
  question: QuestionDetail;
  buttons?: IntervalButton[];
  onRate: (r: Rated) => Promise<void> | void;
}) {
  const [answer, setAnswer] = useState('');
  const [revealed, setRevealed] = useState(false);
  const [grade, setGrade] = useState<GradeResponse>();
  const [busy, setBusy] = useState(false);
  const [showBody, setShowBody] = useState(false);
  const started = useRef(performance.now());
  const [lang] = useLang();
  const t = useT();
  useEffect(() => {
    started.current = performance.now();
  }, []);

  const reveal = async () => {
    if (revealed) return;
    setRevealed(true);
    if (answer.trim()) setGrade(await api.grade(question.id, answer));
  };
  const rate = async (rating: number) => {
    if (!revealed || busy) return;
    setBusy(true);
    try {
      await onRate({ rating, answer, durationMs: Math.round(performance.now() - started.current) });
    } finally {
      setBusy(false);
    }
  };
  useKeys({
    space: () => void reveal(),
    '1': () => void rate(1),
    '2': () => void rate(2),
    '3': () => void rate(3),
    '4': () => void rate(4),
  });

  return (
    <article className="practice-card" data-testid="practice-card">
      <div className="meta">
        <Badges q={question} />
        <Link href={`/q/${question.id}`} className="muted small">
          {lang === 'en' ? question.breadcrumb.point.title_en : question.breadcrumb.point.title}
        </Link>
      </div>
      <h2 className="practice-title" data-testid="practice-title" lang="zh-CN">
        {question.title}
      </h2>
      {!revealed ? (
        <>
          <textarea
            className="answer-box"
            placeholder={t(
              '可以先在脑中作答，也可以写下答案（写下的答案会按得分点离线评分）。Ctrl+Enter 显示答案',
              'Answer in your head, or write it down (a written answer is graded offline against the scoring points). Ctrl+Enter shows the answer',
            )}
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void reveal();
              }
            }}
            rows={6}
            data-testid="answer-box"
            {...zhIf(answer)}
          />
          <button
            type="button"
            className="primary"
            onClick={() => void reveal()}
            data-testid="reveal"
          >
            {t('显示答案', 'Show the answer')} <kbd>{t('空格', 'Space')}</kbd>
          </button>
        </>
      ) : (
        <>
          {grade && <GradeView grade={grade} answer={answer} />}
          <section className="card quick">
            <h3>{t('面试速答', 'Quick answer')}</h3>
            <Html html={question.quickAnswerHtml} className="prose" />
          </section>
          <section className="card">
            <h3>{t('得分点', 'Scoring points')}</h3>
            <ul className="rubric-list">
              {question.rubric.map((r) => (
                <li key={r.point}>
                  <span className="weight">{r.weight}</span>{' '}
                  <Html html={r.pointHtml} className="inline" />
                </li>
              ))}
            </ul>
          </section>
          <section className="card">
            {showBody ? (
              <Html html={question.bodyHtml} className="prose" />
            ) : (
              <button type="button" onClick={() => setShowBody(true)}>
                {t('展开详解', 'Show the deep answer')}
              </button>
            )}
          </section>
          <div className="rate-bar" data-testid="rate-bar">
            {buttons.map((b) => (
              <button
                key={b.rating}
                type="button"
                className={`rate rate-${b.rating} ${grade?.suggestedRating === b.rating ? 'suggested' : ''}`}
                onClick={() => void rate(b.rating)}
                disabled={busy}
                data-testid={`rate-${b.rating}`}
                title={
                  grade?.suggestedRating === b.rating
                    ? t('根据评分建议', 'Suggested by the grade')
                    : undefined
                }
              >
                <span className="label">
                  <kbd>{b.rating}</kbd> {ratingLabel(b.rating, b.label, lang)}
                </span>
                {b.interval && <span className="interval">{intervalLabel(b.interval, lang)}</span>}
              </button>
            ))}
          </div>
        </>
      )}
    </article>
  );
}
