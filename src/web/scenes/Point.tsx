import { Link, useParams } from 'wouter';
import { api } from '../api/client.ts';
import { ErrorNote, Loading, QuestionList, SetActions } from '../components/bits.tsx';
import { NotesPanel } from '../components/NotesPanel.tsx';
import { titleOf } from '../components/names.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useLang, useT } from '../i18n.tsx';

/** One outline point and its questions. */
export function Point() {
  const { id } = useParams<{ id: string }>();
  const [lang] = useLang();
  const t = useT();
  const outline = useResource('outline', api.outline);
  const list = useResource(`questions:point:${id}`, () =>
    api.questions({ point: id, pageSize: 200 }),
  );
  if (outline.error) return <ErrorNote error={outline.error} />;
  if (!outline.data) return <Loading />;
  for (const track of outline.data.tracks)
    for (const section of track.sections)
      for (const topic of section.topics)
        for (const point of topic.points) {
          if (point.id !== id) continue;
          return (
            <>
              <nav className="crumbs">
                <Link href={`/outline/${track.id}`}>{titleOf(track, lang)}</Link> ›{' '}
                <Link href={`/outline/${track.id}#${section.id}`}>{titleOf(section, lang)}</Link> ›{' '}
                {titleOf(topic, lang)}
              </nav>
              <h1>{titleOf(point, lang)}</h1>
              {lang === 'en' ? (
                <p className="muted en" lang="zh-CN">
                  {point.title}
                </p>
              ) : (
                <p className="muted en">{point.title_en}</p>
              )}
              {point.note && (
                <p className="note">
                  {t('注：', 'Note: ')}
                  <span lang="zh-CN">{point.note}</span>
                </p>
              )}
              {point.count > 0 && (
                <SetActions
                  selector={{ point: point.id }}
                  practice={`/practice/point/${point.id}`}
                />
              )}
              {list.error && <ErrorNote error={list.error} />}
              {list.data &&
                (list.data.items.length ? (
                  <QuestionList items={list.data.items} />
                ) : (
                  <p className="muted">
                    {t(
                      '这个知识点的题目还在编写中。',
                      'Questions on this point are being written.',
                    )}
                  </p>
                ))}
              <NotesPanel targetType="point" targetId={point.id} />
              {point.see_also.length > 0 && (
                <p className="muted">
                  {t('相关知识点：', 'Related points: ')}
                  {point.see_also.map((s) => (
                    <Link key={s} href={`/point/${s}`} className="chip">
                      {s}
                    </Link>
                  ))}
                </p>
              )}
            </>
          );
        }
  return <ErrorNote error={new Error(t(`没有知识点 "${id}"`, `No outline point "${id}"`))} />;
}
