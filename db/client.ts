import 'server-only';
import { connect, optionsFromEnv, type Database } from './connect';

// One client per process: Next may evaluate this module more than once (dev reloads, several
// route bundles), so the connection is kept on globalThis rather than in module scope.
const holder = globalThis as typeof globalThis & { citedDatabase?: Promise<Database> };

export function getDb(): Promise<Database> {
  holder.citedDatabase ??= connect(optionsFromEnv()).then(
    (connection) => connection.db,
    (error: unknown) => {
      // Forget a failed connection so the next request tries again once the database is back.
      holder.citedDatabase = undefined;
      throw error;
    },
  );
  return holder.citedDatabase;
}
