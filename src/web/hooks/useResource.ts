/** Fetch-once data with a per-key cache, so that going back to a page shows it at once. */
import { useEffect, useState } from 'react';

const cache = new Map<string, unknown>();

export interface Resource<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

export function useResource<T>(key: string | null, load: () => Promise<T>): Resource<T> {
  const [state, setState] = useState<Resource<T>>(() => ({
    data: key ? (cache.get(key) as T | undefined) : undefined,
    error: undefined,
    loading: key !== null && !cache.has(key),
  }));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key identifies the resource
  useEffect(() => {
    if (key === null) return;
    let live = true;
    if (cache.has(key)) setState({ data: cache.get(key) as T, error: undefined, loading: false });
    else setState((s) => ({ data: s.data, error: undefined, loading: true }));
    load().then(
      (data) => {
        cache.set(key, data);
        if (live) setState({ data, error: undefined, loading: false });
      },
      (error: Error) => live && setState({ data: undefined, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}

/** Forget cached entries whose key starts with a prefix (after a write). */
export function invalidate(prefix: string): void {
  for (const k of [...cache.keys()]) if (k.startsWith(prefix)) cache.delete(k);
}
