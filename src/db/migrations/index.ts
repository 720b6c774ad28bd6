/** Every migration, in order. Names sort in the order they run; never rename or edit one that shipped. */
import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './001-initial.ts';
import { practice } from './002-practice.ts';
import { notes } from './003-notes.ts';
import { plans } from './004-plans.ts';
import { reports } from './005-reports.ts';
import { interviews } from './006-interviews.ts';
import { accounts } from './007-accounts.ts';

const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
  '002-practice': practice,
  '003-notes': notes,
  '004-plans': plans,
  '005-reports': reports,
  '006-interviews': interviews,
  '007-accounts': accounts,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
