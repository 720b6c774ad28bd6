/**
 * Cold start: from spawning `aigc-interview serve` to the first answered GET /api/questions/:id
 * (the full bank loaded, the database opened and migrated). Then the server's memory with the
 * whole bank in use: every question opened once.
 */
import { rssMb, startApp, status } from './servers.ts';
import { type Figure, figure } from './stats.ts';

export interface ColdStartResults {
  coldStartMs: Figure;
  rssMb: Figure;
  rssAfterStartMb: Figure;
}

export async function benchColdStart(
  root: string,
  questionIds: string[],
  runs = 7,
): Promise<ColdStartResults> {
  const cold: number[] = [];
  const rssStart: number[] = [];
  const rssAll: number[] = [];
  for (let i = 0; i < runs; i++) {
    const app = await startApp(root, `/api/questions/${questionIds[0]}`);
    try {
      cold.push(app.coldStartMs);
      rssStart.push(await rssMb(app.pid));
      if (i < 3) {
        for (const id of questionIds) await status(`${app.url}/api/questions/${id}`);
        rssAll.push(await rssMb(app.pid));
      }
    } finally {
      await app.stop();
    }
  }
  return {
    coldStartMs: figure(cold, 'ms', 0),
    rssAfterStartMb: figure(rssStart, 'MB', 1),
    rssMb: figure(rssAll, 'MB', 1),
  };
}
