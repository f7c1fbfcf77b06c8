import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { connect } from '../db/connect';
import { createThrowawayDatabase } from '../fixtures/databases';
import { loadSynthetic } from '../fixtures/synthetic';

/**
 * SIGTERM, as a deploy sends it: the server stops taking new connections, lets a CSV export that
 * is under way stream to its last row, and only then exits. Needs PostgreSQL, where exports stream.
 */

const adminUrl = process.env.DATABASE_URL;
test.skip(!adminUrl, 'needs DATABASE_URL: exports stream from PostgreSQL');
test.setTimeout(240_000);

test('on SIGTERM, a download under way finishes whole before the server exits', async () => {
  const database = await createThrowawayDatabase(adminUrl!, 'cited_e2e_shutdown');
  const port = 3219;
  const base = `http://127.0.0.1:${port}`;
  let server: ReturnType<typeof spawn> | null = null;
  try {
    const connection = await connect({ databaseUrl: database.url });
    await connection.migrate();
    // Large enough that the download is still running when the signal comes (about 8 MB).
    const { claims } = await loadSynthetic(connection.db, { sources: 20, metrics: 2_000, claimsPerMetric: 5 });
    await connection.close();

    // Next itself, not through npx, so the signal and the exit code are the server's own.
    server = spawn(process.execPath, ['--import', './scripts/fair-dispatch.mjs', 'node_modules/next/dist/bin/next', 'start', '--port', String(port)], { env: { ...process.env, DATABASE_URL: database.url, SITE_URL: base }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => server!.on('exit', (code) => resolve(code)));
    await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);

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
  } finally {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    await database.drop();
  }
});
