import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { apiErrorSchema } from '../lib/api';
import { validateTables } from '../fixtures/check-tables';
import { parseCsv } from '../fixtures/csv-reader';
import { citedNumbersJsonSchema, type DataPackage } from '../lib/export-schema';
import { seedData } from '../seed/data';

const citationCount = seedData.claims.flatMap((c) => c.citations).length;

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download, bytes: await readFile((await download.path())!) };
}

/** Checks what every CSV export must be, and returns its rows as header → cell records. */
function readCsv(bytes: Buffer): Record<string, string>[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('\r\n');
  const [header, ...rows] = parseCsv(text);
  expect(header.slice(0, 4)).toEqual(['citation_key', 'claim_key', 'metric_slug', 'metric_label']);
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

test('a chart’s CSV download holds one row per number it shows, with the values it shows', async ({ page }) => {
  await page.goto('/?tab=table');
  const card = page.locator('section#deepseek-shock-drops');
  const shown = await card.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({ label: r.querySelector('th')!.textContent!.trim(), stated: r.querySelectorAll('td')[1].textContent!.trim() })),
  );
  const { download, bytes } = await downloaded(page, () => card.getByRole('link', { name: 'Download CSV' }).click());
  expect(download.suggestedFilename()).toMatch(/^cited-chart-deepseek-shock-drops-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = readCsv(bytes);
  // The bars and the callout (Nvidia's lost market value), each with its citation.
  expect(rows).toHaveLength(shown.length + 1);
  for (const bar of shown) expect(rows.map((r) => r.stated_text)).toContain(bar.stated);
  const nvidia = rows.find((r) => r.metric_slug === 'nvidia-share-price-change-2025-01-27')!;
  expect(nvidia.value).toBe('-17.2'); // a real negative number stays a number
  expect(nvidia.quote).toContain('17.2% 폭락');
  expect(nvidia.permalink).toMatch(/\/metrics\/nvidia-share-price-change-2025-01-27\?rev=\d+#cite-/); // pinned to the revision exported
  for (const row of rows) expect(row.quote.length).toBeGreaterThan(0);
});

test('PNG and SVG downloads carry the title, the source line, the date and the address', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('section#deepseek-market-share');
  const svg = await downloaded(page, () => card.getByRole('link', { name: 'Download SVG' }).click());
  expect(svg.download.suggestedFilename()).toMatch(/^cited-chart-deepseek-market-share-\d{4}-\d{2}-\d{2}\.svg$/);
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(text).toContain('DeepSeek&#39;s share of national AI markets');
  expect(text).toContain('Source: Kukmin Ilbo');
  expect(text).toMatch(/Drawn \d{4}-\d{2}-\d{2} by Cited/);
  expect(text).toContain('/#deepseek-market-share');
  expect(text).toContain('Belarus');
  const png = await downloaded(page, () => card.getByRole('link', { name: 'Download PNG' }).click());
  expect(png.download.suggestedFilename()).toMatch(/^cited-chart-deepseek-market-share-\d{4}-\d{2}-\d{2}\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.readUInt32BE(16)).toBe(2400); // drawn at twice 1200 px, sharp on a slide
});

