import { databaseAvailable } from '@/db/availability';
import type { HealthJson } from '@/lib/api';
import { env } from '@/lib/env';
import { json } from '@/lib/http';
import { NO_QUERY, withQuery } from '../with-query';

/**
 * GET /api/health: 200 whenever the server runs, so a load balancer can tell a live process from a
 * dead one; `database.ready` says whether it can serve figures now. The proxy lets this through
 * while the database is down.
 */
export const GET = withQuery(NO_QUERY, async () => {
  const body: HealthJson = { status: 'ok', database: { kind: env().DATABASE_URL ? 'postgresql' : 'pglite', ready: await databaseAvailable() } };
  return json(body);
});
