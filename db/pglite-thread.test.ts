import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { PgliteThread } from './pglite-thread';

describe('PGlite on its own thread', () => {
  let db: PgliteThread;
  before(async () => {
    db = await PgliteThread.open('memory://');
    await db.query('CREATE TABLE t (n int PRIMARY KEY, x numeric)');
  });
  after(() => db.close());

  it('answers queries as PGlite does: rows by name or in order, the fields, the rows affected', async () => {
    const inserted = await db.query('INSERT INTO t VALUES ($1, $2), ($3, $4)', [1, '1.5', 2, '2.25']);
    assert.equal(inserted.affectedRows, 2);
    const byName = await db.query('SELECT n, x::text AS x FROM t ORDER BY n');
    assert.deepEqual(byName.rows, [{ n: 1, x: '1.5' }, { n: 2, x: '2.25' }]);
    const inOrder = await db.query('SELECT n FROM t WHERE n = $1', [2], { rowMode: 'array' });
    assert.deepEqual(inOrder.rows, [[2]]);
    assert.deepEqual(inOrder.fields, [{ name: 'n', dataTypeID: 23 }]);
  });

  it("applies the caller's parsers to the text of their types, by name or in order, as PGlite does (a parser cannot cross to the thread)", async () => {
    // Types PGlite itself would turn into a number, a boolean, a Date and an array of Dates.
    const parsers = Object.fromEntries([23, 16, 1114, 1115].map((type) => [type, (text: string) => `${type}:${text}`]));
    const select = "SELECT 7 AS n, true AS yes, '2025-01-27 12:00'::timestamp AS at, ARRAY['2025-01-27'::timestamp] AS ats, NULL::int AS none, 1.5::float8 AS untouched";
    const byName = await db.query(select, [], { parsers });
    assert.deepEqual(byName.rows, [{ n: '23:7', yes: '16:t', at: '1114:2025-01-27 12:00:00', ats: '1115:{"2025-01-27 00:00:00"}', none: null, untouched: 1.5 }]);
    const inOrder = await db.query(select, [], { parsers, rowMode: 'array' });
    assert.deepEqual(inOrder.rows, [['23:7', '16:t', '1114:2025-01-27 12:00:00', '1115:{"2025-01-27 00:00:00"}', null, 1.5]]);
    const unparsed = await db.query<{ at: unknown }>(select);
    assert.ok(unparsed.rows[0].at instanceof Date, 'without parsers, PGlite parses as it always does');
  });

  it('refuses what no message can carry, and answers the next query', async () => {
    await assert.rejects(db.query('SELECT $1::text', [() => 'a function']), /could not be cloned/);
    await assert.rejects(db.query('SELECT 1', [], { onNotice: () => {} }), /does not take onNotice/);
    assert.deepEqual((await db.query('SELECT 1 AS one')).rows, [{ one: 1 }]);
  });

  it("keeps PostgreSQL's error: message, code and detail", async () => {
    await assert.rejects(db.query('SELECT 1 / 0'), (error: Error & { code?: string }) => error.message === 'division by zero' && error.code === '22012');
    await assert.rejects(db.query('INSERT INTO t VALUES (1, 0)'), (error: Error & { code?: string; detail?: string }) => error.code === '23505' && /\(n\)=\(1\)/.test(error.detail ?? ''));
  });

  it('commits a transaction that resolves, and rolls back one that throws', async () => {
    const value = await db.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES (10, 0)');
      return (await tx.query<{ count: number }>('SELECT count(*)::int AS count FROM t WHERE n = 10')).rows[0].count;
    });
    assert.equal(value, 1);
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES (11, 0)');
        throw new Error('changed my mind');
      }),
      /changed my mind/,
    );
    const { rows } = await db.query<{ n: number }>('SELECT n FROM t WHERE n >= 10 ORDER BY n');
    assert.deepEqual(rows, [{ n: 10 }]);
  });

  it('runs a query from outside a transaction after the transaction, so it sees only what was committed', async () => {
    let inside!: () => void;
    const holding = new Promise<void>((resolve) => (inside = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const transaction = db.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES (20, 0)');
      inside();
      await released;
      await tx.query('DELETE FROM t WHERE n = 20');
    });
    await holding;
    const outside = db.query<{ count: number }>('SELECT count(*)::int AS count FROM t WHERE n = 20');
    release();
    await transaction;
    assert.equal((await outside).rows[0].count, 0);
  });

  it('prepares a statement once and runs it by name after, with parameters written as PGlite writes them', async () => {
    const select = 'SELECT $1::text[] AS texts, $2::jsonb AS json, $3::timestamptz AS at, $4::bool AS yes, $5::numeric AS n, $6::int AS none, $7::int[] AS ints';
    const rows = await Promise.all(
      [
        [['a', 'b,c', '"q"', null, ''], { x: [1, 'é'] }, new Date('2025-01-27T12:00:00Z'), true, '5.576', null, [1, 2]],
        [[], [], new Date('2026-01-08T00:00:00Z'), false, 0, null, []],
      ].map(async (params) => {
        const prepared = (await db.query(select, params)).rows;
        // In a transaction, PGlite's own query runs the statement.
        const pglite = (await db.transaction((tx) => tx.query(select, params))).rows;
        assert.deepEqual(prepared, pglite);
        return prepared;
      }),
    );
    assert.deepEqual(rows[0], [{ texts: ['a', 'b,c', '"q"', null, ''], json: { x: [1, 'é'] }, at: new Date('2025-01-27T12:00:00Z'), yes: true, n: '5.576', none: null, ints: [1, 2] }]);
    const { rows: statements } = await db.query<{ runs: number }>('SELECT generic_plans + custom_plans AS runs FROM pg_prepared_statements WHERE statement = $1', [select]);
    assert.deepEqual(statements, [{ runs: 2 }], 'one statement, run twice');
  });

  it('keeps a bounded number of statements prepared, the ones used most lately', async () => {
    await db.query('SELECT 0 AS kept');
    for (let i = 1; i <= 300; i++) {
      await db.query(`SELECT ${i} AS n`);
      if (i % 100 === 0) await db.query('SELECT 0 AS kept');
    }
    const { rows } = await db.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements');
    const texts = new Set(rows.map((row) => row.statement));
    assert.ok(texts.size <= 256, `${texts.size} statements prepared`);
    assert.ok(texts.has('SELECT 0 AS kept') && texts.has('SELECT 300 AS n') && !texts.has('SELECT 1 AS n'));
  });

  it('answers a statement prepared before its table changed with the columns it has now', async () => {
    await db.query('CREATE TABLE altered (a int)');
    await db.query('INSERT INTO altered VALUES (1)');
    assert.deepEqual((await db.query('SELECT * FROM altered')).rows, [{ a: 1 }]);
    await db.query('ALTER TABLE altered ADD COLUMN b text');
    // PostgreSQL refuses to run the prepared statement now ("cached plan must not change result type").
    assert.deepEqual((await db.query('SELECT * FROM altered')).rows, [{ a: 1, b: null }]);
  });

  it("carries a COPY's output back: as bytes, or as PGlite's blob", async () => {
    const copy = "COPY (SELECT n FROM t WHERE n < 3 ORDER BY n) TO '/dev/blob' WITH (FORMAT csv)";
    assert.equal(new TextDecoder().decode(await db.copyOut(copy)), '1\n2\n');
    assert.equal(await (await db.query(copy)).blob?.text(), '1\n2\n');
    const inTransaction = await db.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES (3, 0)');
      return tx.copyOut("COPY (SELECT n FROM t WHERE n < 4 ORDER BY n) TO '/dev/blob' WITH (FORMAT csv)");
    });
    assert.equal(new TextDecoder().decode(inTransaction), '1\n2\n3\n');
  });

  it("leaves the server's event loop free while a query runs", async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    try {
      // A few hundred milliseconds of work in the database; on the calling thread no tick could run.
      await db.query('SELECT count(*) FROM generate_series(1, 3000000) g WHERE g % 7 = 0');
    } finally {
      clearInterval(ticker);
    }
    assert.ok(ticks >= 3, `the loop ticked ${ticks} times during the query`);
  });
});

