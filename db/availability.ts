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

/**
 * Node's and postgres.js's codes for "the database cannot be reached", and PostgreSQL's for "it is
 * shutting down": a query that failed for one of these says nothing about the query.
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE',
  'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT',
  '57P01', '57P02', '57P03',
]);

/** Whether this error, or one it wraps (a cause, or one of an AggregateError's), is an unreachable database. */
export function isUnreachable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
  if (Array.isArray(errors) && errors.some((inner) => isUnreachable(inner, depth + 1))) return true;
  return isUnreachable(cause, depth + 1);
}

/**
 * A request that has just failed to reach the database says so at once, so the requests after it
 * are answered as in an outage without waiting up to two seconds for the next check.
 */
export function noteFailure(error: unknown): void {
  if (!env().DATABASE_URL || !isUnreachable(error)) return;
  const s = state();
  s.up = false;
  s.checkedAt = Date.now();
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
