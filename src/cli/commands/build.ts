import { BUNDLE_FILE, buildBundleFile, ContentError } from '../../content/bundle-file.ts';
import { formatProblem } from '../../content/problems.ts';
import { watchContent } from '../../content/watch.ts';
import { dim, fail } from '../output.ts';

export async function buildCommand(root: string, opts: { watch?: boolean } = {}): Promise<void> {
  if (opts.watch) return watchCommand(root);
  try {
    const { bundle, ms } = await buildBundleFile(root);
    process.stdout.write(
      `compiled ${bundle.questions.length} questions into ${BUNDLE_FILE} in ${Math.round(ms)} ms\n`,
    );
  } catch (e) {
    if (e instanceof ContentError) fail(e.message);
    throw e;
  }
}

async function watchCommand(root: string): Promise<void> {
  const watcher = await watchContent(root, (event) => {
    const what = event.changed.length ? `${event.changed.join(', ')}: ` : '';
    if (event.kind === 'built')
      process.stdout.write(
        `${what}compiled ${event.bundle.questions.length} questions into ${BUNDLE_FILE} in ${Math.round(event.ms)} ms\n`,
      );
    else
      process.stdout.write(
        `${what}${event.problems.length} problem(s), bundle not written (${Math.round(event.ms)} ms)\n${event.problems.map(formatProblem).join('\n')}\n`,
      );
  });
  process.stdout.write(dim('watching content/ for changes (Ctrl-C to stop)\n'));
  process.once('SIGINT', () => {
    watcher.close();
    process.exit(0);
  });
}
