// The MCP server as an assistant uses it: `aigc-interview mcp` over stdio, driven by the SDK's own
// client, on the real bank and a real SQLite file shared with the web app's database layer.
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCards } from '../../src/db/cards.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { LOCAL_USER_ID } from '../../src/db/users.ts';
import { realBundle } from '../helpers/bundle.ts';
import { ROOT, tempDir } from '../helpers/paths.ts';

const t = tempDir('aigc-mcp-');
const url = `sqlite:${join(t.dir, 'mcp.db')}`;
let client: Client;

function text(r: any): string {
  return r.content.map((c: any) => c.text).join('\n');
}

beforeAll(async () => {
  client = new Client({ name: 'test-assistant', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [join(ROOT, 'bin/aigc-interview.js'), 'mcp', '--database', url],
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      stderr: 'pipe',
    }),
  );
}, 60_000);
afterAll(async () => {
  await client?.close();
  t.cleanup();
});

describe('aigc-interview mcp', { timeout: 60_000 }, () => {
  it('announces its tools with input schemas, and the outline resource', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((x) => x.name).sort()).toEqual([
      'add_to_review',
      'draw_quiz',
      'get_question',
      'grade_answer',
      'list_due_reviews',
      'record_review',
      'search_questions',
    ]);
    const search = tools.find((x) => x.name === 'search_questions')!;
    expect(search.inputSchema.required).toEqual(['query']);
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toContain('aigc://outline');
    const outline = await client.readResource({ uri: 'aigc://outline' });
    const md = (outline.contents[0] as any).text as string;
    expect(md).toContain('# AIGC 面试大纲');
    expect(md).toContain('backend.serving');
  });

  it('searches in Chinese and English and reads a question with or without its answer', async () => {
    const r = await client.callTool({
      name: 'search_questions',
      arguments: { query: 'KV cache 显存', limit: 5 },
    });
    const hits = (r.structuredContent as any).results;
    expect(hits.length).toBe(5);
    expect(text(r)).toContain(hits[0].id);
    const backendOnly = await client.callTool({
      name: 'search_questions',
      arguments: { query: 'KV cache', track: 'backend', limit: 5 },
    });
    expect(
      (backendOnly.structuredContent as any).results.every((h: any) => h.track === 'backend'),
    ).toBe(true);

    const q = realBundle().questions.find((x) => x.id === hits[0].id)!;
    const bare = await client.callTool({ name: 'get_question', arguments: { id: q.id } });
    expect(text(bare)).toContain(q.title);
    expect(text(bare)).not.toContain('30 秒回答');
    expect((bare.structuredContent as any).question.quickAnswer).toBeUndefined();
    const full = await client.callTool({
      name: 'get_question',
      arguments: { id: q.id, include_answer: true },
    });
    expect(text(full)).toContain('## 30 秒回答');
    expect(text(full)).toContain(q.quickAnswer.trim().slice(0, 20));
    expect((full.structuredContent as any).question.rubric.length).toBe(q.rubric.length);

    const missing = await client.callTool({
      name: 'get_question',
      arguments: { id: 'no-such-question' },
    });
    expect(missing.isError).toBe(true);
    expect(text(missing)).toMatch(/search_questions/);
  });

  it('draws the same quiz for the same seed, by role or by section', async () => {
    const a = await client.callTool({
      name: 'draw_quiz',
      arguments: { role: 'backend', count: 4, seed: 7 },
    });
    const b = await client.callTool({
      name: 'draw_quiz',
      arguments: { role: 'backend', count: 4, seed: 7 },
    });
    expect((a.structuredContent as any).questions).toHaveLength(4);
    expect((a.structuredContent as any).questions).toEqual((b.structuredContent as any).questions);
    const s = await client.callTool({
      name: 'draw_quiz',
      arguments: { section: 'vision.image-generation', count: 3, seed: 1 },
    });
    expect(
      (s.structuredContent as any).questions.every(
        (q: any) => q.section === 'vision.image-generation',
      ),
    ).toBe(true);
    const bad = await client.callTool({ name: 'draw_quiz', arguments: { count: 3 } });
    expect(bad.isError).toBe(true);
    const badSection = await client.callTool({
      name: 'draw_quiz',
      arguments: { section: 'cooking' },
    });
    expect(text(badSection)).toMatch(/没有章节“cooking”.*backend\.serving/);
  });

  it('grades an answer against the rubric: the quick answer scores high, nonsense low', async () => {
    const q = realBundle().questions[0]!;
    const good = await client.callTool({
      name: 'grade_answer',
      arguments: { id: q.id, answer: `${q.quickAnswer}\n${q.body}` },
    });
    const poor = await client.callTool({
      name: 'grade_answer',
      arguments: { id: q.id, answer: '我不太清楚这个问题。' },
    });
    expect((good.structuredContent as any).score).toBeGreaterThanOrEqual(80);
    expect((poor.structuredContent as any).score).toBeLessThan(30);
    expect(text(good)).toContain('得分');
  });

  it('reviews with the same schedule and database as the web app', async () => {
    const ids = realBundle()
      .questions.slice(0, 3)
      .map((q) => q.id);
    const notCard = await client.callTool({
      name: 'record_review',
      arguments: { id: ids[0], rating: 3 },
    });
    expect(notCard.isError).toBe(true);
    expect(text(notCard)).toMatch(/add_to_review/);
    const added = await client.callTool({ name: 'add_to_review', arguments: { ids } });
    expect((added.structuredContent as any).added).toBe(3);
    const due = await client.callTool({ name: 'list_due_reviews', arguments: {} });
    expect((due.structuredContent as any).due).toBe(3);
    const rec = await client.callTool({
      name: 'record_review',
      arguments: { id: ids[0], rating: 3 },
    });
    expect(rec.isError).toBeFalsy();
    expect(text(rec)).toMatch(/下次复习/);
    const after = await client.callTool({ name: 'list_due_reviews', arguments: {} });
    expect((after.structuredContent as any).due).toBe(2);
    // The web app's database layer sees the review.
    const db = await openDatabase(url);
    try {
      const cards = await listCards(db.db, LOCAL_USER_ID);
      expect(cards.find((c) => c.questionId === ids[0])!.reps).toBe(1);
    } finally {
      await db.close();
    }
    const badRating = await client.callTool({
      name: 'record_review',
      arguments: { id: ids[1], rating: 7 },
    });
    expect(badRating.isError).toBe(true);
  });
});
