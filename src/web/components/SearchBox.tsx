import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { SearchHit } from '../../core/search/types.ts';
import { loadSearchIndex, searchLocal } from '../api/search.ts';
import { useT } from '../i18n.tsx';

/** Search from any page: results appear as you type, from the in-browser index. */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [, navigate] = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const t = useT();

  useEffect(() => {
    let live = true;
    if (!query.trim()) {
      setHits([]);
      return;
    }
    searchLocal(query, 8).then((h) => {
      if (live) {
        setHits(h);
        setActive(0);
      }
    });
    return () => {
      live = false;
    };
  }, [query]);

  // "/" focuses the search box from anywhere.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key === '/' && !/^(INPUT|TEXTAREA)$/.test(target.tagName)) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const go = (path: string) => {
    setOpen(false);
    input.current?.blur();
    navigate(path);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      const hit = hits[active];
      if (hit && open) go(`/q/${hit.id}`);
      else if (query.trim()) go(`/search?q=${encodeURIComponent(query.trim())}`);
    } else if (e.key === 'Escape') {
      // Close the list but keep the query (a search field would clear itself by default).
      e.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="searchbox">
      <input
        ref={input}
        type="search"
        placeholder={t(
          '搜索题目，如 KV cache 显存  ( / )',
          'Search questions, e.g. KV cache memory  ( / )',
        )}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
          loadSearchIndex().catch(() => {});
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        aria-label={t('搜索题目', 'Search questions')}
        aria-controls={listId}
        data-testid="search-input"
      />
      {open && query.trim() && (
        <ul className="search-results" id={listId} data-testid="search-results">
          {hits.length === 0 && (
            <li className="empty">{t('没有匹配的题目', 'No matching questions')}</li>
          )}
          {hits.map((h, i) => (
            <li key={h.id} aria-current={i === active} className={i === active ? 'active' : ''}>
              <a
                lang="zh-CN"
                href={`/q/${h.id}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  go(`/q/${h.id}`);
                }}
              >
                {h.title}
              </a>
            </li>
          ))}
          {hits.length > 0 && (
            <li className="more">
              <a
                href={`/search?q=${encodeURIComponent(query)}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  go(`/search?q=${encodeURIComponent(query.trim())}`);
                }}
              >
                {t('查看全部结果 ↵', 'All results ↵')}
              </a>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
