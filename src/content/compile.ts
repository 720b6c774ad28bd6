/** The content compiler: load, check, render once, index, and produce the bundle. */
import { createHash } from 'node:crypto';
import type { Bundle, CompiledQuestion } from '../core/bundle.ts';
import { indexOutline } from '../core/outline.ts';
import type { GlossaryTerm } from '../core/schema/glossary.ts';
import type { Outline } from '../core/schema/outline.ts';
import { glossaryConcepts, questionDocument } from '../core/search/documents.ts';
import { buildIndex, type IndexInput } from '../core/search/index.ts';
import type { SearchDocument } from '../core/search/types.ts';
import { DOMAIN_WORDS } from '../core/search/words.ts';
import type { CompileCache } from './cache.ts';
import { checkContent } from './check.ts';
import { type LoadedContent, type LoadedQuestion, type LoadOptions, loadContent } from './load.ts';
import { getRenderer, type Renderer } from './markdown.ts';
import type { Problem } from './problems.ts';
import {
  type MarkdownField,
  placeRendered,
  questionFields,
  type RenderedFields,
} from './render.ts';
import { renderAll } from './render-pool.ts';

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
  const { cache } = options;
  const content = await loadContent(root, options);
  checkContent(content, cache);
  const rendered = await renderCached(content.questions, cache);
  content.questions.forEach((q, i) => {
    for (const p of rendered[i]!.problems) content.problems.add(q.file, p.line, p.message, p.fix);
  });
  const html = new Map(
    content.questions.map((q, i) => [
      q,
      { source: rendered[i]!, placed: placeRendered(q, rendered[i]!.html) },
    ]),
  );
  const bundle = buildBundle(content, html, await getRenderer(), cache);
  cache?.sweep();
  return { bundle, problems: content.problems.sorted(), ms: performance.now() - started };
}

const documentOf = new WeakMap<CompiledQuestion, { titles: string; doc: SearchDocument }>();
let documentCount = 0;

/** What the search index is built from: each question with its outline titles, and the glossary. */
export function searchInput(
  questions: CompiledQuestion[],
  outline: Outline,
  glossary: GlossaryTerm[],
): IndexInput {
  const index = indexOutline(outline);
  return {
    documents: questions.map((q) => {
      const ref = index.points.get(q.point)!;
      const outlineTitles = [
        ref.point.title,
        ref.point.title_en,
        ref.topic.title,
        ref.section.title,
      ];
      // The same compiled question under the same outline titles makes the same document: reuse
      // it, with a key that lets the index reuse its terms without serialising its fields.
      const titles = outlineTitles.join('\u0000');
      const hit = documentOf.get(q);
      if (hit && hit.titles === titles) return hit.doc;
      const doc = { ...questionDocument({ ...q, outlineTitles }), key: `doc-${++documentCount}` };
      documentOf.set(q, { titles, doc });
      return doc;
    }),
    dictionary: DOMAIN_WORDS,
    concepts: glossaryConcepts(glossary),
  };
}

/** The render-cache key of a question's Markdown fields, serialised once per parsed file. */
const renderKeyOf = new WeakMap<LoadedQuestion, { fields: MarkdownField[]; key: string }>();

function renderJob(q: LoadedQuestion): { fields: MarkdownField[]; key: string } {
  let job = renderKeyOf.get(q);
  if (!job) {
    const fields = questionFields(q);
    job = { fields, key: JSON.stringify(fields) };
    renderKeyOf.set(q, job);
  }
  return job;
}

/** Render what the cache does not already hold for exactly these fields. */
async function renderCached(
  questions: LoadedQuestion[],
  cache: CompileCache | undefined,
): Promise<RenderedFields[]> {
  if (!cache) return renderAll(questions.map(questionFields));
  const jobs = questions.map(renderJob);
  const keys = jobs.map((j) => j.key);
  const results = keys.map((key) => cache.get<RenderedFields>('render', key));
  const missing = results.flatMap((r, i) => (r ? [] : [i]));
  const fresh = await renderAll(missing.map((i) => jobs[i]!.fields));
  missing.forEach((i, k) => {
    results[i] = cache.set('render', keys[i]!, fresh[k]!);
  });
  return results as RenderedFields[];
}

