import { useState } from 'react';
import { Link } from 'wouter';
import { api, type ExportScope } from '../api/client.ts';
import { ErrorNote, Html, Loading } from '../components/bits.tsx';
import { useResource } from '../hooks/useResource.ts';

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
  if (error) return <ErrorNote error={error} />;
  if (!outline) return <Loading />;
  const q = scopeQuery(parseScope(scope));
  const md = q ? `${q}${withBody ? '&body=1' : ''}` : withBody ? '?body=1' : '';
  return (
    <>
      <h1>导出</h1>
      <p className="muted">
        把题库带到别处：Anki 卡组、Markdown
        文档、可打印的速记卡。范围可选整个题库、一个方向、一个章节或一个岗位。
      </p>
      <label className="scope-picker">
        范围：
        <select value={scope} onChange={(e) => setScope(e.target.value)} data-testid="export-scope">
          <option value="all">全部题目</option>
          <optgroup label="岗位">
            {outline.roles.map((r) => (
              <option key={r.id} value={`role:${r.id}`}>
                {r.title}
              </option>
            ))}
          </optgroup>
          {outline.tracks.map((t) => (
            <optgroup key={t.id} label={t.title}>
              <option value={`track:${t.id}`}>{t.title}（整个方向）</option>
              {t.sections.map((s) => (
                <option key={s.id} value={`section:${s.id}`}>
                  {s.title}（{s.count}）
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <section className="panel">
        <h2>Anki 卡组</h2>
        <p className="muted small">
          制表符分隔的文本（含 Anki 文件头、GUID 列、每章一个子牌组、按考点打标签，公式转为
          MathJax）。在 Anki 中“文件 → 导入”；再次导入新版本会更新原有笔记而不是重复添加。
        </p>
        <a
          className="button primary"
          href={`/api/export/anki${q}`}
          download
          data-testid="export-anki"
        >
          下载 Anki 卡组（.txt）
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
          包含详解
        </label>{' '}
        <a
          className="button"
          href={`/api/export/markdown${md}`}
          download
          data-testid="export-markdown"
        >
          下载 Markdown
        </a>
      </section>
      <section className="panel">
        <h2>速记卡</h2>
        <p className="muted small">
          每题的 30 秒回答，按考点分组，双栏排版；在页面上用浏览器的“打印 → 存为 PDF”。
        </p>
        <Link className="button" href={`/cheatsheet${q}`} data-testid="export-cheatsheet">
          打开速记卡
        </Link>
      </section>
      <section className="panel">
        <h2>我的数据</h2>
        <p className="muted small">复习记录、笔记、计划等个人数据的 JSON 导出与导入在“账户”页。</p>
        <Link href="/account">前往账户页</Link>
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
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  const count = data.groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <article className="cheatsheet" data-testid="cheatsheet">
      <header className="cheatsheet-head">
        <h1>速记卡 · {data.title}</h1>
        <p className="muted">
          {count} 题 · 每题 30 秒回答 ·{' '}
          <button type="button" className="no-print" onClick={() => window.print()}>
            打印 / 存为 PDF
          </button>
        </p>
      </header>
      <div className="cheatsheet-body">
        {data.groups.map((g) => (
          <section key={g.items[0]?.id ?? g.point} className="cheat-group">
            <h2>
              {g.point} <span className="muted small">{g.section}</span>
            </h2>
            {g.items.map((item) => (
              <div key={item.id} className="cheat-item">
                <h3>
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
