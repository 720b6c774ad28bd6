/**
 * Render every question's Markdown on all cores: worker threads take interleaved shares while this
 * thread renders its own. Shiki's tokenizer dominates a build, and a build of the whole bank is
 * what authors wait for. Small banks, and runs from TypeScript sources (tests), stay on one thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { getRenderer } from './markdown.ts';
import { type MarkdownField, type RenderedFields, renderFields } from './render.ts';

/** Below this many questions, starting workers costs more than it saves. */
const MIN_PARALLEL_JOBS = 48;

export interface RenderShare {
  jobs: MarkdownField[][];
}

export async function renderAll(jobs: MarkdownField[][]): Promise<RenderedFields[]> {
  const workerFile = fileURLToPath(new URL('../render-worker.js', import.meta.url));
  const threads = Number(process.env.AIGC_BUILD_THREADS) || Math.min(availableParallelism(), 8);
  if (
    jobs.length < MIN_PARALLEL_JOBS ||
    threads < 2 ||
    import.meta.url.endsWith('.ts') ||
    !existsSync(workerFile)
  ) {
    const renderer = await getRenderer();
    return jobs.map((fields) => renderFields(fields, renderer));
  }
  const shares = Array.from({ length: threads }, (_, t) =>
    jobs.filter((_, i) => i % threads === t),
  );
  const fromWorkers = shares.slice(1).map(
    (share) =>
      new Promise<RenderedFields[]>((resolve, reject) => {
        const worker = new Worker(workerFile, {
          workerData: { jobs: share } satisfies RenderShare,
        });
        worker.once('message', (results: RenderedFields[]) => {
          resolve(results);
          void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (code !== 0) reject(new Error(`a render worker stopped with exit code ${code}`));
        });
      }),
  );
  const renderer = await getRenderer();
  const own = shares[0]!.map((fields) => renderFields(fields, renderer));
  const results = [own, ...(await Promise.all(fromWorkers))];
  return jobs.map((_, i) => results[i % threads]![Math.floor(i / threads)]!);
}
