/** The user's own notes on a question or an outline point: Markdown with math, rendered safely. */
import { useEffect, useState } from 'react';
import type { NoteView } from '../../core/api.ts';
import { api } from '../api/client.ts';
import { hasHan, useT, zhIf } from '../i18n.tsx';
import { ErrorNote, Html } from './bits.tsx';

export function NotesPanel({
  targetType,
  targetId,
}: {
  targetType: 'question' | 'point';
  targetId: string;
}) {
  const [notes, setNotes] = useState<NoteView[]>([]);
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<string>();
  const [error, setError] = useState<Error>();
  const t = useT();
  useEffect(() => {
    api.notes({ targetType, targetId }).then((r) => setNotes(r.items), setError);
  }, [targetType, targetId]);

  const save = async () => {
    setError(undefined);
    try {
      if (editing) {
        const n = await api.updateNote(editing, { body: draft });
        setNotes((all) => all.map((x) => (x.id === n.id ? n : x)));
      } else {
        const n = await api.createNote({ kind: 'note', targetType, targetId, body: draft });
        setNotes((all) => [n, ...all]);
      }
      setDraft('');
      setEditing(undefined);
    } catch (e) {
      setError(e as Error);
    }
  };
  const remove = async (id: string) => {
    await api.deleteNote(id);
    setNotes((all) => all.filter((x) => x.id !== id));
  };

  return (
    <section className="card notes" data-testid="notes">
      <h2>{t('我的笔记', 'My notes')}</h2>
      {notes.map((n) => (
        <div key={n.id} className="note-item" data-testid="note">
          <Html html={n.html} className="prose" lang={hasHan(n.body) ? 'zh-CN' : null} />
          <div className="muted small">
            {n.updatedAt.slice(0, 16).replace('T', ' ')} ·{' '}
            <button
              type="button"
              className="link"
              onClick={() => {
                setEditing(n.id);
                setDraft(n.body);
              }}
            >
              {t('编辑', 'Edit')}
            </button>{' '}
            ·{' '}
            <button type="button" className="link" onClick={() => void remove(n.id)}>
              {t('删除', 'Delete')}
            </button>
          </div>
        </div>
      ))}
      <textarea
        className="answer-box"
        rows={4}
        placeholder={t(
          '支持 Markdown 和公式（$...$）。只有你自己看得到。',
          'Markdown and math ($...$) work. Only you can see your notes.',
        )}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        data-testid="note-input"
        {...zhIf(draft)}
      />
      <button type="button" onClick={save} disabled={!draft.trim()} data-testid="note-save">
        {editing ? t('保存修改', 'Save changes') : t('添加笔记', 'Add a note')}
      </button>
      {error && <ErrorNote error={error} />}
    </section>
  );
}
