/** 错题本: questions rated Again or answered under 60, practised again as a set. */
import { Link } from 'wouter';
import { api } from '../api/client.ts';
import { Badges, ErrorNote, Loading } from '../components/bits.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useT } from '../i18n.tsx';

export function Mistakes() {
  const t = useT();
  const { data, error } = useResource('mistakes', api.mistakes);
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  return (
    <>
      <h1>{t('错题本', 'Mistakes')}</h1>
      {data.items.length === 0 ? (
        <p className="muted">
          {t(
            '还没有错题。复习时选「重来」或书面作答低于 60 分的题会记到这里。',
            'No mistakes yet. Questions you rate “Again” in review, or answer in writing below 60, are listed here.',
          )}
        </p>
      ) : (
        <>
          <p>
            <Link
              href="/practice/mistakes"
              className="button primary"
              data-testid="practice-mistakes"
            >
              {t(
                `练习全部 ${data.items.length} 道错题`,
                `Practise all ${data.items.length} mistakes`,
              )}
            </Link>
          </p>
          <ul className="qlist" data-testid="mistake-list">
            {data.items.map((m) => (
              <li key={m.questionId}>
                {m.question ? (
                  <Link href={`/q/${m.questionId}`} lang="zh-CN">
                    {m.question.title}
                  </Link>
                ) : (
                  <span>{m.questionId}</span>
                )}
                {m.question && <Badges q={m.question} />}
                <span className="muted small">
                  {m.reason === 'again'
                    ? t('选了重来', 'rated Again')
                    : t(`书面作答 ${m.score} 分`, `written answer scored ${m.score}`)}
                  {t(` · 错 ${m.times} 次 · `, ` · missed ${m.times}× · `)}
                  {m.addedAt.slice(0, 10)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
