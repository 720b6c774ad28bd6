/**
 * The bundle on disk: written by the build, read at start. A bundle older than any content file is
 * rebuilt first, so edited content is never served stale.
 *
 * Two files, so that a start reads only what lists, search and planning need:
 * - `dist/content/bundle.json`: the outline, glossary, labs, search index and each question's
 *   metadata, with the byte offset of its details;
 * - `dist/content/details.jsonl`: one line per question with the heavy parts (rendered HTML,
 *   rubric, follow-ups, the deep answer), read from disk the first time a question is opened.
 */
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Bundle, CompiledQuestion } from '../core/bundle.ts';
import type { CompileCache } from './cache.ts';
import { formatProblem, type Problem } from './problems.ts';

export const BUNDLE_FILE = 'dist/content/bundle.json';
export const DETAILS_FILE = 'dist/content/details.jsonl';
/** The search index, parsed on the first search (most of what a start would otherwise parse). */
export const SEARCH_FILE = 'dist/content/search.json';

/** The parts of a question kept out of bundle.json and read when the question is first used. */
const DETAIL_KEYS = [
  'quickAnswerHtml',
  'rubric',
  'followUps',
  'body',
  'bodyHtml',
  'pitfalls',
  'references',
] as const satisfies readonly (keyof CompiledQuestion)[];
type DetailKey = (typeof DETAIL_KEYS)[number];
type Details = Pick<CompiledQuestion, DetailKey>;

/** bundle.json as written: questions without their details, and where the details are. */
interface BundleFile extends Omit<Bundle, 'questions' | 'search'> {
  questions: Omit<CompiledQuestion, DetailKey>[];
  details?: { contentHash: string; offsets: number[] };
  /** Absent when the index is in SEARCH_FILE. */
  search?: Bundle['search'];
}

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `the content has ${problems.length} problem(s):\n${problems.slice(0, 20).map(formatProblem).join('\n')}${problems.length > 20 ? '\n…' : ''}\nrun "npx aigc-interview check" for all of them`,
    );
  }
}

/** Compile the content and write the bundle; throws ContentError when the content has problems. */
export async function buildBundleFile(
  root: string,
  cache?: CompileCache,
): Promise<{ bundle: Bundle; ms: number }> {
  const { compileContent } = await import('./compile.ts');
  const { bundle, problems, ms } = await compileContent(root, cache ? { cache } : {});
  if (problems.length || !bundle) throw new ContentError(problems);
  writeBundle(root, bundle);
  return { bundle, ms };
}

/** Load the bundle, rebuilding it first when it is missing or older than the content. */
export async function loadBundle(
  root: string,
  log: (line: string) => void = () => {},
): Promise<Bundle> {
  const file = join(root, BUNDLE_FILE);
  let builtAt = 0;
  try {
    builtAt = statSync(file).mtimeMs;
  } catch {
    // missing: build below
  }
  const fresh = builtAt > 0 && builtAt >= (await newestContentTime(join(root, 'content')));
  const loaded = fresh ? readBundleFile(root) : undefined;
  if (loaded) return loaded;
  log(
    fresh
      ? 'dist/content is incomplete or from different builds: compiling…'
      : builtAt
        ? 'content changed since the last build: compiling…'
        : 'no compiled content yet: compiling…',
  );
  // The compiler (Shiki, KaTeX) loads only when the bundle has to be rebuilt.
  const { compileContent } = await import('./compile.ts');
  const { bundle, problems, ms } = await compileContent(root);
  if (!bundle) throw new ContentError(problems);
  if (problems.length) {
    // Serve what is valid, say what is not, and keep the bundle file as it was: the problems are
    // reported again at every start until they are fixed.
    log(new ContentError(problems).message);
    log(`serving the ${bundle.questions.length} valid questions`);
    return bundle;
  }
  writeBundle(root, bundle);
  log(`compiled ${bundle.questions.length} questions in ${Math.round(ms)} ms`);
  return bundle;
}

/**
 * A question split into what the bundle keeps and its line in the details file. Compiled questions
 * that did not change are the same objects from one watch build to the next, so the split (and its
 * serialisation, the bulk of writing ~35 MB) is done once per question object.
 */
const splits = new WeakMap<CompiledQuestion, { line: string; bytes: number; restJson: string }>();

function splitOf(q: CompiledQuestion) {
  let split = splits.get(q);
  if (!split) {
    const details: Record<string, unknown> = {};
    const rest: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(q)) {
      if ((DETAIL_KEYS as readonly string[]).includes(k)) details[k] = v;
      else rest[k] = v;
    }
    const line = `${JSON.stringify(details)}\n`;
    split = { line, bytes: Buffer.byteLength(line), restJson: JSON.stringify(rest) };
    splits.set(q, split);
  }
  return split;
}

