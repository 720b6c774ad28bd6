/**
 * Watch mode for authors: compile once, then recompile on every change under content/, reusing
 * everything unchanged files produced before (see cache.ts), and write the bundle each time the
 * content is valid. A running `serve` picks the new bundle up at its next start.
 */
import { type FSWatcher, watch } from 'node:fs';
import { join } from 'node:path';
import type { Bundle } from '../core/bundle.ts';
import { buildBundleFile, ContentError } from './bundle-file.ts';
import { CompileCache } from './cache.ts';
import type { Problem } from './problems.ts';

export type WatchEvent =
  | { kind: 'built'; bundle: Bundle; ms: number; changed: string[] }
  | { kind: 'problems'; problems: Problem[]; ms: number; changed: string[] };

export interface ContentWatcher {
  /** Resolves after the build that follows the latest change (for tests and benchmarks). */
  idle(): Promise<void>;
  close(): void;
}

/** Changes closer together than this are compiled together. */
const DEBOUNCE_MS = 40;

export async function watchContent(
  root: string,
  onEvent: (event: WatchEvent) => void,
): Promise<ContentWatcher> {
  const cache = new CompileCache();
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const build = async (changed: string[]) => {
    const started = performance.now();
    try {
      const { bundle } = await buildBundleFile(root, cache);
      onEvent({ kind: 'built', bundle, ms: performance.now() - started, changed });
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      onEvent({ kind: 'problems', problems: e.problems, ms: performance.now() - started, changed });
    }
  };

  await build([]);
  const watcher: FSWatcher = watch(join(root, 'content'), { recursive: true }, (_type, file) => {
    if (file) pending.add(String(file));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending].sort();
      pending = new Set();
      running = running.then(() => build(changed));
    }, DEBOUNCE_MS);
  });
  return {
    idle: async () => {
      // Wait out the debounce of a change just made, then the build it starts.
      await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS * 2));
      await running;
    },
    close: () => {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
