import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type SQL } from 'drizzle-orm';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../fixtures/databases';
import { connect, type Connection, type Database } from './connect';

const adminUrl = process.env.DATABASE_URL || undefined;

/** A query's rows as plain arrays of objects (postgres.js returns a subclass of Array). */
const select = async <T>(db: Database, query: SQL): Promise<T[]> => [...((await db.execute(query)) as unknown as T[])];

describe('the PostgreSQL connection', { skip: !adminUrl && 'needs DATABASE_URL: PGlite has no pool and no network round trips' }, () => {
  let database: ThrowawayDatabase;
  before(async () => {
    database = await createThrowawayDatabase(adminUrl!, 'cited_connect');
  });
  after(() => database.drop());

  const withConnection = async (poolSize: number, work: (connection: Connection) => Promise<void>) => {
    const connection = await connect({ databaseUrl: database.url, poolSize });
    try {
      await work(connection);
    } finally {
      await connection.close();
    }
  };

  it('prepares each statement drizzle sends, once per connection, and reuses it', () =>
    withConnection(1, async ({ db }) => {
      // An unnamed statement (drizzle's own choice) is never listed in pg_prepared_statements.
      for (const word of ['first', 'second']) assert.equal((await select<{ v: string }>(db, sql`SELECT ${word}::text AS v`))[0].v, word);
      const prepared = await select<{ statement: string }>(db, sql`SELECT statement FROM pg_prepared_statements WHERE statement LIKE ${'SELECT $1::text AS v%'}`);
      assert.deepEqual(
        prepared.map((row) => row.statement),
        ['SELECT $1::text AS v'],
      );
    }));

  it('keeps a prepared statement correct when the table it reads changes', () =>
    withConnection(1, async ({ db }) => {
      await db.execute(sql`CREATE TABLE replanned (n int)`);
      await db.execute(sql`INSERT INTO replanned VALUES (1)`);
      const read = () => select<Record<string, unknown>>(db, sql`SELECT * FROM replanned WHERE n >= ${0}`);
      assert.deepEqual(await read(), [{ n: 1 }]);
      await db.execute(sql`ALTER TABLE replanned ADD COLUMN label text DEFAULT 'added'`);
      assert.deepEqual(await read(), [{ n: 1, label: 'added' }]);
    }));

  it('opens at most DATABASE_POOL_SIZE connections, however many queries wait', () =>
    withConnection(2, async ({ db }) => {
      const backends = await Promise.all(Array.from({ length: 8 }, async () => (await select<{ pid: number }>(db, sql`SELECT pg_backend_pid() AS pid, pg_sleep(0.05)`))[0].pid));
      assert.equal(new Set(backends).size, 2);
    }));
});
