/** Review of the user's own question (from a 面经): their own answer instead of the bank's. */
import { useRef, useState } from 'react';
import type { IntervalButton, OwnCardView } from '../../core/api.ts';
import { useKeys } from '../hooks/useKeys.ts';
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
      <div className="muted small">我的题 · 来自 {own.company} 面经</div>
      <h2 className="practice-title">{own.text}</h2>
      {!revealed ? (
        <button type="button" className="primary" onClick={() => setRevealed(true)}>
          显示我的答案 <kbd>空格</kbd>
        </button>
      ) : (
        <>
          <p className="answer-text">{own.ownAnswer || '（还没有写参考答案，可以在面经页补上）'}</p>
          <div className="rate-bar">
            {buttons.map((b) => (
              <button
                key={b.rating}
                type="button"
                className={`rate rate-${b.rating}`}
                onClick={() => rate(b.rating)}
              >
                <span className="label">
                  <kbd>{b.rating}</kbd> {b.label}
                </span>
                <span className="interval">{b.interval}</span>
              </button>
            ))}
          </div>
        </>
      )}
    </article>
  );
}
