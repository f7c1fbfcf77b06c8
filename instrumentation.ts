import type { Instrumentation } from 'next';

/**
 * Runs once as the server starts: a malformed setting stops it here, with the variable named,
 * rather than on some later request; an unset SITE_URL is said once, since every permalink,
 * export and "Cite this" then points at this machine. Then the proxy learns which metric
 * addresses moved (renamed or withdrawn), and keeps learning.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env, siteUrl } = await import('./lib/env');
  const settings = env();
  if (!settings.SITE_URL) console.warn(`SITE_URL is not set: permalinks, exports and "Cite this" will point at ${siteUrl(settings)}`);
  await (await import('./app/moved-addresses')).watchMovedAddresses();
}

/**
 * Every server error as one JSON line on stderr, with the request id its response carried; one
 * that is the database being unreachable also marks it so for the requests that follow.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { errorLogLine } = await import('./lib/request-log');
  console.error(errorLogLine({ error, request, context, at: new Date() }));
  if (process.env.NEXT_RUNTIME === 'nodejs') (await import('./db/availability')).noteFailure(error);
};
