import 'server-only';
import { connect, optionsFromEnv, type Connection, type Database } from './connect';

// One connection per process: Next may evaluate this module more than once (dev reloads, several
// route bundles), so it is kept on globalThis rather than in module scope.
const holder = globalThis as typeof globalThis & { citedConnection?: Promise<Connection> };

/** This process's connection: its database, and COPY for the CSV exports. */
export function getConnection(): Promise<Connection> {
  if (holder.citedConnection) return holder.citedConnection;
  const connecting = connect(optionsFromEnv()).then(
    (connection) => {
      // A connection lost for good (PGlite's thread aborted) is forgotten: the next request opens another.
      connection.lost?.then(() => {
        if (holder.citedConnection === connecting) holder.citedConnection = undefined;
      });
      return connection;
    },
    (error: unknown) => {
      // Forget a failed connection so the next request tries again once the database is back.
      holder.citedConnection = undefined;
      throw error;
    },
  );
  holder.citedConnection = connecting;
  return connecting;
}

export async function getDb(): Promise<Database> {
  return (await getConnection()).db;
}
