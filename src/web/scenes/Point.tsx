import { Link, useParams } from 'wouter';
import { api } from '../api/client.ts';
import { ErrorNote, Loading, QuestionList, SetActions } from '../components/bits.tsx';
import { NotesPanel } from '../components/NotesPanel.tsx';
import { useResource } from '../hooks/useResource.ts';

/** One outline point and its questions. */
export function Point() {
  const { id } = useParams<{ id: string }>();
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
                <Link href={`/outline/${track.id}`}>{track.title}</Link> ›{' '}
                <Link href={`/outline/${track.id}#${section.id}`}>{section.title}</Link> ›{' '}
                {topic.title}
              </nav>
              <h1>{point.title}</h1>
              <p className="muted en">{point.title_en}</p>
              {point.note && <p className="note">注：{point.note}</p>}
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
                  <p className="muted">这个知识点的题目还在编写中。</p>
                ))}
              <NotesPanel targetType="point" targetId={point.id} />
              {point.see_also.length > 0 && (
                <p className="muted">
                  相关知识点：
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
  return <ErrorNote error={new Error(`没有知识点 "${id}"`)} />;
}
