/** The content compiler: load, check, render once, index, and produce the bundle. */
import { createHash } from 'node:crypto';
import type { Bundle, CompiledQuestion } from '../core/bundle.ts';
import { indexOutline } from '../core/outline.ts';
import { glossaryConcepts, questionDocument } from '../core/search/documents.ts';
import { buildIndex } from '../core/search/index.ts';
import { DOMAIN_WORDS } from '../core/search/words.ts';
import { checkContent } from './check.ts';
import { type LoadedContent, type LoadOptions, loadContent } from './load.ts';
import { getRenderer, type Renderer } from './markdown.ts';
import type { Problem } from './problems.ts';

export interface CompileResult {
  /** Undefined only when the outline or the glossary could not be read at all. */
  bundle?: Bundle;
  problems: Problem[];
  /** Milliseconds spent. */
  ms: number;
}

export async function compileContent(
  root: string,
  options: LoadOptions = {},
): Promise<CompileResult> {
  const started = performance.now();
  const [content, renderer] = await Promise.all([loadContent(root, options), getRenderer()]);
  checkContent(content, renderer.md);
  const bundle = buildBundle(content, renderer);
  return { bundle, problems: content.problems.sorted(), ms: performance.now() - started };
}

function buildBundle(content: LoadedContent, renderer: Renderer): Bundle | undefined {
  const { outline, glossary } = content;
  if (!outline || !glossary) return undefined;
  const index = indexOutline(outline);
  const pointOrder = new Map(index.pointOrder.map((id, i) => [id, i]));
  const known = content.questions.filter((q) => index.points.has(q.frontMatter.points[0]!));
  const questions: CompiledQuestion[] = known.map((q) => {
    const fm = q.frontMatter;
    const ref = index.points.get(fm.points[0]!)!;
    const { quick_answer, rubric, follow_ups, ...rest } = fm;
    return {
      ...rest,
      track: ref.track.id,
      section: ref.section.id,
      point: ref.point.id,
      quickAnswer: quick_answer,
      quickAnswerHtml: renderer.block(quick_answer),
      rubric: rubric.map((r) => ({ ...r, pointHtml: renderer.inline(r.point) })),
      followUps: follow_ups.map((f) => ({
        q: f.q,
        qHtml: renderer.inline(f.q),
        a: f.a,
        aHtml: renderer.block(f.a),
      })),
      body: q.body,
      bodyHtml: renderer.block(q.body),
      source: q.file,
    };
  });
  // Outline order, then difficulty, then id: a stable order for lists and previous/next.
  questions.sort(
    (a, b) =>
      pointOrder.get(a.point)! - pointOrder.get(b.point)! ||
      a.difficulty - b.difficulty ||
      (a.id < b.id ? -1 : 1),
  );
  const search = buildIndex({
    documents: questions.map((q) => {
      const ref = index.points.get(q.point)!;
      return questionDocument({
        ...q,
        outlineTitles: [ref.point.title, ref.point.title_en, ref.topic.title, ref.section.title],
      });
    }),
    dictionary: DOMAIN_WORDS,
    concepts: glossaryConcepts(glossary),
  });
  const hash = createHash('sha256');
  hash.update(JSON.stringify(outline));
  hash.update(JSON.stringify(glossary));
  for (const q of questions) hash.update(`${q.source}\n${JSON.stringify(q)}`);
  return {
    version: 1,
    contentHash: hash.digest('hex').slice(0, 16),
    outline,
    questions,
    glossary,
    labs: content.labs.map((l) => ({ ...l.frontMatter, html: renderer.block(l.body) })),
    search,
  };
}