describe('PGlite thread, starting and stopping', () => {
  it('refuses to open where PGlite cannot keep its data, and says why', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cited-thread-'));
    const file = path.join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    try {
      await assert.rejects(PgliteThread.open(path.join(file, 'data')), (error: Error & { code?: string }) => error.code === 'ENOTDIR' && error.message.includes(file));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('closes once however often it is asked, and answers every query after with a clear error', async () => {
    const db = await PgliteThread.open('memory://');
    const pending = db.query('SELECT 1 AS one');
    await Promise.all([db.close(), db.close()]);
    assert.deepEqual((await pending).rows, [{ one: 1 }], 'a query asked for before close is answered');
    await assert.rejects(db.query('SELECT 1'), /embedded database stopped/);
  });

  it('says it is lost when its thread stops on its own, and fails what was waiting rather than leaving it', async () => {
    const db = await PgliteThread.open('memory://');
    const waiting = db.query('SELECT count(*) FROM generate_series(1, 5000000)');
    // As a WASM abort would: the thread ends without being asked to.
    await (db as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await assert.rejects(waiting, /embedded database stopped/);
    assert.match((await db.lost).message, /embedded database stopped/);
    await assert.rejects(db.query('SELECT 1'), /embedded database stopped/);
  });

  it('does not keep a process alive once its queries are answered', async () => {
    const script = `import { PgliteThread } from ${JSON.stringify(path.resolve('db/pglite-thread.ts'))};
      const db = await PgliteThread.open('memory://');
      console.log((await db.query('SELECT 41 + 1 AS n')).rows[0].n);`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 60_000 });
    assert.equal(stdout.trim(), '42');
  });
});
