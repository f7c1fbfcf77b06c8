import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { systemChromium } from './e2e/browser';

const port = Number(process.env.E2E_PORT ?? 3100);
/** The server as `npm start` runs it, without its database set-up: these servers make their own. */
const SERVE = 'npm run -s serve --';
/** A second server of the same build, on a synthetic catalogue too large for dropdowns. */
export const LARGE_CATALOGUE_URL = `http://127.0.0.1:${port + 2}`;
/** A third, on today's seed and one more revision that moves addresses: for links made before a change. */
export const REVISED_CATALOGUE_URL = `http://127.0.0.1:${port + 4}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: existsSync(systemChromium)
      ? {
          executablePath: systemChromium,
          args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        }
      : {},
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // Playwright starts these in order, so the second reuses the build the first made.
  webServer: [
    {
      // The production build on an embedded database of its own, prepared before the server starts.
      command: `npm run build && npm start -- --port ${port}`,
      url: `http://127.0.0.1:${port}/api/metrics`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
      // SITE_URL: the address permalinks and the Data Package's paths point at is this server's.
      env: { ...process.env, CITED_PGLITE_DIR: '.data/e2e-pglite', DATABASE_URL: '', SITE_URL: `http://127.0.0.1:${port}` } as Record<string, string>,
      stdout: 'pipe',
    },
    {
      command: `tsx e2e/large-catalogue.ts && ${SERVE} --port ${port + 2}`,
      url: `${LARGE_CATALOGUE_URL}/api/sources?limit=1`,
      timeout: 120_000,
      reuseExistingServer: !process.env.CI,
      env: { ...process.env, CITED_PGLITE_DIR: '.data/e2e-large-pglite', DATABASE_URL: '', SITE_URL: LARGE_CATALOGUE_URL } as Record<string, string>,
      stdout: 'pipe',
    },
    {
      command: `tsx e2e/revised-catalogue.ts && ${SERVE} --port ${port + 4}`,
      url: `${REVISED_CATALOGUE_URL}/api/sources?limit=1`,
      timeout: 120_000,
      reuseExistingServer: !process.env.CI,
      env: { ...process.env, CITED_PGLITE_DIR: '.data/e2e-revised-pglite', DATABASE_URL: '', SITE_URL: REVISED_CATALOGUE_URL } as Record<string, string>,
      stdout: 'pipe',
    },
  ],
});
