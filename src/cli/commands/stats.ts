import { bold, dim, loadCatalog, printJson } from '../output.ts';

export async function statsCommand(root: string, opts: { json?: boolean }): Promise<void> {
  const catalog = await loadCatalog(root);
  const stats = catalog.stats();
  if (opts.json) return printJson(stats);
  const out: string[] = [
    bold(
      `${stats.questions} questions · ${stats.pointsCovered}/${stats.points} outline points covered`,
    ),
    '',
  ];
  for (const track of catalog.countedOutline()) {
    const t = stats.tracks.find((x) => x.id === track.id)!;
    out.push(
      bold(
        `${track.title} (${track.id}): ${t.questions} questions, ${t.pointsCovered}/${t.points} points`,
      ),
    );
    for (const s of track.sections) {
      const points = s.topics.flatMap((x) => x.points);
      const thin = points.filter((p) => p.count < 5).length;
      out.push(
        `  ${String(s.num).padStart(2)}. ${s.title}  ${s.count} questions  ${dim(`${thin}/${points.length} points under 5`)}`,
      );
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
