/**
 * Whether the database answers, checked at most every two seconds and shared by every request, so
 * that while PostgreSQL is unreachable pages answer a clear 503 and recover on their own once it
 * is back. The embedded database lives in this process: it cannot be unreachable.
 */

import { env } from '../lib/env';

const RECHECK_MS = 2000;

interface Availability {
  up: boolean;
  checkedAt: number;
  checking?: Promise<boolean>;
  probe?: import('postgres').Sql;
}

const holder = globalThis as typeof globalThis & { citedAvailability?: Availability };

function state(): Availability {
  holder.citedAvailability ??= { up: true, checkedAt: 0 };
  return holder.citedAvailability;
}

async function check(url: string, s: Availability): Promise<boolean> {
  const { default: postgres } = await import('postgres');
  s.probe ??= postgres(url, { max: 1, connect_timeout: 2, idle_timeout: 30, onnotice: () => {} });
  try {
    await s.probe`SELECT 1`;
    s.up = true;
  } catch {
    s.up = false;
  }
  s.checkedAt = Date.now();
  return s.up;
}

export function databaseAvailable(url: string | undefined = env().DATABASE_URL): Promise<boolean> | boolean {
  if (!url) return true;
  const s = state();
  if (Date.now() - s.checkedAt < RECHECK_MS) return s.up;
  s.checking ??= check(url, s).finally(() => {
    s.checking = undefined;
  });
  return s.checking;
}
