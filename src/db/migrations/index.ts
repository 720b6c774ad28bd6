/** Every migration, in order. Names sort in the order they run; never rename or edit one that shipped. */
import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './001-initial.ts';

const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
