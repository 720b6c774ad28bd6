import { useEffect, useState } from 'react';
import { useSearch } from 'wouter';
import type { SearchResult } from '../../core/api.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Loading, QuestionList } from '../components/bits.tsx';
import { useT, zhIf } from '../i18n.tsx';

export function Search() {
  const t = useT();
  const params = new URLSearchParams(useSearch());
  const q = params.get('q') ?? '';
  const [results, setResults] = useState<SearchResult[]>();
  const [error, setError] = useState<Error>();
  useEffect(() => {
    setResults(undefined);
    setError(undefined);
    if (!q.trim()) return setResults([]);
    api.search(q, 50).then((r) => setResults(r.results), setError);
  }, [q]);
  return (
    <>
      <h1>
        {t('搜索：', 'Search: ')}
        <span {...zhIf(q)}>{q}</span>
      </h1>
      {error && <ErrorNote error={error} />}
      {!results && !error && <Loading />}
      {results && results.length === 0 && (
        <p className="muted">
          {t(
            '没有匹配的题目，换个说法试试（中英文都可以）。',
            'No matching questions. Try other words (Chinese or English both work).',
          )}
        </p>
      )}
      {results && results.length > 0 && (
        <QuestionList items={results} testId="search-page-results" />
      )}
    </>
  );
}
