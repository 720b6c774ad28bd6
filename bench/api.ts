/**
 * API throughput: autocannon on loopback against GET /api/questions/:id and /api/search, on the
 * app and, in the same run, on a bare node:http server returning the same bytes. Rounds alternate
 * between the two so that both see the same machine.
 */
import autocannon from 'autocannon';
import { fetchText, startApp, startBare } from './servers.ts';
import { type Figure, figure } from './stats.ts';

export interface ApiResults {
  apiRatio: Figure;
  searchApiRatio: Figure;
  questionRps: Figure;
  bareQuestionRps: Figure;
  questionP99Ms: Figure;
  searchRps: Figure;
  bareSearchRps: Figure;
  searchP99Ms: Figure;
  apiErrors: number;
  connections: number;
  secondsPerRound: number;
}

async function load(url: string, seconds: number, connections: number) {
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

export async function benchApi(
  root: string,
  questionId: string,
  { rounds = 3, seconds = 5, connections = 16 } = {},
): Promise<ApiResults> {
  const app = await startApp(root);
  const questionPath = `/api/questions/${questionId}`;
  const searchPath = `/api/search?q=${encodeURIComponent('KV cache 显存')}`;
  try {
    const bodies = {
      [questionPath]: await fetchText(app.url + questionPath),
      [searchPath]: await fetchText(app.url + searchPath),
    };
    const bare = await startBare(root, bodies);
    try {
      // Warm both (JIT, page cache) before measuring.
      for (const base of [app.url, bare.url]) {
        await load(base + questionPath, 1, connections);
        await load(base + searchPath, 1, connections);
      }
      const q = { app: [] as number[], bare: [] as number[], p99: [] as number[] };
      const s = { app: [] as number[], bare: [] as number[], p99: [] as number[] };
      const ratio: number[] = [];
      const searchRatio: number[] = [];
      let errors = 0;
      for (let r = 0; r < rounds; r++) {
        const aq = await load(app.url + questionPath, seconds, connections);
        const bq = await load(bare.url + questionPath, seconds, connections);
        const as = await load(app.url + searchPath, seconds, connections);
        const bs = await load(bare.url + searchPath, seconds, connections);
        errors += aq.errors + bq.errors + as.errors + bs.errors;
        q.app.push(aq.rps);
        q.bare.push(bq.rps);
        q.p99.push(aq.p99);
        s.app.push(as.rps);
        s.bare.push(bs.rps);
        s.p99.push(as.p99);
        ratio.push(aq.rps / bq.rps);
        searchRatio.push(as.rps / bs.rps);
      }
      return {
        apiRatio: figure(ratio, 'app/bare', 3),
        searchApiRatio: figure(searchRatio, 'app/bare', 3),
        questionRps: figure(q.app, 'req/s', 0),
        bareQuestionRps: figure(q.bare, 'req/s', 0),
        questionP99Ms: figure(q.p99, 'ms', 1),
        searchRps: figure(s.app, 'req/s', 0),
        bareSearchRps: figure(s.bare, 'req/s', 0),
        searchP99Ms: figure(s.p99, 'ms', 1),
        apiErrors: errors,
        connections,
        secondsPerRound: seconds,
      };
    } finally {
      await bare.stop();
    }
  } finally {
    await app.stop();
  }
}
