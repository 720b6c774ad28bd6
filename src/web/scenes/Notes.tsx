/** All notes, and STAR project stories linked to outline points (as the outline's advice asks). */
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { NoteView } from '../../core/api.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Html, Loading } from '../components/bits.tsx';

const STAR_TEMPLATE =
  '**情境（Situation）**：\n\n**任务（Task）**：\n\n**行动（Action）**：\n\n**结果（Result）**：（用数字说话）\n';

export function Notes() {
  const [items, setItems] = useState<NoteView[]>();
  const [error, setError] = useState<Error>();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState(STAR_TEMPLATE);
  const [points, setPoints] = useState('');
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
      setBody(STAR_TEMPLATE);
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
      <h1>笔记与项目故事</h1>
      <section className="card">
        <h2>新的项目故事（STAR）</h2>
        <input
          className="wide"
          placeholder="标题，如：把推理服务 P99 降低一半"
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
        />
        <input
          className="wide"
          placeholder="关联的知识点 id（可选，空格分隔），如 backend.serving.benchmarking"
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
          保存故事
        </button>
        {error && <ErrorNote error={error} />}
      </section>
      <h2>项目故事（{stories.length}）</h2>
      {stories.map((s) => (
        <article key={s.id} className="card" data-testid="story">
          <h3>{s.title}</h3>
          <Html html={s.html} className="prose" />
          {s.points.map((p) => (
            <Link key={p} href={`/point/${p}`} className="chip">
              {p}
            </Link>
          ))}
        </article>
      ))}
      <h2>笔记（{notes.length}）</h2>
      {notes.map((n) => (
        <article key={n.id} className="card">
          <Link href={n.targetType === 'question' ? `/q/${n.targetId}` : `/point/${n.targetId}`}>
            {n.targetTitle ?? n.targetId}
          </Link>
          <Html html={n.html} className="prose" />
        </article>
      ))}
    </>
  );
}
