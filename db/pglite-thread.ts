import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { QueryOptions, Results, Transaction } from '@electric-sql/pglite';

/**
 * PGlite on a thread of its own (db/pglite-thread-worker.mjs), behind the part of PGlite's client
 * that drizzle's PGlite driver and db/connect.ts use: query, transaction, close; and a COPY's
 * output as bytes.
 *
 * Why: PGlite is PostgreSQL compiled to WASM, and a query, once started, runs to its end on the
 * thread that called it. On the server's own thread, every request waited for every query (a
 * search's took two thirds of that thread's time), and a machine's second core sat idle.
 */

const workerFile = path.join(process.cwd(), 'db', 'pglite-thread-worker.mjs');

interface Reply {
  id: number;
  error?: Record<string, unknown> & { message: string };
  rows?: unknown[];
  fields?: { name: string; dataTypeID: number }[];
  affectedRows?: number;
  blob?: ArrayBuffer;
}

type Query = <T = Record<string, unknown>>(query: string, params?: unknown[], options?: QueryOptions) => Promise<Results<T>>;

/** The error the thread described, rebuilt with the same message and fields (code, detail, hint…). */
function rebuilt(described: NonNullable<Reply['error']>): Error {
  const { message, name, ...fields } = described;
  return Object.assign(new Error(message), fields, { name });
}

export class PgliteThread {
  private readonly pending = new Map<number, { resolve(reply: Reply): void; reject(error: Error): void }>();
  private nextId = 1;
  private stopped: Error | null = null;
  private closing: Promise<void> | null = null;
  private noteLost!: (error: Error) => void;
  /** Settles when the thread stops other than by close() (PGlite aborted): nothing it holds answers again. */
  readonly lost = new Promise<Error>((resolve) => (this.noteLost = resolve));

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      this.unrefWhenIdle();
      if (reply.error) waiting?.reject(rebuilt(reply.error));
      else waiting?.resolve(reply);
    });
    const stop = (error: Error) => {
      this.stopped ??= error;
      for (const waiting of this.pending.values()) waiting.reject(this.stopped);
      this.pending.clear();
      if (!this.closing) this.noteLost(this.stopped);
    };
    worker.on('error', (error) => stop(new Error(`the embedded database stopped: ${error.message}`, { cause: error })));
    // A reply that cannot be read would leave its request waiting for ever.
    worker.on('messageerror', (error) => stop(new Error(`the embedded database stopped: a reply could not be read (${error.message})`, { cause: error })));
    worker.on('exit', (code) => stop(new Error(`the embedded database stopped (thread exit ${code})`)));
  }

  /** PGlite opened in `dir` on its own thread, once it is ready to answer. */
  static async open(dir: string): Promise<PgliteThread> {
    // Not the process's own flags: the server's preloaded modules (fair dispatch) and a test runner's
    // loader have no business on this thread, and `--input-type` would stop it starting at all.
    const worker = new Worker(workerFile, { workerData: { dir }, execArgv: [] });
    const thread = new PgliteThread(worker);
    // The thread answers request 0 when PGlite has started, or with why it could not.
    await new Promise<Reply>((resolve, reject) => {
      thread.pending.set(0, { resolve, reject });
    }).catch(async (error: unknown) => {
      thread.closing = worker.terminate().then(() => {});
      await thread.closing;
      throw error;
    });
    return thread;
  }

  /** An idle thread must not keep the process alive (a script ends when its work does); a busy one must. */
  private unrefWhenIdle() {
    if (this.pending.size === 0) this.worker.unref();
  }

  private request(message: Record<string, unknown>): Promise<Reply> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    this.worker.ref();
    return new Promise<Reply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      try {
        this.worker.postMessage({ ...message, id });
      } catch (error) {
        // A value no message can carry (a function, a symbol) as a parameter.
        this.pending.delete(id);
        this.unrefWhenIdle();
        reject(error as Error);
      }
    });
  }

  private async run(transaction: number | undefined, query: string, params: unknown[] = [], options: QueryOptions = {}): Promise<Results> {
    // A parser is a function, which no message can carry: the thread leaves those types as text
    // and they are parsed here, as PGlite would have.
    const unsupported = (['blob', 'serializers', 'paramTypes', 'onNotice'] as const).filter((option) => options[option] !== undefined);
    if (unsupported.length > 0) throw new Error(`PGlite's thread does not take ${unsupported.join(', ')}`);
    const parsers = options.parsers ?? {};
    const reply = await this.request({ op: 'query', transaction, sql: query, params, rowMode: options.rowMode ?? 'object', textTypes: Object.keys(parsers).map(Number) });
    const fields = reply.fields!;
    const rows = reply.rows!;
    fields.forEach((field, i) => {
      const parse = parsers[field.dataTypeID];
      if (!parse) return;
      const key = options.rowMode === 'array' ? i : field.name;
      for (const row of rows as Record<string | number, unknown>[]) if (typeof row[key] === 'string') row[key] = (parse as (text: string, typeId: number) => unknown)(row[key], field.dataTypeID);
    });
    return { rows, fields, affectedRows: reply.affectedRows, ...(reply.blob ? { blob: new Blob([reply.blob]) } : {}) } as Results;
  }

  /**
   * The output of `COPY … TO '/dev/blob'` as the bytes the thread handed over: query's result
   * would copy them into a Blob, and an export is the one result that can run to megabytes.
   */
  private async copied(transaction: number | undefined, statement: string): Promise<Uint8Array> {
    const { blob } = await this.request({ op: 'query', transaction, sql: statement, params: [], rowMode: 'array', textTypes: [] });
    return new Uint8Array(blob ?? new ArrayBuffer(0));
  }

  query: Query = <T,>(query: string, params?: unknown[], options?: QueryOptions) => this.run(undefined, query, params, options) as Promise<Results<T>>;

  copyOut = (statement: string) => this.copied(undefined, statement);

  /** `work` in one transaction: committed when it resolves, rolled back when it throws. */
  async transaction<T>(work: (tx: Pick<Transaction, 'query'> & Pick<PgliteThread, 'copyOut'>) => Promise<T>): Promise<T> {
    const { id } = await this.request({ op: 'begin' });
    let result: T;
    try {
      result = await work({
        query: ((query, params, options) => this.run(id, query, params, options)) as Transaction['query'],
        copyOut: (statement) => this.copied(id, statement),
      });
    } catch (error) {
      // The work's own failure is what the caller needs, even when the rollback fails too (a thread
      // that stopped has no transaction left to roll back).
      await this.request({ op: 'rollback', transaction: id }).catch(() => {});
      throw error;
    }
    await this.request({ op: 'commit', transaction: id });
    return result;
  }

  /** Closes PGlite (after the queries already asked for) and ends the thread; once, however often it is called. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        if (!this.stopped) await this.request({ op: 'close' });
      } finally {
        await this.worker.terminate();
      }
    })();
    return this.closing;
  }
}
