import { z } from 'zod';

/**
 * Every setting Cited reads from its environment, checked once: a server or script started with
 * a malformed value stops at start with the variable named, instead of failing on some later
 * request. An empty value counts as unset (scripts pass `DATABASE_URL=` to mean "embedded").
 */

const unsetWhenEmpty = (value: unknown) => (value === '' ? undefined : value);

const envSchema = z.object({
  /** Where Cited is published: permalinks, exports, "Cite this" and structured data use it. */
  SITE_URL: z.preprocess(
    unsetWhenEmpty,
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) address such as https://cited.example' })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
  ),
  /** Real PostgreSQL; without it the embedded PGlite is used. */
  DATABASE_URL: z.preprocess(
    unsetWhenEmpty,
    z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  ),
  /**
   * Connections each server keeps to PostgreSQL for pages and searches (exports open their own).
   * Few suit a small machine: on the bench's two cores, shared by PostgreSQL and the app, a pool
   * of 10 answered a quarter to a third fewer never-seen searches a second than one of 2 or 3,
   * ten backends taking the cores from the app's one thread. Raise it with the database's cores.
   */
  DATABASE_POOL_SIZE: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).max(1000).default(3)),
  /** Where the embedded database keeps its files ('memory://' keeps them in memory). */
  CITED_PGLITE_DIR: z.preprocess(unsetWhenEmpty, z.string().optional()),
  PORT: z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).max(65535).default(3000)),
});

export type Env = z.output<typeof envSchema>;

export class EnvError extends Error {
  override name = 'EnvError';
}

/** The settings in `source`, or an EnvError naming each variable that is malformed. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(`invalid environment: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
}

let current: Env | undefined;

/** This process's settings, read on first use. */
export function env(): Env {
  current ??= parseEnv(process.env);
  return current;
}

/**
 * The one answer to "what is this site's address": SITE_URL, else this machine's own address on
 * its port. Never a request's Host header: pages are cached and shared by every visitor, and a
 * header is whatever the client sent.
 */
export function siteUrl(settings: Env = env()): string {
  return settings.SITE_URL ?? `http://localhost:${settings.PORT}`;
}
