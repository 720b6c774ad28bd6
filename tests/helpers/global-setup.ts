// Build once before every test run, so the CLI, the server and the browser tests see the current
// code and content (the same build `npm ci` runs).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  // AIGC_SKIP_BUILD=1 reuses the last build (quick unit-test runs while editing).
  if (process.env.AIGC_SKIP_BUILD === '1') return;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
