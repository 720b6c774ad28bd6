/** What every route may use: the content catalog, the database, the clock and the current user. */
import type { Catalog } from '../core/catalog.ts';
import type { Database } from '../db/connect.ts';
import type { AuthOptions } from './auth.ts';
import type { LlmGrader } from './llm/client.ts';

export interface ServerDeps {
  catalog: Catalog;
  database: Database;
  /** The clock, injectable for tests. */
  now?: () => Date;
  /** An OpenAI-compatible grader; without one, grading is offline. */
  llm?: LlmGrader | null;
  /** Accounts and rate limits; without it, the local mode (one user, no login). */
  auth?: AuthOptions;
}

export interface AppEnv {
  Variables: {
    /** The local user, the session's user, or '' (ANONYMOUS) on a public route in server mode. */
    userId: string;
  };
}
