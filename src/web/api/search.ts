/**
 * Instant search in the browser: the same index and ranking code as the server, loaded once,
 * so no keystroke waits on the network.
 */
import { SearchIndex } from '../../core/search/index.ts';
import type { SearchHit } from '../../core/search/types.ts';
import { api } from './client.ts';

let loading: Promise<SearchIndex> | undefined;

export function loadSearchIndex(): Promise<SearchIndex> {
  loading ??= api.searchIndex().then((data) => new SearchIndex(data));
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

export async function searchLocal(query: string, limit = 10): Promise<SearchHit[]> {
  return (await loadSearchIndex()).search(query, limit);
}
