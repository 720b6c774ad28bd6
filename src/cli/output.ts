/** Terminal output helpers shared by the commands. */
import { InvalidArgumentError } from 'commander';
import { ContentError, loadBundle } from '../content/bundle-file.ts';
import type { Bundle } from '../core/bundle.ts';
import { Catalog } from '../core/catalog.ts';

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number) => (s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
export const bold = paint(1);
export const dim = paint(2);
export const red = paint(31);
export const green = paint(32);
export const cyan = paint(36);

export function fail(message: string, code = 1): never {
  process.stderr.write(`aigc-interview: ${message}\n`);
  process.exit(code);
}

/** Load the compiled bundle (rebuilding it when content changed); exit with the problems if any. */
export async function loadCatalog(root: string): Promise<Catalog> {
  let bundle: Bundle;
  try {
    bundle = await loadBundle(root, (line) => process.stderr.write(`${dim(line)}\n`));
  } catch (e) {
    if (e instanceof ContentError) fail(e.message);
    throw e;
  }
  return new Catalog(bundle);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Commander argument parser for whole numbers >= 1. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1)
    throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}
