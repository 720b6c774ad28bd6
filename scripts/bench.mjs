// `npm run bench` (and `npm run bench:load`): compile the benchmark harness (bench/*.ts) with esbuild, then run it.
// Needs a build first (`npm run build`, which `npm ci` runs): it measures the built app.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(join(root, 'dist/web/index.html'))) {
  console.error('bench: the app is not built; run "npm run build" first');
  process.exit(1);
}
const out = join(root, '.tmp/bench');
rmSync(out, { recursive: true, force: true });
const common = { bundle: true, logLevel: 'warning', sourcemap: 'inline' };
await build({
  ...common,
  entryPoints: {
    main: join(root, 'bench/main.ts'),
    load: join(root, 'bench/load.ts'),
    'bare-server': join(root, 'bench/bare-server.ts'),
    'render-worker': join(root, 'src/content/render-worker.ts'),
  },
  outdir: out,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
});
await build({
  ...common,
  entryPoints: [join(root, 'bench/browser-search-entry.ts')],
  outfile: join(out, 'browser-search.js'),
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  sourcemap: false,
});
// `--load` runs the load benchmark (npm run bench:load) instead of the performance suite.
const load = process.argv.includes('--load');
const run = spawnSync(
  process.execPath,
  [
    '--expose-gc',
    join(out, load ? 'load.js' : 'main.js'),
    ...process.argv.slice(2).filter((a) => a !== '--load'),
  ],
  { stdio: 'inherit', cwd: root },
);
process.exit(run.status ?? 1);
