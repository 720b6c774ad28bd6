/**
 * A local server that speaks the OpenAI chat-completions protocol (streaming included), so the LLM
 * interviewer is tested over real HTTP without a real model. Its behaviour is switched per test.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type MockBehaviour = 'ok' | 'malformed-then-ok' | 'malformed' | 'slow' | '401' | '500';

export interface MockLlm {
  url: string;
  behaviour: MockBehaviour;
  /** The verdict JSON the model "writes" in ok mode. */
  verdict: unknown;
  requests: { authorization: string | undefined; body: any }[];
  close(): Promise<void>;
}

export async function startMockLlm(): Promise<MockLlm> {
  const mock: MockLlm = {
    url: '',
    behaviour: 'ok',
    verdict: {},
    requests: [],
    close: async () => {},
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => {
      raw += d;
    });
    req.on('end', () => {
      const body = JSON.parse(raw || '{}');
      mock.requests.push({ authorization: req.headers.authorization, body });
      const n = mock.requests.length;
      if (mock.behaviour === '401') {
        res.writeHead(401, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({
            error: { message: 'Incorrect API key provided', type: 'invalid_request_error' },
          }),
        );
        return;
      }
      if (mock.behaviour === '500') {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'internal error' } }));
        return;
      }
      const content =
        mock.behaviour === 'malformed' || (mock.behaviour === 'malformed-then-ok' && n % 2 === 1)
          ? '好的，这是我的评价：{"points": [这不是 JSON'
          : JSON.stringify(mock.verdict);
      const send = () => {
        res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
        for (let k = 0; k < content.length; k += 12) {
          const chunk = {
            id: 'c1',
            object: 'chat.completion.chunk',
            created: 0,
            model: body.model,
            choices: [
              { index: 0, delta: { content: content.slice(k, k + 12) }, finish_reason: null },
            ],
          };
          res.write(`data: ${JSON.stringify(chunk)}\n\n`);
        }
        res.write(
          `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 0, model: body.model, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`,
        );
        res.end('data: [DONE]\n\n');
      };
      if (mock.behaviour === 'slow') setTimeout(send, 2_000);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  mock.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  mock.close = () => new Promise((resolve) => server.close(() => resolve()));
  return mock;
}
