import 'server-only';
import { getDb } from '@/db/client';
import { listMovedMetrics } from '@/db/revisions';
import { setMovedAddresses } from './proxy/moved';

const REFRESH_MS = 30_000;

async function refresh(): Promise<void> {
  try {
    const { renamed, withdrawn } = await listMovedMetrics(await getDb());
    setMovedAddresses({ renamed: new Map(renamed), withdrawn: new Set(withdrawn) });
  } catch {
    // The database is unreachable: the list read last keeps answering until it is back.
  }
}

/**
 * Reads the moved addresses at start and every thirty seconds after, so a seed load that renames
 * or withdraws a metric reaches the proxy without a restart.
 */
export async function watchMovedAddresses(): Promise<void> {
  await refresh();
  setInterval(refresh, REFRESH_MS).unref();
}
