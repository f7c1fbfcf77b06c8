import 'server-only';
import { connect, optionsFromEnv, type Connection, type Database } from './connect';

// One connection per process: Next may evaluate this module more than once (dev reloads, several
// route bundles), so it is kept on globalThis rather than in module scope.
const holder = globalThis as typeof globalThis & { citedConnection?: Promise<Connection> };

/** This process's connection: its database, and COPY for the CSV exports. */
export function getConnection(): Promise<Connection> {
  holder.citedConnection ??= connect(optionsFromEnv()).catch((error: unknown) => {
    // Forget a failed connection so the next request tries again once the database is back.
    holder.citedConnection = undefined;
    throw error;
  });
  return holder.citedConnection;
}

export async function getDb(): Promise<Database> {
  return (await getConnection()).db;
}