function writeBundle(root: string, bundle: Bundle): void {
  const file = join(root, BUNDLE_FILE);
  const detailsFile = join(root, DETAILS_FILE);
  mkdirSync(dirname(file), { recursive: true });
  const lines: string[] = [];
  const offsets: number[] = [];
  let offset = 0;
  const questions = bundle.questions.map((q) => {
    const { line, bytes, restJson } = splitOf(q);
    offsets.push(offset);
    offset += bytes;
    lines.push(line);
    return restJson;
  });
  offsets.push(offset);
  const { search, questions: _, ...rest } = bundle;
  // The questions' JSON is kept per question; the rest of the bundle is small.
  const meta = JSON.stringify({
    ...rest,
    details: { contentHash: bundle.contentHash, offsets },
  } satisfies Omit<BundleFile, 'questions'>);
  const onDisk = `${meta.slice(0, -1)},"questions":[${questions.join(',')}]}`;
  const searchFile = join(root, SEARCH_FILE);
  // Both side files start with a header line naming the build, so a reader can tell a file from
  // another build. Each file is replaced whole (write, then rename), so a running server keeps
  // reading the files it opened while a build writes the next ones.
  const header = `${JSON.stringify({ contentHash: bundle.contentHash })}\n`;
  writeFileSync(`${searchFile}.tmp`, `${header}${JSON.stringify(search)}`);
  writeFileSync(`${detailsFile}.tmp`, `${header}${lines.join('')}`);
  writeFileSync(`${file}.tmp`, onDisk);
  renameSync(`${detailsFile}.tmp`, detailsFile);
  renameSync(`${searchFile}.tmp`, searchFile);
  renameSync(`${file}.tmp`, file);
}

/**
 * Read bundle.json and attach each question's details as lazy properties that read their line of
 * details.jsonl on first use. Undefined when the details file is missing or from another build.
 */
export function readBundleFile(root: string): Bundle | undefined {
  const parsed = JSON.parse(readFileSync(join(root, BUNDLE_FILE), 'utf8')) as BundleFile;
  const { details, ...bundle } = parsed;
  if (!details) return bundle as Bundle; // a bundle written before the split holds everything
  const detailsFile = openOfBuild(join(root, DETAILS_FILE), details.contentHash);
  if (!detailsFile) return undefined;
  if (!bundle.search) {
    // Checked now (missing, or from another build, means rebuild); parsed on the first search.
    const searchFile = openOfBuild(join(root, SEARCH_FILE), details.contentHash);
    if (!searchFile) {
      closeSync(detailsFile.fd);
      return undefined;
    }
    let loaded: Bundle['search'] | undefined;
    Object.defineProperty(bundle, 'search', {
      enumerable: true,
      configurable: true,
      get: () => {
        if (!loaded) {
          const { fd, base } = searchFile;
          loaded = JSON.parse(readSpan(fd, base, fstatSync(fd).size - base)) as Bundle['search'];
          closeSync(fd);
        }
        return loaded;
      },
    });
  }
  const { fd, base } = detailsFile;
  const { offsets } = details;
  const cache = new DetailsCache();
  parsed.questions.forEach((q, i) => {
    const start = base + offsets[i]!;
    const length = offsets[i + 1]! - offsets[i]!;
    attachDetails(q, () => JSON.parse(readSpan(fd, start, length)) as Details, cache);
  });
  return bundle as Bundle;
}

/**
 * Open a side file if its header line names this build; the descriptor and where its data
 * starts, or undefined when it is missing or from another build.
 */
function openOfBuild(path: string, contentHash: string): { fd: number; base: number } | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  const header = `${JSON.stringify({ contentHash })}\n`;
  if (readSpan(fd, 0, Buffer.byteLength(header)) !== header) {
    closeSync(fd);
    return undefined;
  }
  return { fd, base: Buffer.byteLength(header) };
}

function readSpan(fd: number, position: number, length: number): string {
  const buffer = Buffer.allocUnsafe(length);
  const n = readSync(fd, buffer, 0, length, position);
  return buffer.toString('utf8', 0, n);
}

/** How many questions' details stay parsed in memory; the rest are read again when used. */
const DETAILS_IN_MEMORY = 64;

/** Least recently used details, by question: the server's memory stays flat however many are read. */
class DetailsCache {
  private readonly entries = new Map<object, Details>();

  get(q: object, load: () => Details): Details {
    let d = this.entries.get(q);
    if (d) {
      this.entries.delete(q);
    } else {
      d = load();
      if (this.entries.size >= DETAILS_IN_MEMORY)
        this.entries.delete(this.entries.keys().next().value as object);
    }
    this.entries.set(q, d);
    return d;
  }
}

/**
 * Define the detail keys as getters that read the question's details through the shared cache.
 * Assigning a key turns it into a plain property (tests and tools may edit a loaded question).
 */
function attachDetails(q: object, load: () => Details, cache: DetailsCache): void {
  for (const key of DETAIL_KEYS) {
    Object.defineProperty(q, key, {
      enumerable: true,
      configurable: true,
      get: () => cache.get(q, load)[key],
      set(value: unknown) {
        Object.defineProperty(q, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      },
    });
  }
}

async function newestContentTime(dir: string): Promise<number> {
  let newest = 0;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  await Promise.all(
    entries.map(async (e) => {
      if (!e.isFile()) return;
      const { mtimeMs } = await stat(join(e.parentPath, e.name));
      if (mtimeMs > newest) newest = mtimeMs;
    }),
  );
  const { mtimeMs } = await stat(dir);
  return Math.max(newest, mtimeMs);
}
