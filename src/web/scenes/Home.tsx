import { Link } from 'wouter';
import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/bits.tsx';
import { titleOf } from '../components/names.tsx';
import { TodayCard } from '../components/TodayCard.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useLang, useT } from '../i18n.tsx';

export function Home() {
  const [lang] = useLang();
  const t = useT();
  const { data, error } = useResource('outline', api.outline);
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  const total = data.tracks.reduce((n, tr) => n + tr.count, 0);
  return (
    <>
      <section className="hero">
        <h1>{t('AIGC 面试训练营', 'AIGC Interview')}</h1>
        {lang === 'en' ? (
          <p>
            The interview outline for four roles (LLM algorithm, backend/platform, vision and
            multimodal). Every question has a 30-second quick answer, a deep answer, scoring points
            and follow-ups. <strong data-testid="total-count">{total}</strong> questions in all.
          </p>
        ) : (
          <p>
            覆盖大模型算法、后端/平台、视觉与多模态四个方向的面试大纲，每道题有 30
            秒速答、详解、得分点和追问。 共 <strong data-testid="total-count">{total}</strong>{' '}
            道题。
          </p>
        )}
      </section>
      <TodayCard />
      <div className="tracks">
        {data.tracks.map((track) => (
          <section key={track.id} className="card track" data-testid={`track-${track.id}`}>
            <h2>
              <Link href={`/outline/${track.id}`}>{titleOf(track, lang)}</Link>
              <span className="count">
                {track.count} {t('题', 'questions')}
              </span>
            </h2>
            {lang === 'en' ? (
              <p className="muted en" lang="zh-CN">
                {track.title}
              </p>
            ) : (
              <p className="muted en">{track.title_en}</p>
            )}
            <ol className="sections">
              {track.sections.map((s) => (
                <li key={s.id}>
                  <Link href={`/outline/${track.id}#${s.id}`}>{titleOf(s, lang)}</Link>
                  <span className="count">{s.count}</span>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </>
  );
}
