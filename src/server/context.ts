/** What every route may use: the content catalog, the database, the clock and the current user. */
import type { Catalog } from '../core/catalog.ts';
import type { Database } from '../db/connect.ts';

export interface ServerDeps {
  catalog: Catalog;
  database: Database;
  /** The clock, injectable for tests. */
  now?: () => Date;
}

export interface AppEnv {
  Variables: {
    userId: string;
  };
}
