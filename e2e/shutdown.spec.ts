import { spawn, type ChildProcess } from 'node:child_process';
import { connect as connectTcp } from 'node:net';
import { expect, test } from '@playwright/test';
import { connect } from '../db/connect';
import { createThrowawayDatabase } from '../fixtures/databases';
import { loadSynthetic, type SyntheticSize } from '../fixtures/synthetic';

/**
 * CSV exports as they stream from PostgreSQL, on a server of the test's own: SIGTERM, as a deploy
 * sends it, lets an export under way stream to its last row; a client that hangs up gives its
 * export's place back.
 */

const adminUrl = process.env.DATABASE_URL;
test.skip(!adminUrl, 'needs DATABASE_URL: exports stream from PostgreSQL');
test.setTimeout(240_000);

interface Served {
  base: string;
  server: ChildProcess;
  exited: Promise<number | null>;
  claims: number;
}

/** A synthetic catalogue of `size` in a throwaway database, served by Next itself on `port` (not through npx, so a signal and the exit code are the server's own). */
async function serving(port: number, size: SyntheticSize, run: (served: Served) => Promise<void>): Promise<void> {
  const database = await createThrowawayDatabase(adminUrl!, 'cited_e2e_exports');
  const base = `http://127.0.0.1:${port}`;
  let server: ChildProcess | null = null;
  try {
    const connection = await connect({ databaseUrl: database.url });
    await connection.migrate();
    const { claims } = await loadSynthetic(connection.db, size);
    await connection.close();
    server = spawn(process.execPath, ['--import', './scripts/fair-dispatch.mjs', 'node_modules/next/dist/bin/next', 'start', '--port', String(port)], { env: { ...process.env, DATABASE_URL: database.url, SITE_URL: base }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => server!.on('exit', (code) => resolve(code)));
    await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
    await run({ base, server, exited, claims });
  } finally {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    await database.drop();
  }
}

test('on SIGTERM, a download under way finishes whole before the server exits', async () => {
  // Large enough that the download is still running when the signal comes (about 8 MB).
  await serving(3219, { sources: 20, metrics: 2_000, claimsPerMetric: 5 }, async ({ base, server, exited, claims }) => {
    const response = await fetch(`${base}/api/metrics.csv`);
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    let rows = -1; // the header line
    let signalled = false;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (let at = value.indexOf(0x0a); at !== -1; at = value.indexOf(0x0a, at + 1)) rows++;
      if (!signalled) {
        // The first bytes are in: the export is under way. Read on slowly, as a slow client would.
        server.kill('SIGTERM');
        signalled = true;
        await new Promise((resolve) => setTimeout(resolve, 500));
        // New connections are refused once the signal is in.
        await expect.poll(async () => (await fetch(`${base}/api/health`).then(() => 'answered', () => 'refused')), { timeout: 10_000 }).toBe('refused');
      }
    }
    expect(rows).toBe(claims);
    // Next exits 128 + 15 once the last response is done: the signal was handled, not fatal.
    expect(await exited).toBe(143);
  });
});

test('downloads whose clients hang up at once give their places back: the next downloads are all served', async () => {
  await serving(3221, { sources: 5, metrics: 20, claimsPerMetric: 3 }, async ({ base }) => {
    const { hostname, port } = new URL(base);
    // Three times as many as the four places exports have, each connection closed as soon as its
    // request is sent. Next does not cancel the answer it then writes to nobody (vercel/next.js#93906).
    for (let i = 0; i < 12; i++) {
      await new Promise<void>((resolve, reject) => {
        const socket = connectTcp(Number(port), hostname, () => {
          socket.write(`GET /api/metrics.csv HTTP/1.1\r\nHost: ${hostname}:${port}\r\n\r\n`);
          socket.destroy();
          resolve();
        });
        socket.on('error', reject);
      });
    }
    await expect
      .poll(async () => {
        const statuses: number[] = [];
        for (let i = 0; i < 6; i++) {
          const response = await fetch(`${base}/api/metrics.csv`);
          await response.arrayBuffer();
          statuses.push(response.status);
        }
        return statuses;
      }, { timeout: 5_000 })
      .toEqual([200, 200, 200, 200, 200, 200]);
  });
});
