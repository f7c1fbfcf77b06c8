/**
 * The embedded database's own thread (db/pglite-thread.ts starts it): PGlite runs here, so its
 * queries, compiled to WASM and synchronous once started, do not hold the server's event loop.
 * Plain JavaScript, since a worker is started from a file Node runs as it is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** Types whose text the caller parses itself (db/pglite-thread.ts): a parser is a function, which no message carries. */
const asText = (x) => x;

/** What the caller can rebuild of an error: its message and every plain field (PostgreSQL's code, detail, hint…). */
function describeError(error) {
  const fields = {};
  for (const [key, value] of Object.entries(error ?? {})) if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  return { ...fields, name: error?.name ?? 'Error', message: error?.message ?? String(error) };
}

let client;
try {
  // Search matches trigrams (migration 0005): PostgreSQL ships pg_trgm, PGlite loads it here.
  client = await PGlite.create(workerData.dir, { extensions: { pg_trgm } });
  parentPort.postMessage({ id: 0 });
} catch (error) {
  parentPort.postMessage({ id: 0, error: describeError(error) });
}

/** Open transactions by the id of the request that began them: the connection to use, and how to end it. */
const transactions = new Map();

async function handle({ op, transaction, sql, params, rowMode, textTypes, id }) {
  switch (op) {
    case 'query': {
      const on = transaction === undefined ? client : transactions.get(transaction)?.tx;
      if (!on) throw new Error(`no open transaction ${transaction}`);
      const parsers = Object.fromEntries(textTypes.map((type) => [type, asText]));
      const { rows, fields, affectedRows, blob } = await on.query(sql, params, { rowMode, parsers });
      return { rows, fields: fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })), affectedRows, blob: blob ? await blob.arrayBuffer() : undefined };
    }
    case 'begin': {
      // PGlite holds its one connection for the transaction until the callback settles: other
      // queries wait their turn inside it, as they would on the main thread.
      let began;
      const ready = new Promise((resolve) => (began = resolve));
      const open = {};
      open.ended = client.transaction((tx) => new Promise((commit, rollBack) => {
        Object.assign(open, { tx, commit, rollBack });
        began();
      }));
      open.ended.catch(() => {}).finally(() => transactions.delete(id));
      transactions.set(id, open);
      // A BEGIN that fails (a closed database) never runs the callback: its failure is the answer.
      await Promise.race([ready, open.ended]);
      return {};
    }
    case 'commit':
    case 'rollback': {
      const open = transactions.get(transaction);
      if (!open?.tx) throw new Error(`no open transaction ${transaction}`);
      if (op === 'commit') {
        open.commit();
        await open.ended;
      } else {
        open.rollBack(new Error('rolled back'));
        await open.ended.catch(() => {});
      }
      return {};
    }
    case 'close':
      await client.close();
      return {};
    default:
      throw new Error(`unknown request ${op}`);
  }
}

parentPort.on('message', (request) => {
  handle(request).then(
    (result) => parentPort.postMessage({ id: request.id, ...result }, result.blob ? [result.blob] : []),
    (error) => parentPort.postMessage({ id: request.id, error: describeError(error) }),
  );
});
