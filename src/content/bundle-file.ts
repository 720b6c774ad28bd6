/**
 * The bundle on disk (`dist/content/bundle.json`): written by the build, read at start.
 * A bundle older than any content file is rebuilt first, so edited content is never served stale.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Bundle } from '../core/bundle.ts';
import { compileContent } from './compile.ts';
import { formatProblem, type Problem } from './problems.ts';

export const BUNDLE_FILE = 'dist/content/bundle.json';

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `the content has ${problems.length} problem(s):\n${problems.slice(0, 20).map(formatProblem).join('\n')}${problems.length > 20 ? '\n…' : ''}\nrun "npx aigc-interview check" for all of them`,
    );
  }
}

/** Compile the content and write the bundle; throws ContentError when the content has problems. */
export async function buildBundleFile(root: string): Promise<{ bundle: Bundle; ms: number }> {
  const { bundle, problems, ms } = await compileContent(root);
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
  if (builtAt && builtAt >= (await newestContentTime(join(root, 'content')))) {
    return JSON.parse(readFileSync(file, 'utf8')) as Bundle;
  }
  log(
    builtAt
      ? 'content changed since the last build: compiling…'
      : 'no compiled content yet: compiling…',
  );
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

function writeBundle(root: string, bundle: Bundle): void {
  const file = join(root, BUNDLE_FILE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(bundle));
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