test('a metric’s CSV and "Cite this" name Cited and the original articles', async ({ page }) => {
  await page.goto('/metrics/deepseek-v3-development-cost');
  const { download, bytes } = await downloaded(page, () => page.getByRole('link', { name: 'Download CSV' }).click());
  expect(download.suggestedFilename()).toMatch(/^cited-deepseek-v3-development-cost-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = readCsv(bytes);
  expect(rows.map((r) => r.stated_text).sort()).toEqual(['557만6000달러', '558만달러', '6백만달러', '6백만달러']); // Baker's claim has two citations
  expect(rows.find((r) => r.stated_text === '558만달러')!.source_url).toBe(''); // unknown stays empty

  await page.locator('.cite-this summary').click();
  const cite = page.locator('.cite-this');
  await expect(cite.locator('pre').first()).toContainText('Cited (');
  await expect(cite.locator('pre').first()).toContainText('whytimes.kr');
  await expect(cite.locator('pre[lang=ko]')).toContainText(/^Cited, 「딥시크 V3 .+」, \d+차 개정\(\d{4}년 \d+월 \d+일\), .+ 접속\)\. 원문: whytimes\.kr, 「/);
  const bib = cite.locator('pre').nth(2);
  await expect(bib).toContainText(/@misc\{cited-deepseek-v3-development-cost-r\d+,/);
  await expect(bib).toContainText('@article{whytimes-2025-01-29-deepseek-shock,');

  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@type']).toBe('Dataset');
  expect(ld.distribution[0].contentUrl).toMatch(/\/api\/metrics\/deepseek-v3-development-cost\.csv$/);
});

test('the browse page exports what its filters show', async ({ page }) => {
  await page.goto('/metrics?category=ipo');
  const { bytes } = await downloaded(page, () => page.getByRole('link', { name: 'Download CSV of these' }).click());
  const rows = readCsv(bytes);
  expect(new Set(rows.map((r) => r.metric_slug))).toEqual(new Set(['zhipu-ai-hong-kong-ipo-proceeds', 'minimax-hong-kong-ipo-proceeds']));
});

test('the full exports: headers, JSON mirroring the CSV, and a Data Package that validates', async ({ request }) => {
  const csv = await request.get('/api/metrics.csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="cited-metrics-\d{4}-\d{2}-\d{2}\.csv"$/);
  const csvRows = readCsv(await csv.body());

  const json = citedNumbersJsonSchema.parse(await (await request.get('/api/metrics.json')).json());
  expect(json.rows.map((r) => r.citation_key)).toEqual(csvRows.map((r) => r.citation_key));
  expect(json.rows.length).toBeGreaterThan(60);

  const pkg = (await (await request.get('/api/datapackage.json')).json()) as DataPackage;
  expect(pkg.profile).toBe('tabular-data-package');
  const tables: Record<string, string[][]> = {};
  for (const resource of pkg.resources) {
    const response = await request.get(resource.path);
    expect(response.status(), resource.path).toBe(200);
    tables[resource.name] = parseCsv((await response.body()).toString('utf8'));
  }
  expect(validateTables(pkg, tables)).toEqual([]);
});

test('bad export requests get 400 or 404 with a message, never a 500 or an empty 200', async ({ request }) => {
  const cases: [string, number, RegExp][] = [
    ['/api/metrics.csv?category=weather', 400, /category/],
    ['/api/metrics.csv?source=no-such-source', 404, /no source "no-such-source"/],
    ['/api/metrics.csv?subject=Nobody', 404, /no metric has subject "Nobody"/],
    [`/api/metrics.csv?subject=${'x'.repeat(10000)}`, 414, /longer than 4096 characters/],
    [`/api/metrics.csv?subject=${'x'.repeat(500)}`, 400, /subject/],
    ['/api/metrics.json?disputed=maybe', 400, /disputed/],
    ['/api/metrics/no-such-metric.csv', 404, /no metric "no-such-metric"/],
    ['/api/charts/no-such-chart.csv', 404, /no chart file/],
    ['/api/charts/deepseek-market-share.xlsx', 404, /no chart file/],
    ['/api/tables/passwords.csv', 404, /no table/],
    ['/api/tables/claims.csv?limit=5', 400, /unknown query parameter "limit"/],
    ['/api/datapackage.json?x=1', 400, /unknown query parameter "x"/],
  ];
  for (const [path, status, message] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expect(apiErrorSchema.parse(await response.json()).error.message, path).toMatch(message);
  }
});

test('the Data Package reads cleanly in the Frictionless reference library: types, keys and relations', async ({ baseURL }) => {
  const { Package } = await import('datapackage');
  const pkg = await Package.load(`${baseURL}/api/datapackage.json`);
  expect(pkg.errors.map((e) => e.message)).toEqual([]);
  expect(pkg.valid).toBe(true);
  const counts: Record<string, number> = {};
  for (const resource of pkg.resources) {
    // relations: every foreign key is resolved against the table it names, or the read fails.
    const rows = (await resource.read({ keyed: true, relations: true })) as Record<string, unknown>[];
    counts[resource.name] = rows.length;
    expect(Object.keys(rows[0])[0], `${resource.name}: no byte-order mark in the first header`).not.toMatch(/^\uFEFF/);
  }
  expect(counts).toMatchObject({ sources: seedData.sources.length, claims: seedData.claims.length, citations: citationCount, 'cited-numbers': citationCount });
  const claims = (await pkg.resources.find((r) => r.name === 'claims')!.read({ keyed: true, relations: true })) as Record<string, unknown>[];
  const nvidia = claims.find((c) => c.key === 'nvidia-share-price-change-whytimes')!;
  expect(nvidia.value).toEqual(expect.anything()); // a typed number (the library casts to a decimal)
  expect(Number(nvidia.value)).toBe(-17.2);
  expect((nvidia.metric_slug as { slug: string }).slug).toBe('nvidia-share-price-change-2025-01-27');
});

test('spreadsheet downloads keep their byte-order mark; the package’s tables have none', async ({ request }) => {
  expect([...(await (await request.get('/api/metrics.csv')).body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  for (const table of ['sources', 'claims', 'cited-numbers']) {
    const body = await (await request.get(`/api/tables/${table}.csv`)).body();
    expect(body.subarray(0, 3).toString('latin1'), table).not.toBe('\xef\xbb\xbf');
  }
});
