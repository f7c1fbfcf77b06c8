import { expect, test } from '@playwright/test';
import { LARGE_CATALOGUE_URL } from '../playwright.config';
import { LARGE_CATALOGUE } from './large-catalogue';

// The browse page on a catalogue with more sources and subjects than a dropdown should hold.
test.use({ baseURL: LARGE_CATALOGUE_URL });

test('filters with many values are search fields that suggest as you type', async ({ page, request }) => {
  const html = await (await request.get('/metrics')).text();
  expect(html.length, 'the page does not carry every source and subject').toBeLessThan(100_000);
  await page.goto('/metrics');
  await expect(page.locator('.metric-list li')).toHaveCount(50);
  await expect(page.getByRole('status')).toContainText(`${LARGE_CATALOGUE.metrics} metrics · page 1 of ${LARGE_CATALOGUE.metrics / 50}`);
  await expect(page.locator('select[name=source], select[name=subject]')).toHaveCount(0);

  const source = page.getByRole('combobox', { name: 'Source', exact: true });
  await source.fill('0042');
  await expect(page.locator(`datalist option[value="synthetic-source-0042"]`)).toHaveCount(1);
  await expect(page.locator('datalist option[value="synthetic-source-0042"]')).toHaveText(/SYNTHETIC benchmark source 42/);
  await source.fill('synthetic-source-0042');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/source=synthetic-source-0042/);
  const cited = await page.locator('.metric-list li').count();
  expect(cited).toBeGreaterThan(0);
  expect(cited).toBeLessThan(50);

  const subject = page.getByRole('combobox', { name: 'Subject', exact: true });
  await page.goto('/metrics');
  await subject.fill('subject 199');
  await expect(page.locator('datalist option[value="Synthetic subject 199"]')).toHaveCount(1);
});

test('browse pages are kept rendered per set of filters, whatever their order', async ({ request }) => {
  const first = await request.get('/metrics?disputed=true&page=2');
  expect(first.status()).toBe(200);
  expect(await first.text()).toMatch(/page (<!-- -->)?2(<!-- -->)? of/);
  const again = await request.get('/metrics?page=2&subject=&disputed=true');
  expect(again.headers()['x-nextjs-cache']).toBe('HIT');
  expect(await again.text()).toBe(await first.text());
  const beyond = await request.get('/metrics?category=compute&page=999');
  expect(await beyond.text()).toMatch(/There is no page (<!-- -->)?999/);
  expect((await request.get('/browse/all')).status(), 'the cached renderings are reached through /metrics only').toBe(404);
});
