/**
 * What a process remembers for a while: at most `size` entries, each for `ttlMs`, the least
 * recently used dropped first. Holding a promise lets requests that arrive together share one
 * answer; a promise that fails is forgotten, so the next request tries again.
 */
export class ExpiringCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();

  constructor(
    private readonly size: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The value under `key` while it is fresh; else `make`'s, remembered. */
  remember(key: string, make: () => V): V {
    const found = this.entries.get(key);
    // A Map keeps insertion order: taking an entry out and putting it back makes it the most recent.
    this.entries.delete(key);
    if (found && found.expires > this.now()) {
      this.entries.set(key, found);
      return found.value;
    }
    const value = make();
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    if (value instanceof Promise) value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    return value;
  }
}
