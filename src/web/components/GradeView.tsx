/** The offline grader's verdict: score, rubric points hit and missed, matched words highlighted. */
import type { GradeResponse } from '../../core/api.ts';
import { useT, zhIf } from '../i18n.tsx';

export function HighlightedAnswer({
  answer,
  highlights,
}: {
  answer: string;
  highlights: GradeResponse['highlights'];
}) {
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const h of highlights) {
    if (h.start > at) parts.push({ text: answer.slice(at, h.start), hit: false });
    parts.push({ text: answer.slice(h.start, h.end), hit: true });
    at = h.end;
  }
  if (at < answer.length) parts.push({ text: answer.slice(at), hit: false });
  return (
    <p className="answer-text" data-testid="highlighted-answer" {...zhIf(answer)}>
      {parts.map((p, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional slices of one string
        p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </p>
  );
}

export function GradeView({ grade, answer }: { grade: GradeResponse; answer: string }) {
  const t = useT();
  const tone = grade.score >= 80 ? 'good' : grade.score >= 60 ? 'ok' : 'bad';
  return (
    <div className="grade" data-testid="grade">
      <div className={`score ${tone}`}>
        <strong data-testid="grade-score">{grade.score}</strong>
        <span> / 100</span>
      </div>
      <HighlightedAnswer answer={answer} highlights={grade.highlights} />
      <ul className="grade-points">
        {grade.points.map((p) => (
          <li key={p.point} className={p.hit ? 'hit' : 'miss'}>
            <span className="mark">{p.hit ? '✓' : '✗'}</span>{' '}
            <span className="weight">[{p.weight}]</span> <span lang="zh-CN">{p.point}</span>
            {p.missing.length > 0 && (
              <div className="muted small">
                {t('未提到：', 'Not mentioned: ')}
                <span lang="zh-CN">{p.missing.map((m) => m.split('|')[0]).join('、')}</span>
              </div>
            )}
          </li>
        ))}
      </ul>
      {grade.relevance < 0.45 && (
        <p className="note">
          {t(
            '答案里与题目相关的表述较少，得分已按相关度折算。',
            'Little of the answer is about the question, so the score was scaled by relevance.',
          )}
        </p>
      )}
    </div>
  );
}
