/**
 * A fixed number of places for work that holds something scarce (a database connection, memory)
 * for as long as a download lasts. Taking one never waits: when all are taken the caller says
 * "try again shortly" at once instead of queueing without bound.
 */
export interface Slots {
  /** A release function, or null when every place is taken. */
  take(): (() => void) | null;
  readonly inUse: number;
  readonly size: number;
}

/**
 * `size` places; a place not given back within `maxHoldMs` is taken back, so a download whose
 * stream was dropped without being closed cannot shrink the pool for good.
 */
export function createSlots(size: number, maxHoldMs: number): Slots {
  let inUse = 0;
  return {
    take() {
      if (inUse >= size) return null;
      inUse++;
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        inUse--;
        clearTimeout(timer);
      };
      const timer = setTimeout(release, maxHoldMs);
      timer.unref?.();
      return release;
    },
    get inUse() {
      return inUse;
    },
    size,
  };
}

/**
 * The same items, and `release` called once when they are read to the end, fail, or are abandoned:
 * their reader stops early, or `signal` (the request's) says the client has gone. The signal is
 * needed because Next does not always cancel a response body whose client disconnected
 * (vercel/next.js#93906): a download dropped mid-way would otherwise hold its place until taken back.
 */
export function releasedWhenDone<T>(items: AsyncIterable<T>, release: () => void, signal?: AbortSignal): AsyncIterable<T> {
  let started: AsyncIterator<T> | undefined;
  const abandon = () => {
    release();
    // Ends the work behind the items (a COPY, its connection); a read in flight settles first.
    started?.return?.().catch(() => {});
  };
  if (signal?.aborted) abandon();
  else signal?.addEventListener('abort', abandon, { once: true });
  const finished = () => {
    signal?.removeEventListener('abort', abandon);
    release();
  };
  return {
    [Symbol.asyncIterator]() {
      const iterator = (started = items[Symbol.asyncIterator]());
      return {
        async next() {
          try {
            const result = await iterator.next();
            if (result.done) finished();
            return result;
          } catch (error) {
            finished();
            throw error;
          }
        },
        async return(value?: unknown) {
          finished();
          return (await iterator.return?.(value)) ?? { done: true as const, value: undefined };
        },
      };
    },
  };
}
