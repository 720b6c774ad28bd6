// Build everything the app runs from: the CLI/server bundle, the compiled content, the web app.
// `npm ci` runs this (prepare); `npm run build` runs it by hand. Options: --skip-web.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const skipWeb = process.argv.includes('--skip-web');
const t0 = performance.now();
const step = (name, since) =>
  console.log(`build: ${name} (${Math.round(performance.now() - since)} ms)`);

let t = performance.now();
rmSync(join(root, 'dist/chunks'), { recursive: true, force: true });
await esbuild({
  entryPoints: {
    cli: join(root, 'src/cli/main.ts'),
    'render-worker': join(root, 'src/content/render-worker.ts'),
  },
  outdir: join(root, 'dist'),
  // Commands and heavy modules (the content compiler, Shiki, KaTeX) load only when used.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies (commander) call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies are bundled (one file to load instead of hundreds to resolve at every start),
  // except native modules and those only the content compiler or an LLM call needs.
  external: [
    'better-sqlite3',
    '@node-rs/argon2',
    '@modelcontextprotocol/sdk',
    '@modelcontextprotocol/sdk/*',
    'pg',
    'openai',
    'shiki',
    '@shikijs/*',
    'katex',
    'markdown-it',
    '@vscode/markdown-it-katex',
    'vite',
    'esbuild',
  ],
  // Minified: a start parses less (the server's cold start is mostly parsing bundled code).
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
});
step('dist/cli.js', t);

t = performance.now();
try {
  execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'build-content'], {
    stdio: 'inherit',
    cwd: root,
  });
} catch {
  console.error(
    'build: the content did not compile (see above); fix it, then run "npm run build" again',
  );
  process.exit(1);
}
step('content', t);

if (!skipWeb) {
  t = performance.now();
  // Test runners set NODE_ENV=test, which would make React's development build ship.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  // Precompressed copies, served as-is by the server.
  const web = join(root, 'dist/web');
  for (const file of readdirSync(web, { recursive: true })) {
    const path = join(web, file);
    if (!/\.(js|css|html|svg|json|ttf)$/.test(path) || statSync(path).isDirectory()) continue;
    const data = readFileSync(path);
    if (data.length < 1024) continue;
    writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
    writeFileSync(`${path}.br`, brotliCompressSync(data));
  }
  step('dist/web', t);
}
console.log(`build: done in ${Math.round(performance.now() - t0)} ms`);
