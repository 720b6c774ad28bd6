/** Small shared pieces: question badges, trusted HTML, loading and error states. */
import { useState } from 'react';
import { Link } from 'wouter';
import type { QuestionSummary } from '../../core/api.ts';
import { DIFFICULTY_LABELS, QUESTION_TYPE_LABELS } from '../../core/labels.ts';
import { api } from '../api/client.ts';

/** HTML rendered at build time from reviewed content (Markdown with raw HTML disabled). */
export function Html({ html, className }: { html: string; className?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: built from content with raw HTML escaped
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Badges({ q }: { q: Pick<QuestionSummary, 'type' | 'difficulty' | 'frequency'> }) {
  return (
    <span className="badges">
      <span className={`badge type-${q.type}`}>{QUESTION_TYPE_LABELS[q.type]}</span>
      <span className="badge" title={`难度 ${q.difficulty}/5`}>
        {DIFFICULTY_LABELS[q.difficulty]}
      </span>
      <span className="badge freq" title={`面试频率 ${q.frequency}/5`}>
        {'★'.repeat(q.frequency)}
        <span className="dim">{'★'.repeat(5 - q.frequency)}</span>
      </span>
    </span>
  );
}

export function QuestionList({ items, testId }: { items: QuestionSummary[]; testId?: string }) {
  return (
    <ul className="qlist" data-testid={testId}>
      {items.map((q) => (
        <li key={q.id}>
          <Link href={`/q/${q.id}`}>{q.title}</Link>
          <Badges q={q} />
        </li>
      ))}
    </ul>
  );
}

export function Loading() {
  return <p className="muted">加载中…</p>;
}

export function ErrorNote({ error }: { error: Error }) {
  return (
    <div className="error-note" role="alert">
      {error.message}
    </div>
  );
}

/** Add a whole set (point, section, track) to review, or practise it freely. */
export function SetActions({
  selector,
  practice,
}: {
  selector: { point?: string; section?: string; track?: string };
  practice: string;
}) {
  const [message, setMessage] = useState('');
  const add = async () => {
    try {
      const r = await api.addCards(selector);
      setMessage(r.added ? `已加入 ${r.added} 张卡片（共 ${r.total} 张）` : '这些题都已在复习中');
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  return (
    <div className="set-actions">
      <button type="button" onClick={add} data-testid="add-set">
        + 全部加入复习
      </button>
      <Link href={practice} className="button">
        自由练习
      </Link>
      <span className="muted small" role="status">
        {message}
      </span>
    </div>
  );
}
