import { startServer } from '../../server/start.ts';
import { fail, positiveInt } from '../output.ts';

export async function serveCommand(
  root: string,
  opts: { port?: number; host?: string; database?: string },
): Promise<void> {
  let port = opts.port;
  if (port === undefined && process.env.PORT) {
    try {
      port = positiveInt(process.env.PORT);
    } catch {
      fail(
        `PORT="${process.env.PORT}" is not a port number: set it to a whole number such as 3000`,
      );
    }
  }
  const server = await startServer({
    root,
    port: port ?? 3000,
    host: opts.host ?? process.env.HOST ?? '127.0.0.1',
    ...((opts.database ?? process.env.DATABASE_URL)
      ? { databaseUrl: opts.database ?? process.env.DATABASE_URL }
      : {}),
    log: (line) => process.stdout.write(`${line}\n`),
  }).catch((e: Error) => fail(e.message));
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
