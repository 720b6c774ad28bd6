import { useState } from 'react';
import { Link } from 'wouter';
import type { ExportScope } from '../../core/api.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Html, Loading } from '../components/bits.tsx';
import { OName, titleOf, useNames } from '../components/names.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useLang, useT } from '../i18n.tsx';

function scopeQuery(scope: ExportScope): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(scope)) if (v) s.set(k, v);
  const text = s.toString();
  return text ? `?${text}` : '';
}

/** Parse "section:backend.serving" / "role:backend" / "all" from the scope picker. */
function parseScope(value: string): ExportScope {
  const [kind, id] = value.split(':');
  if (kind === 'section' || kind === 'track' || kind === 'role') return { [kind]: id };
  return {};
}

/** Downloads: Anki deck, Markdown, printable cheat sheet, and the user's own data. */
export function Export() {
  const { data: outline, error } = useResource('outline', api.outline);
  const [scope, setScope] = useState('all');
  const [withBody, setWithBody] = useState(false);
  const [lang] = useLang();
  const t = useT();
  if (error) return <ErrorNote error={error} />;
  if (!outline) return <Loading />;
  const q = scopeQuery(parseScope(scope));
  const md = q ? `${q}${withBody ? '&body=1' : ''}` : withBody ? '?body=1' : '';
  return (
    <>
      <h1>{t('导出', 'Export')}</h1>
      <p className="muted">
        {t(
          '把题库带到别处：Anki 卡组、Markdown 文档、可打印的速记卡。范围可选整个题库、一个方向、一个章节或一个岗位。',
          'Take the bank elsewhere: an Anki deck, a Markdown document, printable cheat sheets. The scope is the whole bank, a track, a section or a role.',
        )}
      </p>
      <label className="scope-picker">
        {t('范围：', 'Scope: ')}
        <select value={scope} onChange={(e) => setScope(e.target.value)} data-testid="export-scope">
          <option value="all">{t('全部题目', 'All questions')}</option>
          <optgroup label={t('岗位', 'Roles')}>
            {outline.roles.map((r) => (
              <option key={r.id} value={`role:${r.id}`}>
                {titleOf(r, lang)}
              </option>
            ))}
          </optgroup>
          {outline.tracks.map((tr) => (
            <optgroup key={tr.id} label={titleOf(tr, lang)}>
              <option value={`track:${tr.id}`}>
                {titleOf(tr, lang)}
                {t('（整个方向）', ' (whole track)')}
              </option>
              {tr.sections.map((s) => (
                <option key={s.id} value={`section:${s.id}`}>
                  {titleOf(s, lang)}
                  {t(`（${s.count}）`, ` (${s.count})`)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <section className="panel">
        <h2>{t('Anki 卡组', 'Anki deck')}</h2>
        <p className="muted small">
          {t(
            '制表符分隔的文本（含 Anki 文件头、GUID 列、每章一个子牌组、按考点打标签，公式转为 MathJax）。在 Anki 中“文件 → 导入”；再次导入新版本会更新原有笔记而不是重复添加。',
            'Tab-separated text (with Anki file headers, a GUID column, a subdeck per section, tags by outline point, math as MathJax). In Anki use “File → Import”; importing a newer version updates the notes instead of adding them again.',
          )}
        </p>
        <a
          className="button primary"
          href={`/api/export/anki${q}`}
          download
          data-testid="export-anki"
        >
          {t('下载 Anki 卡组（.txt）', 'Download the Anki deck (.txt)')}
        </a>
      </section>
      <section className="panel">
        <h2>Markdown</h2>
        <label className="inline">
          <input
            type="checkbox"
            checked={withBody}
            onChange={(e) => setWithBody(e.target.checked)}
          />{' '}
          {t('包含详解', 'Include the deep answers')}
        </label>{' '}
        <a
          className="button"
          href={`/api/export/markdown${md}`}
          download
          data-testid="export-markdown"
        >
          {t('下载 Markdown', 'Download Markdown')}
        </a>
      </section>
      <section className="panel">
        <h2>{t('速记卡', 'Cheat sheet')}</h2>
        <p className="muted small">
          {t(
            '每题的 30 秒回答，按考点分组，双栏排版；在页面上用浏览器的“打印 → 存为 PDF”。',
            'The 30-second answer of every question, grouped by outline point, in two columns; on the page use the browser’s “Print → Save as PDF”.',
          )}
        </p>
        <Link className="button" href={`/cheatsheet${q}`} data-testid="export-cheatsheet">
          {t('打开速记卡', 'Open the cheat sheet')}
        </Link>
      </section>
      <section className="panel">
        <h2>{t('我的数据', 'My data')}</h2>
        <p className="muted small">
          {t(
            '复习记录、笔记、计划等个人数据的 JSON 导出与导入在“账户”页。',
            'Your own data (review records, notes, plans…) is exported and imported as JSON on the “Account” page.',
          )}
        </p>
        <Link href="/account">{t('前往账户页', 'Go to the account page')}</Link>
      </section>
    </>
  );
}

/** Quick answers of a scope, laid out for printing. */
export function CheatSheetScene() {
  const scope = parseScope(
    (() => {
      const s = new URLSearchParams(window.location.search);
      for (const k of ['section', 'track', 'role'] as const)
        if (s.get(k)) return `${k}:${s.get(k)}`;
      return 'all';
    })(),
  );
  const key = `cheatsheet${scopeQuery(scope)}`;
  const { data, error } = useResource(key, () => api.cheatsheet(scope));
  const t = useT();
  const name = useNames();
  const scopeId = scope.section ?? scope.track ?? (scope.role && `role:${scope.role}`);
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  const count = data.groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <article className="cheatsheet" data-testid="cheatsheet">
      <header className="cheatsheet-head">
        <h1>
          {t('速记卡 · ', 'Cheat sheet · ')}
          {scopeId ? name(scopeId, data.title) : t(data.title, 'AIGC Interview · All questions')}
        </h1>
        <p className="muted">
          {t(`${count} 题 · 每题 30 秒回答 · `, `${count} questions · 30-second answers · `)}
          <button type="button" className="no-print" onClick={() => window.print()}>
            {t('打印 / 存为 PDF', 'Print / save as PDF')}
          </button>
        </p>
      </header>
      <div className="cheatsheet-body">
        {data.groups.map((g) => (
          <section key={g.items[0]?.id ?? g.point} className="cheat-group">
            <h2>
              <OName zh={g.point} />{' '}
              <span className="muted small">
                <OName zh={g.section} />
              </span>
            </h2>
            {g.items.map((item) => (
              <div key={item.id} className="cheat-item">
                <h3 lang="zh-CN">
                  <Link href={`/q/${item.id}`}>{item.title}</Link>
                </h3>
                <Html html={item.quickAnswerHtml} />
              </div>
            ))}
          </section>
        ))}
      </div>
    </article>
  );
}
