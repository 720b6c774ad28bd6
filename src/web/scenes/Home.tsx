import { Link } from 'wouter';
import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/bits.tsx';
import { TodayCard } from '../components/TodayCard.tsx';
import { useResource } from '../hooks/useResource.ts';

export function Home() {
  const { data, error } = useResource('outline', api.outline);
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  const total = data.tracks.reduce((n, t) => n + t.count, 0);
  return (
    <>
      <section className="hero">
        <h1>AIGC 面试训练营</h1>
        <p>
          覆盖大模型算法、后端/平台、视觉与多模态四个方向的面试大纲，每道题有 30
          秒速答、详解、得分点和追问。 共 <strong data-testid="total-count">{total}</strong> 道题。
        </p>
      </section>
      <TodayCard />
      <div className="tracks">
        {data.tracks.map((track) => (
          <section key={track.id} className="card track" data-testid={`track-${track.id}`}>
            <h2>
              <Link href={`/outline/${track.id}`}>{track.title}</Link>
              <span className="count">{track.count} 题</span>
            </h2>
            <p className="muted en">{track.title_en}</p>
            <ol className="sections">
              {track.sections.map((s) => (
                <li key={s.id}>
                  <Link href={`/outline/${track.id}#${s.id}`}>{s.title}</Link>
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
