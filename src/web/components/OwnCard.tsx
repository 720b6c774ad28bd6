/** Review of the user's own question (from a 面经): their own answer instead of the bank's. */
import { useRef, useState } from 'react';
import type { IntervalButton, OwnCardView } from '../../core/api.ts';
import { useKeys } from '../hooks/useKeys.ts';
import { useLang, useT, zhIf } from '../i18n.tsx';
import { intervalLabel, ratingLabel } from '../labels.ts';
import type { Rated } from './PracticeCard.tsx';

export function OwnCard({
  own,
  buttons,
  onRate,
}: {
  own: OwnCardView;
  buttons: IntervalButton[];
  onRate: (r: Rated) => Promise<void>;
}) {
  const [revealed, setRevealed] = useState(false);
  const started = useRef(performance.now());
  const [lang] = useLang();
  const t = useT();
  const rate = (rating: number) => {
    if (revealed)
      void onRate({
        rating,
        answer: '',
        durationMs: Math.round(performance.now() - started.current),
      });
  };
  useKeys({
    space: () => setRevealed(true),
    '1': () => rate(1),
    '2': () => rate(2),
    '3': () => rate(3),
    '4': () => rate(4),
  });
  return (
    <article className="practice-card" data-testid="own-card">
      <div className="muted small">
        {t('我的题 · 来自 ', 'My question · from the ')}
        <span {...zhIf(own.company)}>{own.company}</span>
        {t(' 面经', ' interview report')}
      </div>
      <h2 className="practice-title" {...zhIf(own.text)}>
        {own.text}
      </h2>
      {!revealed ? (
        <button type="button" className="primary" onClick={() => setRevealed(true)}>
          {t('显示我的答案', 'Show my answer')} <kbd>{t('空格', 'Space')}</kbd>
        </button>
      ) : (
        <>
          {own.ownAnswer ? (
            <p className="answer-text" {...zhIf(own.ownAnswer)}>
              {own.ownAnswer}
            </p>
          ) : (
            <p className="answer-text">
              {t(
                '（还没有写参考答案，可以在面经页补上）',
                '(No answer written yet: add one on the report page.)',
              )}
            </p>
          )}
          <div className="rate-bar">
            {buttons.map((b) => (
              <button
                key={b.rating}
                type="button"
                className={`rate rate-${b.rating}`}
                onClick={() => rate(b.rating)}
              >
                <span className="label">
                  <kbd>{b.rating}</kbd> {ratingLabel(b.rating, b.label, lang)}
                </span>
                <span className="interval">{intervalLabel(b.interval, lang)}</span>
              </button>
            ))}
          </div>
        </>
      )}
    </article>
  );
}
