import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { expect, test } from '@playwright/test';
import { createThrowawayDatabase } from '../fixtures/databases';
import { healthJsonSchema } from '../lib/api';

/**
 * With PostgreSQL unreachable, pages in the cache keep answering and the rest say 503; all recovers once it is back. A TCP relay
 * between the server and PostgreSQL stands in for the network: closing it makes the database
 * unreachable without touching the machine's PostgreSQL.
 */

const adminUrl = process.env.DATABASE_URL;
test.skip(!adminUrl, 'needs DATABASE_URL: the embedded database cannot become unreachable');
test.setTimeout(180_000);

function relay(target: URL): { port: () => number; open: () => Promise<void>; close: () => Promise<void> } {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server?.close(() => resolve());
    });
  return { port: () => port, open, close };
}

test('in an outage, pages already rendered are served from the cache with a notice, the rest answer 503, and all recovers', async ({ request, page: browser }) => {
  const database = await createThrowawayDatabase(adminUrl!, 'cited_e2e');
  const link = relay(new URL(database.url));
  await link.open();
  const url = new URL(database.url);
  url.host = `127.0.0.1:${link.port()}`;
  const env = { ...process.env, DATABASE_URL: url.toString(), PORT: '3217' };
  let server: ChildProcess | null = null;
  try {
    await new Promise<void>((resolve, reject) => {
      const setup = spawn('npm', ['run', 'db:setup'], { env, stdio: 'ignore' });
      setup.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`db:setup exited ${code}`))));
    });
    server = spawn('npx', ['next', 'start', '--port', '3217'], { env, stdio: 'ignore', detached: true });
    const base = 'http://127.0.0.1:3217';
    await expect.poll(async () => (await request.get(`${base}/metrics`).catch(() => null))?.status(), { timeout: 60_000 }).toBe(200);
    // Pages people have visited: rendered, so in the page cache.
    for (const path of ['/', '/metrics/deepseek-v3-development-cost']) expect((await request.get(`${base}${path}`)).status(), path).toBe(200);

    await link.close();
    // At once, before the availability check (every two seconds) has run: the first request to
    // meet the outage answers 503 itself, and marks it for the requests after it.
    const first = await request.get(`${base}/api/metrics`);
    expect(first.status()).toBe(503);
    expect(first.headers()['retry-after']).toBe('10');
    await expect.poll(async () => (await request.get(`${base}/api/metrics`)).status(), { timeout: 20_000 }).toBe(503);
    const health = await request.get(`${base}/api/health`);
    expect(health.status()).toBe(200);
    expect(healthJsonSchema.parse(await health.json()).database).toEqual({ kind: 'postgresql', ready: false });

    // Pages in the cache keep answering, with their figures, marked as served in an outage…
    for (const path of ['/', '/metrics/deepseek-v3-development-cost']) {
      const cached = await request.get(`${base}${path}`);
      expect(cached.status(), path).toBe(200);
      expect(cached.headers()['server-timing'], path).toContain('cited-db;desc="unreachable"');
    }
    expect(await (await request.get(`${base}/metrics/deepseek-v3-development-cost`)).text()).toContain('557만6000달러');
    await browser.goto(`${base}/metrics/deepseek-v3-development-cost`);
    await expect(browser.locator('#outage-notice')).toBeVisible();
    await expect(browser.locator('#outage-notice')).toContainText('may be out of date');
    await expect(browser.getByRole('heading', { level: 1 })).toContainText('DeepSeek V3');
    // Without JavaScript the notice shows too.
    const noScript = await browser.context().browser()!.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${base}/metrics/deepseek-v3-development-cost`);
    await expect(plain.locator('#outage-notice')).toBeVisible();
    // …while a page never rendered, and the APIs, say clearly why they cannot answer.
    const unseen = await request.get(`${base}/metrics/nvidia-share-price-change-2025-01-27`);
    expect(unseen.status()).toBe(503);
    expect(unseen.headers()['retry-after']).toBe('10');
    expect(await unseen.text()).toContain('temporarily unavailable');
    // …in the language of the address.
    const unseenKo = await request.get(`${base}/ko/metrics/nvidia-share-price-change-2025-01-27`);
    expect(unseenKo.status()).toBe(503);
    expect(await unseenKo.text()).toMatch(/<html lang="ko">[\s\S]*잠시 이용할 수 없습니다/);
    const api = await request.get(`${base}/api/metrics`);
    expect(api.status()).toBe(503);
    expect(api.headers()['retry-after']).toBe('10');
    expect((await api.json()).error.message).toContain('unreachable');

    await link.open();
    await expect.poll(async () => (await request.get(`${base}/metrics/nvidia-share-price-change-2025-01-27`)).status(), { timeout: 30_000 }).toBe(200);
    const recovered = await request.get(`${base}/`);
    expect(recovered.status()).toBe(200);
    expect(recovered.headers()['server-timing'] ?? '').not.toContain('unreachable');
    await plain.goto(`${base}/metrics/deepseek-v3-development-cost`);
    await expect(plain.locator('#outage-notice')).toBeHidden();
    await noScript.close();
    expect(healthJsonSchema.parse(await (await request.get(`${base}/api/health`)).json()).database.ready).toBe(true);
  } finally {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    await link.close();
    await database.drop();
  }
});
