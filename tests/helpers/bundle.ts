import { readBundleFile } from '../../src/content/bundle-file.ts';
import type { Bundle } from '../../src/core/bundle.ts';
import { Catalog } from '../../src/core/catalog.ts';
import { ROOT } from './paths.ts';

let cached: Bundle | undefined;

/** The real bundle, as built by the global setup. */
export function realBundle(): Bundle {
  cached ??= readBundleFile(ROOT);
  if (!cached) throw new Error('dist/content is incomplete: run "npm run build"');
  return cached;
}

export function realCatalog(): Catalog {
  return new Catalog(realBundle());
}
