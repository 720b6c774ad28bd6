/**
 * The ceiling for the API benchmark: node:http answering the same JSON bytes the app returned,
 * with no routing, validation or database. Bodies by path arrive as JSON on standard input.
 */
import { createServer } from 'node:http';

const port = Number(process.argv[2]);
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  input += chunk;
});
process.stdin.on('end', () => {
  const bodies = new Map(
    Object.entries(JSON.parse(input) as Record<string, string>).map(([path, body]) => [
      path,
      Buffer.from(body),
    ]),
  );
  createServer((req, res) => {
    if (req.url === '/ready') {
      res.end('ok');
      return;
    }
    const body = bodies.get(req.url ?? '');
    if (!body) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/json; charset=UTF-8',
      'content-length': body.length,
    });
    res.end(body);
  }).listen(port, '127.0.0.1');
});
