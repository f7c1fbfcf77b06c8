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
 * Once the client has gone no new item is read, and the place is given back only when the work
 * behind the items (a COPY and its connection) has ended, so the places still bound connections.
 */
export function releasedWhenDone<T>(items: AsyncIterable<T>, release: () => void, signal?: AbortSignal): AsyncIterable<T> {
  let released = false;
  const releaseOnce = () => {
    if (released) return;
    released = true;
    signal?.removeEventListener('abort', abandon);
    release();
  };
  let started: AsyncIterator<T> | undefined;
  function abandon() {
    // A read in flight settles first; a generator never started ends at once.
    if (started?.return) started.return().then(releaseOnce, releaseOnce);
    else releaseOnce();
  }
  if (signal?.aborted) abandon();
  else signal?.addEventListener('abort', abandon, { once: true });
  return {
    [Symbol.asyncIterator]() {
      const iterator = (started = items[Symbol.asyncIterator]());
      return {
        async next() {
          // Nobody is there to read what would be started.
          if (signal?.aborted) {
            try {
              await iterator.return?.();
            } finally {
              releaseOnce();
            }
            return { done: true as const, value: undefined };
          }
          try {
            const result = await iterator.next();
            if (result.done) releaseOnce();
            return result;
          } catch (error) {
            releaseOnce();
            throw error;
          }
        },
        async return(value?: unknown) {
          try {
            return (await iterator.return?.(value)) ?? { done: true as const, value: undefined };
          } finally {
            releaseOnce();
          }
        },
      };
    },
  };
}
