/** All notes, and STAR project stories linked to outline points (as the outline's advice asks). */
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { NoteView } from '../../core/api.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Html, Loading } from '../components/bits.tsx';
import { OName } from '../components/names.tsx';
import { currentLang, hasHan, useLang, useT, zhIf } from '../i18n.tsx';

const STAR_TEMPLATES = {
  zh: '**情境（Situation）**：\n\n**任务（Task）**：\n\n**行动（Action）**：\n\n**结果（Result）**：（用数字说话）\n',
  en: '**Situation**:\n\n**Task**:\n\n**Action**:\n\n**Result** (in numbers):\n',
};
const isTemplate = (body: string) => Object.values(STAR_TEMPLATES).includes(body);

export function Notes() {
  const [items, setItems] = useState<NoteView[]>();
  const [error, setError] = useState<Error>();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState(() => STAR_TEMPLATES[currentLang()]);
  const [points, setPoints] = useState('');
  const [lang] = useLang();
  const t = useT();
  // An untouched template follows the interface language.
  useEffect(() => setBody((b) => (isTemplate(b) ? STAR_TEMPLATES[lang] : b)), [lang]);
  useEffect(() => {
    api.notes().then((r) => setItems(r.items), setError);
  }, []);
  const addStory = async () => {
    setError(undefined);
    try {
      const ids = points.split(/[\s,，]+/).filter(Boolean);
      const n = await api.createNote({ kind: 'story', title, body, points: ids });
      setItems((all) => [n, ...(all ?? [])]);
      setTitle('');
      setBody(STAR_TEMPLATES[lang]);
      setPoints('');
    } catch (e) {
      setError(e as Error);
    }
  };
  if (!items && !error) return <Loading />;
  const stories = (items ?? []).filter((n) => n.kind === 'story');
  const notes = (items ?? []).filter((n) => n.kind === 'note');
  return (
    <>
      <h1>{t('笔记与项目故事', 'Notes and project stories')}</h1>
      <section className="card">
        <h2>{t('新的项目故事（STAR）', 'A new project story (STAR)')}</h2>
        <input
          className="wide"
          placeholder={t(
            '标题，如：把推理服务 P99 降低一半',
            'Title, e.g. Halving the P99 latency of the inference service',
          )}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          data-testid="story-title"
        />
        <textarea
          className="answer-box"
          rows={8}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          data-testid="story-body"
          {...zhIf(body)}
        />
        <input
          className="wide"
          placeholder={t(
            '关联的知识点 id（可选，空格分隔），如 backend.serving.benchmarking',
            'Linked outline point ids (optional, separated by spaces), e.g. backend.serving.benchmarking',
          )}
          value={points}
          onChange={(e) => setPoints(e.target.value)}
        />
        <button
          type="button"
          className="primary"
          onClick={addStory}
          disabled={!title.trim()}
          data-testid="story-save"
        >
          {t('保存故事', 'Save the story')}
        </button>
        {error && <ErrorNote error={error} />}
      </section>
      <h2>{t(`项目故事（${stories.length}）`, `Project stories (${stories.length})`)}</h2>
      {stories.map((s) => (
        <article key={s.id} className="card" data-testid="story">
          <h3 {...zhIf(s.title)}>{s.title}</h3>
          <Html html={s.html} className="prose" lang={hasHan(s.body) ? 'zh-CN' : null} />
          {s.points.map((p) => (
            <Link key={p} href={`/point/${p}`} className="chip">
              {p}
            </Link>
          ))}
        </article>
      ))}
      <h2>{t(`笔记（${notes.length}）`, `Notes (${notes.length})`)}</h2>
      {notes.map((n) => (
        <article key={n.id} className="card">
          {n.targetType === 'question' ? (
            <Link href={`/q/${n.targetId}`} lang="zh-CN">
              {n.targetTitle ?? n.targetId}
            </Link>
          ) : (
            <Link href={`/point/${n.targetId}`}>
              <OName id={n.targetId} zh={n.targetTitle ?? n.targetId ?? ''} />
            </Link>
          )}
          <Html html={n.html} className="prose" lang={hasHan(n.body) ? 'zh-CN' : null} />
        </article>
      ))}
    </>
  );
}
