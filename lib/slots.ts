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

/** The same items, and `release` called once when they are read to the end, fail, or are abandoned. */
export function releasedWhenDone<T>(items: AsyncIterable<T>, release: () => void): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const iterator = items[Symbol.asyncIterator]();
      return {
        async next() {
          try {
            const result = await iterator.next();
            if (result.done) release();
            return result;
          } catch (error) {
            release();
            throw error;
          }
        },
        async return(value?: unknown) {
          release();
          return (await iterator.return?.(value)) ?? { done: true as const, value: undefined };
        },
      };
    },
  };
}
