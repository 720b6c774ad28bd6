import { BUNDLE_FILE, buildBundleFile, ContentError } from '../../content/bundle-file.ts';
import { fail } from '../output.ts';

export async function buildCommand(root: string): Promise<void> {
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
