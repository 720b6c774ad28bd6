import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle } from '../../src/core/bundle.ts';
import { Catalog } from '../../src/core/catalog.ts';
import { ROOT } from './paths.ts';

let cached: Bundle | undefined;

/** The real bundle, as built by the global setup. */
export function realBundle(): Bundle {
  cached ??= JSON.parse(readFileSync(join(ROOT, 'dist/content/bundle.json'), 'utf8')) as Bundle;
  return cached;
}

export function realCatalog(): Catalog {
  return new Catalog(realBundle());
}
