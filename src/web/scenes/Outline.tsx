import { useEffect, useState } from 'react';
import { Link, useParams } from 'wouter';
import type { CountedSection } from '../../core/catalog.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Loading, SetActions } from '../components/bits.tsx';
import { titleOf } from '../components/names.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useLang, useT } from '../i18n.tsx';

/** The outline tree (track → section → topic → point) with question counts on every node. */
export function Outline() {
  const params = useParams<{ track?: string }>();
  const [lang] = useLang();
  const t = useT();
  const { data, error } = useResource('outline', api.outline);
  useEffect(() => {
    if (data && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [data]);
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  const tracks = params.track ? data.tracks.filter((t) => t.id === params.track) : data.tracks;
  if (!tracks.length)
    return (
      <ErrorNote error={new Error(t(`没有方向 "${params.track}"`, `No track "${params.track}"`))} />
    );
  return (
    <>
      <h1>{t('面试大纲', 'Interview outline')}</h1>
      <div className="tabs">
        <Link href="/outline" className={!params.track ? 'active' : ''}>
          {t('全部', 'All')}
        </Link>
        {data.tracks.map((tr) => (
          <Link
            key={tr.id}
            href={`/outline/${tr.id}`}
            className={params.track === tr.id ? 'active' : ''}
          >
            {titleOf(tr, lang)}
          </Link>
        ))}
      </div>
      {tracks.map((track) => (
        <section key={track.id} className="outline-track">
          <h2>
            {titleOf(track, lang)}{' '}
            <span className="count">
              {track.count} {t('题', 'questions')}
            </span>
          </h2>
          {track.count > 0 && (
            <SetActions selector={{ track: track.id }} practice={`/practice/track/${track.id}`} />
          )}
          {track.sections.map((s) => (
            <SectionNode key={s.id} section={s} />
          ))}
        </section>
      ))}
    </>
  );
}

function SectionNode({ section }: { section: CountedSection }) {
  const [open, setOpen] = useState(true);
  const [lang] = useLang();
  const t = useT();
  return (
    <div className="outline-section" id={section.id}>
      <button
        type="button"
        className="tree-toggle"
        onClick={() => setOpen(!open)}
        aria-expanded={open}
      >
        <span className="caret">{open ? '▾' : '▸'}</span>
        {section.num}. {titleOf(section, lang)}
        <span className="count">{section.count}</span>
      </button>
      {open && section.count > 0 && (
        <SetActions
          selector={{ section: section.id }}
          practice={`/practice/section/${section.id}`}
        />
      )}
      {open &&
        section.topics.map((topic) => (
          <div key={topic.id} className="outline-topic">
            <h4>
              {titleOf(topic, lang)}
              {lang === 'en' ? (
                <span className="muted en" lang="zh-CN">
                  {' '}
                  {topic.title}
                </span>
              ) : (
                <span className="muted en"> {topic.title_en}</span>
              )}
              <span className="count">{topic.count}</span>
            </h4>
            <ul>
              {topic.points.map((p) => (
                <li key={p.id} className={p.count === 0 ? 'empty' : ''}>
                  <Link href={`/point/${p.id}`} data-testid={`point-${p.id}`}>
                    {titleOf(p, lang)}
                  </Link>
                  <span className="count">{p.count}</span>
                  {p.note && (
                    <div className="note">
                      {t('注：', 'Note: ')}
                      <span lang="zh-CN">{p.note}</span>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
    </div>
  );
}
