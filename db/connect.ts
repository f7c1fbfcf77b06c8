import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { ParameterOrJSON, Sql, UnsafeQueryOptions } from 'postgres';
import { env, type Env } from '../lib/env';
import * as schema from './schema';

/** Either driver's database: both are Postgres, so every query is written once against this type. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** The rows of a raw `execute`, from either driver: postgres.js returns an array, PGlite an object holding one. */
export const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

export interface Connection {
  db: Database;
  /**
   * `COPY (select) TO … WITH (FORMAT csv)` as bytes: COPY writes CSV faster than any query. COPY
   * takes no bind parameters, so the select carries its values inline. With `asOf`, the select
   * reads the store as it stood at that revision (the as_of views of migration 0004).
   */
  copyCsv(select: string, asOf?: number): AsyncGenerator<Uint8Array>;
  /** PGlite holds each COPY's output whole in memory (PostgreSQL streams it): copy in batches there. */
  copyIsBuffered: boolean;
  /**
   * Settles if the connection stops answering for good (PGlite's thread aborted), so its holder can
   * open a new one; postgres.js reconnects by itself, so PostgreSQL's never settles.
   */
  lost?: Promise<unknown>;
  /** Applies the committed migrations in db/migrations that this database has not seen yet. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A postgres:// URL: real PostgreSQL through postgres.js. */
  databaseUrl?: string;
  /** Connections kept to it; unset, DATABASE_POOL_SIZE's (lib/env.ts). */
  poolSize?: number;
  /** Without a URL, PGlite keeps its data here ('memory://' keeps it in memory). */
  pgliteDir?: string;
}

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/** The longest one COPY export may run on PostgreSQL (100,000 cited numbers take about a second). */
export const COPY_TIMEOUT_MS = 120_000;

export function defaultPgliteDir(settings: Env = env()): string {
  return settings.CITED_PGLITE_DIR ?? path.join(process.cwd(), '.data', 'pglite');
}

/** What the environment asks for: DATABASE_URL when set, else the embedded database. */
export function optionsFromEnv(settings: Env = env()): ConnectOptions {
  return settings.DATABASE_URL ? { databaseUrl: settings.DATABASE_URL } : { pgliteDir: defaultPgliteDir(settings) };
}

export function describeTarget(options: ConnectOptions): string {
  if (options.databaseUrl) {
    const url = new URL(options.databaseUrl);
    return `PostgreSQL at ${url.host}${url.pathname}`;
  }
  return `embedded PGlite in ${options.pgliteDir ?? defaultPgliteDir()}`;
}

export async function connect(options: ConnectOptions): Promise<Connection> {
  if (options.databaseUrl) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    // A database that drops packets rather than refusing would otherwise hold a request for
    // postgres.js's default 30 s before it fails; five is long enough for a busy server.
    const client = postgres(options.databaseUrl, { max: options.poolSize ?? env().DATABASE_POOL_SIZE, connect_timeout: 5, onnotice: () => {} });
    const db = drizzle(preparedOnce(client), { schema });
    return {
      db,
      copyCsv: (select, asOf) => streamCopy(options.databaseUrl!, select, asOf),
      copyIsBuffered: false,
      migrate: () => migrate(db, { migrationsFolder }),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = options.pgliteDir ?? defaultPgliteDir();
  // PGlite fails obscurely when its data folder's parent is missing, so make it first.
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const { PgliteThread } = await import('./pglite-thread');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const client = await PgliteThread.open(dir);
  // drizzle's PGlite driver uses only the client's query and transaction, which the thread's has.
  const db = drizzle(client as unknown as PGlite, { schema });
  return {
    db,
    async *copyCsv(select, asOf) {
      const copy = `COPY (${select}) TO '/dev/blob' WITH (FORMAT csv)`;
      yield asOf === undefined
        ? await client.copyOut(copy)
        : await client.transaction(async (tx) => {
            await tx.query(`SELECT set_config('search_path', 'as_of, public', true), set_config('cited.as_of', $1, true)`, [String(asOf)]);
            return tx.copyOut(copy);
          });
    },
    copyIsBuffered: true,
    lost: client.lost,
    migrate: () => migrate(db, { migrationsFolder }),
    close: () => client.close(),
  };
}

/**
 * `client` with each statement prepared once per connection. drizzle's postgres.js driver asks for
 * an unnamed statement on every query (prepare: false), which postgres.js sends in two round trips
 * (the parameters' types described, then bound and run) and PostgreSQL parses and plans each time.
 * Prepared, a statement costs one round trip after its first on each connection: never-seen
 * searches ran 15–30% faster, the socket writes having been the largest part of the server's
 * time on them. PostgreSQL replans a prepared statement itself when a table it reads changes or
 * it runs under another search_path (the as_of views), and postgres.js retires its connections,
 * with their statements, within an hour. Transactions still use unnamed statements: drizzle
 * hands them another client, and they are writes and revision reads, not the hot path.
 */
function preparedOnce(client: Sql): Sql {
  return new Proxy(client, {
    get: (target, key, receiver) =>
      key === 'unsafe' ? (query: string, parameters?: ParameterOrJSON<never>[], options?: UnsafeQueryOptions) => target.unsafe(query, parameters, { ...options, prepare: true }) : Reflect.get(target, key, receiver),
  });
}

/**
 * One COPY on PostgreSQL, streamed on a connection of its own that is closed when the stream ends
 * or is abandoned: postgres.js can leave a pooled connection stalled after a COPY whose reader
 * applied backpressure at its end, and closing the connection also stops the COPY when a download
 * is cancelled.
 */
async function* streamCopy(url: string, select: string, asOf?: number): AsyncGenerator<Uint8Array> {
  const { default: postgres } = await import('postgres');
  // An export only reads, and never runs for ever: the session refuses writes, and a COPY that
  // outlasts the timeout is stopped by the server itself.
  const client = postgres(url, {
    max: 1,
    onnotice: () => {},
    connection: {
      application_name: 'cited-export',
      default_transaction_read_only: true,
      statement_timeout: COPY_TIMEOUT_MS,
      // A connection of its own, so the settings that read an earlier revision can be the session's.
      ...(asOf === undefined ? {} : { search_path: 'as_of, public', 'cited.as_of': String(asOf) }),
    },
  });
  try {
    // postgres.js hands over each row as a chunk of its own; passing 64 KiB at a time keeps the
    // per-chunk costs downstream (stream queues, socket writes) from growing with the row count.
    let pending: Buffer[] = [];
    let size = 0;
    const query = client.unsafe(`COPY (${select}) TO STDOUT WITH (FORMAT csv)`);
    // A COPY that fails once under way (a timeout, a refused write) destroys its stream in the same
    // tick postgres.js hands the stream over, before any await here could listen: an 'error' event
    // with no listener would bring the whole process down. So the listener goes on as the stream
    // is handed over; the failure still reaches this reader, through the iteration below.
    const internals = query as unknown as { resolve: (stream: NodeJS.EventEmitter) => void };
    const handOver = internals.resolve;
    internals.resolve = (stream) => {
      stream.on('error', () => {});
      handOver(stream);
    };
    query.catch(() => {});
    for await (const chunk of await query.readable()) {
      pending.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= 65536) {
        yield Buffer.concat(pending, size);
        pending = [];
        size = 0;
      }
    }
    if (size > 0) yield Buffer.concat(pending, size);
  } finally {
    await client.end({ timeout: 0 });
  }
}
