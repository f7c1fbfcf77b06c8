/**
 * A short-lived, per-process memory of read results. The figures change only when the seed is
 * loaded, so pages may show a read up to `ttlMs` old; in exchange concurrent requests share one
 * query, and a busy page costs the database one read per interval instead of one per request.
 */

interface Entry {
  at: number;
  value: Promise<unknown>;
}

const MAX_ENTRIES = 1000;
const holder = globalThis as typeof globalThis & { citedReads?: Map<string, Entry> };

export function remember<T>(key: string, ttlMs: number, read: () => Promise<T>, now = Date.now()): Promise<T> {
  holder.citedReads ??= new Map();
  const reads = holder.citedReads;
  const hit = reads.get(key);
  if (hit && now - hit.at < ttlMs) return hit.value as Promise<T>;
  const value = read();
  // A failed read is not remembered: the next request tries again.
  value.catch(() => reads.get(key)?.value === value && reads.delete(key));
  reads.delete(key);
  reads.set(key, { at: now, value });
  // Maps iterate in insertion order, so the first key is the oldest.
  if (reads.size > MAX_ENTRIES) reads.delete(reads.keys().next().value!);
  return value;
}

export function forgetAll(): void {
  holder.citedReads?.clear();
}
