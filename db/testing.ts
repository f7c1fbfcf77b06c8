import { randomBytes } from 'node:crypto';
import { loadSeed } from '../seed/load';
import type { SeedInput } from '../seed/validate';
import { connect, type Connection } from './connect';
import { citations, claims, metrics, sources } from './schema';

/**
 * The databases integration tests run against: always a fresh in-memory PGlite, and a throwaway
 * database on the real PostgreSQL when DATABASE_URL is set (created here, dropped on close, since
 * that server keeps its data between runs).
 */
export interface TestTarget {
  name: string;
  open(): Promise<Connection>;
}

export function testTargets(env: NodeJS.ProcessEnv = process.env): TestTarget[] {
  const targets: TestTarget[] = [{ name: 'PGlite', open: () => connect({ pgliteDir: 'memory://' }) }];
  const adminUrl = env.DATABASE_URL;
  if (adminUrl) targets.push({ name: 'PostgreSQL', open: () => openThrowawayPostgres(adminUrl) });
  return targets;
}

/** A fresh database of the target's kind, migrated and loaded with `seed`. */
export async function openSeeded(target: TestTarget, seed: SeedInput): Promise<Connection> {
  const connection = await target.open();
  await connection.migrate();
  await loadSeed(connection.db, seed);
  return connection;
}

async function openThrowawayPostgres(adminUrl: string): Promise<Connection> {
  const { default: postgres } = await import('postgres');
  const name = `cited_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const connection = await connect({ databaseUrl: url.toString() });
  return {
    ...connection,
    async close() {
      await connection.close();
      const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/** Every row of the fact store in a stable order, to prove a write changed nothing. */
export async function snapshot({ db }: Connection) {
  return {
    sources: await db.select().from(sources).orderBy(sources.id),
    metrics: await db.select().from(metrics).orderBy(metrics.id),
    claims: await db.select().from(claims).orderBy(claims.id),
    citations: await db.select().from(citations).orderBy(citations.id),
  };
}
