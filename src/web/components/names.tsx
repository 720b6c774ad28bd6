/**
 * Outline names (tracks, sections, topics, points, roles) in the interface language: the outline
 * carries an English title for each. Responses that name only the Chinese title (dashboard,
 * reports, breadcrumbs) are looked up here by id, or else by the Chinese title.
 */
import { useMemo } from 'react';
import { api } from '../api/client.ts';
import { useResource } from '../hooks/useResource.ts';
import { useLang, zhIf } from '../i18n.tsx';

export type NameOf = (id: string | null | undefined, zh: string) => string;

/** Roles share ids with tracks: look them up as `role:<id>`. */
export function useNames(): NameOf {
  const [lang] = useLang();
  const { data } = useResource(lang === 'en' ? 'outline' : null, api.outline);
  return useMemo(() => {
    if (lang !== 'en') return (_id, zh) => zh;
    const byId = new Map<string, string>();
    const byZh = new Map<string, string>();
    const add = (id: string, x: { title: string; title_en: string }) => {
      byId.set(id, x.title_en);
      byZh.set(x.title, x.title_en);
    };
    for (const track of data?.tracks ?? []) {
      add(track.id, track);
      for (const section of track.sections) {
        add(section.id, section);
        for (const topic of section.topics) {
          add(topic.id, topic);
          for (const point of topic.points) add(point.id, point);
        }
      }
    }
    for (const role of data?.roles ?? []) add(`role:${role.id}`, role);
    return (id, zh) => (id ? byId.get(id) : undefined) ?? byZh.get(zh) ?? zh;
  }, [data, lang]);
}

/** An outline name as text: English in English mode, Chinese (marked) while no English is known. */
export function OName({ id, zh }: { id?: string | null; zh: string }) {
  const [lang] = useLang();
  const name = useNames();
  if (lang !== 'en') return <>{zh}</>;
  const en = name(id, zh);
  return en === zh ? <span {...zhIf(zh)}>{zh}</span> : en;
}

/** The title of an outline node in the interface language. */
export function titleOf(x: { title: string; title_en: string }, lang: string): string {
  return lang === 'en' ? x.title_en : x.title;
}