/**
 * A compiled question is a pure function of its parsed file (same object while the watch cache
 * keeps it), its rendered Markdown (same object from the render cache) and its place in the
 * outline; while those stay the same it is reused, and so is its digest (`questionDigest`).
 */
const compiledOf = new WeakMap<
  LoadedQuestion,
  { rendered: RenderedFields; place: string; compiled: CompiledQuestion }
>();
const digestOf = new WeakMap<CompiledQuestion, string>();

/** SHA-256 of a compiled question's source path and JSON, computed once per question object. */
function questionDigest(q: CompiledQuestion): string {
  let digest = digestOf.get(q);
  if (digest === undefined) {
    digest = createHash('sha256')
      .update(`${q.source}\n${JSON.stringify(q)}`)
      .digest('hex');
    digestOf.set(q, digest);
  }
  return digest;
}

function buildBundle(
  content: LoadedContent,
  html: Map<LoadedQuestion, { source: RenderedFields; placed: ReturnType<typeof placeRendered> }>,
  renderer: Renderer,
  cache?: CompileCache,
): Bundle | undefined {
  const { outline, glossary } = content;
  if (!outline || !glossary) return undefined;
  const index = indexOutline(outline);
  const pointOrder = new Map(index.pointOrder.map((id, i) => [id, i]));
  const known = content.questions.filter((q) => index.points.has(q.frontMatter.points[0]!));
  const questions: CompiledQuestion[] = known.map((q) => {
    const fm = q.frontMatter;
    const ref = index.points.get(fm.points[0]!)!;
    const { source, placed: rendered } = html.get(q)!;
    const place = `${ref.track.id}\u0000${ref.section.id}\u0000${ref.point.id}`;
    const hit = compiledOf.get(q);
    if (hit && hit.rendered === source && hit.place === place) return hit.compiled;
    const { quick_answer, rubric, follow_ups, ...rest } = fm;
    const compiled: CompiledQuestion = {
      ...rest,
      track: ref.track.id,
      section: ref.section.id,
      point: ref.point.id,
      quickAnswer: quick_answer,
      quickAnswerHtml: rendered.quickAnswerHtml,
      rubric: rubric.map((r, i) => ({ ...r, pointHtml: rendered.rubricHtml[i]! })),
      followUps: follow_ups.map((f, i) => ({
        q: f.q,
        qHtml: rendered.followUpHtml[i]!.qHtml,
        a: f.a,
        aHtml: rendered.followUpHtml[i]!.aHtml,
      })),
      body: q.body,
      bodyHtml: rendered.bodyHtml,
      source: q.file,
    };
    compiledOf.set(q, { rendered: source, place, compiled });
    return compiled;
  });
  // Outline order, then difficulty, then id: a stable order for lists and previous/next.
  questions.sort(
    (a, b) =>
      pointOrder.get(a.point)! - pointOrder.get(b.point)! ||
      a.difficulty - b.difficulty ||
      (a.id < b.id ? -1 : 1),
  );
  const search = buildIndex(searchInput(questions, outline, glossary), cache);
  const hash = createHash('sha256');
  hash.update(JSON.stringify(outline));
  hash.update(JSON.stringify(glossary));
  for (const q of questions) hash.update(questionDigest(q));
  return {
    version: 1,
    contentHash: hash.digest('hex').slice(0, 16),
    outline,
    questions,
    glossary,
    labs: content.labs.map((l) => ({
      ...l.frontMatter,
      html: cache
        ? cache.memo('lab', l.body, () => renderer.block(l.body))
        : renderer.block(l.body),
    })),
    search,
  };
}
