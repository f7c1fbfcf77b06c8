/**
 * The embedded database's own thread (db/pglite-thread.ts starts it): PGlite runs here, so its
 * queries, compiled to WASM and synchronous once started, do not hold the server's event loop.
 * Plain JavaScript, since a worker is started from a file Node runs as it is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, parse, protocol } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** Types whose text the caller parses itself (db/pglite-thread.ts): a parser is a function, which no message carries. */
const asText = (x) => x;
const textParsers = (textTypes) => Object.fromEntries(textTypes.map((type) => [type, asText]));

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

/** Statements prepared on the connection, by their text, the one used longest ago first. */
const prepared = new Map();
/** Enough for every statement the server's pages run; texts that vary (a list's length) cannot pile up. */
const PREPARED_MAX = 256;
let statementsNamed = 0;

/**
 * PGlite's parsers with the caller's text types left as text, one object for each set of types.
 * Given parsers of its own, PGlite's parseResults copies all 318 of its parsers into a new object
 * every query: 0.14 ms of a search's 3 on this thread, more than some whole queries cost.
 */
const parsersLeavingText = new Map();
function parsersLeaving(textTypes) {
  const key = textTypes.join();
  if (!parsersLeavingText.has(key)) parsersLeavingText.set(key, { ...client.parsers, ...textParsers(textTypes) });
  return parsersLeavingText.get(key);
}

const message = protocol.serialize;
function joined(parts) {
  const bytes = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  parts.reduce((at, part) => (bytes.set(part, at), at + part.length), 0);
  return bytes;
}

/**
 * `sql` prepared once under a name, then bound and run in one exchange with PGlite: its own query
 * parses the text every call and sends each of parse, describe, bind, describe, execute and sync
 * in an exchange of its own. On the synthetic catalogue a never-seen search took 18–22% less time
 * in PGlite, about 10% less of this thread's (db/connect.ts prepares statements on PostgreSQL for
 * the same reason). The parameters are written as PGlite's query writes them, by the types
 * PostgreSQL described for the statement. Null while a transaction is open: the statement waits
 * for it as PGlite's query does, rather than run inside it.
 */
async function preparedQuery(sql, params, rowMode, textTypes) {
  return client.runExclusive(async () => {
    if (transactions.size > 0 || client.isInTransaction()) return null;
    try {
      return await boundAndRun(sql, params, rowMode, textTypes).catch(async (error) => {
        // PostgreSQL replans a prepared statement when what it reads changes, but refuses one whose
        // columns would change (a table altered under it): prepared afresh, once, as postgres.js does.
        if (error?.routine !== 'RevalidateCachedQuery') throw error;
        await client.execProtocol(joined([message.close({ type: 'S', name: prepared.get(sql).name }), message.sync()]));
        prepared.delete(sql);
        return boundAndRun(sql, params, rowMode, textTypes);
      });
    } catch (error) {
      // What PGlite's query adds to its errors.
      throw Object.assign(error, { query: sql, params });
    }
  });
}

async function boundAndRun(sql, params, rowMode, textTypes) {
  let statement = prepared.get(sql);
  prepared.delete(sql);
  if (!statement) {
    const name = `cited_${++statementsNamed}`;
    const parts = [];
    if (prepared.size >= PREPARED_MAX) {
      const [oldest, { name: oldestName }] = prepared.entries().next().value;
      prepared.delete(oldest);
      parts.push(message.close({ type: 'S', name: oldestName }));
    }
    const { messages } = await client.execProtocol(joined([...parts, message.parse({ text: sql, name }), message.describe({ type: 'S', name }), message.sync()]), { syncToFs: false });
    statement = { name, types: parse.parseDescribeStatementResults(messages) };
  }
  prepared.set(sql, statement);
  const values = params.map((value, i) => (value == null ? null : (client.serializers[statement.types[i]]?.(value) ?? value.toString())));
  const { messages } = await client.execProtocol(
    joined([message.bind({ statement: statement.name, values }), message.describe({ type: 'P' }), message.execute({}), message.sync()]),
  );
  return parse.parseResults(messages, parsersLeaving(textTypes), { rowMode })[0];
}

async function handle({ op, transaction, sql, params, rowMode, textTypes, id }) {
  switch (op) {
    case 'query': {
      const on = transaction === undefined ? client : transactions.get(transaction)?.tx;
      if (!on) throw new Error(`no open transaction ${transaction}`);
      // A COPY's output (to '/dev/blob') is PGlite's to collect, through its own query.
      const answer = on === client && !/^\s*copy\b/i.test(sql) ? await preparedQuery(sql, params, rowMode, textTypes) : null;
      const { rows, fields, affectedRows, blob } = answer ?? (await on.query(sql, params, { rowMode, parsers: textParsers(textTypes) }));
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
