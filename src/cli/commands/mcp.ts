/** `aigc-interview mcp`: the MCP server on stdin/stdout, for AI assistants. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { serveMcp } from '../../mcp/server.ts';
import { loadCatalog } from '../output.ts';
import { openUserDatabase } from '../user.ts';

export async function mcpCommand(
  root: string,
  opts: { database?: string; user?: string },
): Promise<void> {
  // stdout belongs to the protocol: every message of ours goes to stderr.
  const catalog = await loadCatalog(root);
  const { database, userId } = await openUserDatabase(opts);
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
