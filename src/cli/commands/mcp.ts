/** `aigc-interview mcp`: the MCP server on stdin/stdout, for AI assistants. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { findAccount } from '../../db/accounts.ts';
import { DEFAULT_DATABASE_URL, openDatabase } from '../../db/connect.ts';
import { ensureUser, LOCAL_USER_ID } from '../../db/users.ts';
import { serveMcp } from '../../mcp/server.ts';
import { fail, loadCatalog } from '../output.ts';

export async function mcpCommand(
  root: string,
  opts: { database?: string; user?: string },
): Promise<void> {
  // stdout belongs to the protocol: every message of ours goes to stderr.
  const catalog = await loadCatalog(root);
  const url = opts.database ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const database = await openDatabase(url).catch((e: Error) => fail(e.message));
  let userId = LOCAL_USER_ID;
  if (opts.user) {
    const account = await findAccount(database.db, opts.user);
    if (!account)
      fail(`no account "${opts.user}" in ${database.label}: register it in the web app first`);
    userId = account.id;
  } else if (database.kind === 'postgres') {
    fail('on PostgreSQL the reviews belong to an account: add --user <username>');
  } else {
    await ensureUser(database.db, LOCAL_USER_ID, new Date());
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  const transport = new StdioServerTransport();
  // The client closing our stdin ends the session.
  process.stdin.once('end', () => {
    void database.close().then(() => process.exit(0));
  });
  await serveMcp({ catalog, database, userId, version }, transport);
  process.stderr.write(
    `aigc-interview MCP server ready (${catalog.questions.length} questions, ${database.label})\n`,
  );
}
