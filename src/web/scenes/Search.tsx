import { useEffect, useState } from 'react';
import { useSearch } from 'wouter';
import type { SearchResult } from '../../core/api.ts';
import { api } from '../api/client.ts';
import { ErrorNote, Loading, QuestionList } from '../components/bits.tsx';

export function Search() {
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
      <h1>搜索：{q}</h1>
      {error && <ErrorNote error={error} />}
      {!results && !error && <Loading />}
      {results && results.length === 0 && (
        <p className="muted">没有匹配的题目，换个说法试试（中英文都可以）。</p>
      )}
      {results && results.length > 0 && (
        <QuestionList items={results} testId="search-page-results" />
      )}
    </>
  );
}
