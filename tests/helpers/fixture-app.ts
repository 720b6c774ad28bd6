/** A compiled fixture bundle and an app over it, for API tests. */

import { compileContent } from '../../src/content/compile.ts';
import type { Bundle } from '../../src/core/bundle.ts';
import { Catalog } from '../../src/core/catalog.ts';
import { createApp } from '../../src/server/app.ts';
import type { TestDatabase } from './databases.ts';
import { questionFile, questionFrontMatter, writeContent } from './fixture-content.ts';
import { tempDir } from './paths.ts';

const Q = 'questions/algorithm/fundamentals';

export async function fixtureBundle(): Promise<Bundle> {
  const t = tempDir();
  try {
    writeContent(t.dir, {
      [`${Q}/attn-basics.md`]: questionFile(
        questionFrontMatter('attn-basics', {
          title: '注意力机制的计算流程是什么？',
          difficulty: 2,
          related: ['kv-size'],
        }),
      ),
      [`${Q}/attn-scaling.md`]: questionFile(
        questionFrontMatter('attn-scaling', {
          title: '注意力为什么要除以根号 d_k？',
          type: 'derivation',
          difficulty: 3,
          tags: ['Attention', '推导'],
        }),
      ),
      [`${Q}/kv-size.md`]: questionFile(
        questionFrontMatter('kv-size', {
          title: '如何估算 LLaMA-2-7B 推理时 KV Cache 的显存占用？',
          points: ['algorithm.fundamentals.kv-cache'],
          type: 'calculation',
          tags: ['KV Cache', '显存'],
          references: [
            { title: 'PagedAttention (SOSP 2023)', url: 'https://arxiv.org/abs/2309.06180' },
          ],
        }),
      ),
    });
    const { bundle, problems } = await compileContent(t.dir);
    if (problems.length || !bundle)
      throw new Error(`fixture content has problems: ${JSON.stringify(problems)}`);
    return bundle;
  } finally {
    t.cleanup();
  }
}

export async function fixtureApp(
  db: TestDatabase,
  bundle: Bundle,
  now = () => new Date('2026-11-30T12:00:00Z'),
) {
  return createApp({ catalog: new Catalog(bundle), database: db.database, now });
}

/**
 * One JSON request to an app (no socket): the status and the parsed body. A string payload is sent
 * as it is, so tests can post malformed JSON.
 */
export async function requestJson(
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  method: string,
  path: string,
  payload?: unknown,
): Promise<{ status: number; body: any }> {
  const res = await app.request(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(payload === undefined
      ? {}
      : { body: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
  });
  return { status: res.status, body: await res.json() };
}
