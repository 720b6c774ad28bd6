/** Small shared pieces: question badges, trusted HTML, loading and error states. */
import { useState } from 'react';
import { Link } from 'wouter';
import type { QuestionSummary } from '../../core/api.ts';
import { api } from '../api/client.ts';
import { useLang, useT } from '../i18n.tsx';
import { difficultyLabel, typeLabel } from '../labels.ts';

/**
 * HTML rendered at build time from reviewed content (Markdown with raw HTML disabled). Content is
 * Chinese in both interface languages; `lang` says so unless the caller knows better (null: none).
 */
export function Html({
  html,
  className,
  lang = 'zh-CN',
}: {
  html: string;
  className?: string;
  lang?: string | null;
}) {
  const props = { className, lang: lang ?? undefined };
  // biome-ignore lint/security/noDangerouslySetInnerHtml: built from content with raw HTML escaped
  return <div {...props} dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Badges({ q }: { q: Pick<QuestionSummary, 'type' | 'difficulty' | 'frequency'> }) {
  const [lang] = useLang();
  const t = useT();
  return (
    <span className="badges">
      <span className={`badge type-${q.type}`}>{typeLabel(q.type, lang)}</span>
      <span className="badge" title={`${t('难度', 'Difficulty')} ${q.difficulty}/5`}>
        {difficultyLabel(q.difficulty, lang)}
      </span>
      <span
        className="badge freq"
        title={`${t('面试频率', 'How often it is asked')} ${q.frequency}/5`}
      >
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
          <Link href={`/q/${q.id}`} lang="zh-CN">
            {q.title}
          </Link>
          <Badges q={q} />
        </li>
      ))}
    </ul>
  );
}

export function Loading() {
  const t = useT();
  return <p className="muted">{t('加载中…', 'Loading…')}</p>;
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
  const t = useT();
  const [message, setMessage] = useState('');
  const add = async () => {
    try {
      const r = await api.addCards(selector);
      setMessage(
        r.added
          ? t(
              `已加入 ${r.added} 张卡片（共 ${r.total} 张）`,
              `Added ${r.added} cards (${r.total} in all)`,
            )
          : t('这些题都已在复习中', 'These questions are all in review already'),
      );
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  return (
    <div className="set-actions">
      <button type="button" onClick={add} data-testid="add-set">
        {t('+ 全部加入复习', '+ Add all to review')}
      </button>
      <Link href={practice} className="button">
        {t('自由练习', 'Practise freely')}
      </Link>
      <span className="muted small" role="status">
        {message}
      </span>
    </div>
  );
}

/**
 * A labelled password input. `rules` adds the server's length limits (8–256) for a password being
 * chosen; a password being confirmed is checked by the server alone.
 */
export function PasswordField({
  label,
  value,
  onChange,
  autoComplete,
  name,
  rules = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  name?: string;
  rules?: boolean;
}) {
  return (
    <label>
      {label}
      <input
        name={name}
        type="password"
        autoComplete={autoComplete}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required
        {...(rules ? { minLength: 8, maxLength: 256 } : {})}
      />
    </label>
  );
}
