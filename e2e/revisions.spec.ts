import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { REVISED_CATALOGUE_URL } from '../playwright.config';
import { seedHistory } from '../seed/data';
import { REVISED } from './revised-catalogue';

/**
 * Links that never break: every revision kept and shown, the store as it stood at any revision,
 * a feed of changes, and old links (renamed or withdrawn) still leading somewhere.
 */

const V3 = '/metrics/deepseek-v3-development-cost';
const latest = 1 + seedHistory.revisions.length;
/** The revision of the first corrections (seed/data/revisions.ts). */
const corrections = 2;

test.describe('history of the seed as it stands', () => {
  test('a metric page names its revision, cites it, and links to its history and feed', async ({ page, request }) => {
    await page.goto(V3);
    await expect(page.locator('.headline')).toContainText(`Revision ${latest} of`);
    await page.locator('.cite-this summary').click();
    await expect(page.locator('.cite-this pre').first()).toContainText(`revision ${latest} of`);
    await expect(page.locator('.cite-this pre').first()).toContainText(`${V3}?rev=${latest}`);
    const feeds = page.locator('head link[rel=alternate][type="application/atom+xml"]');
    await expect(feeds).toHaveCount(2);
    expect(await feeds.first().getAttribute('href')).toContain(`${V3}/changes.atom`);
    expect(await (await request.get('/')).text()).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="[^"]*\/changes\.atom"/);

    await page.getByRole('link', { name: 'History of this figure' }).click();
    await expect(page).toHaveURL(`${V3}/history`);
    const correction = page.locator(`#rev-${corrections}`);
    await expect(correction).toContainText(seedHistory.revisions[0].summary);
    await expect(correction).toContainText("the earlier translation added the word 'ablation'");
    await expect(correction.locator('del', { hasText: 'ablation' })).toHaveCount(1);
    await expect(page.locator('#rev-1')).toContainText('Added');
  });

  test('?rev=N shows the page exactly as it stood, and says so', async ({ page, request }) => {
    await page.goto(`${V3}?rev=1#cite-c002-deepseek-cost-baker`);
    await expect(page.getByRole('note')).toContainText('as Cited showed it at revision 1');
    await expect(page.locator('#cite-c002-deepseek-cost-baker')).toContainText('ablation experiments');
    await expect(page.locator('#cite-c002-deepseek-cost-baker-r1')).toHaveCount(0);
    await page.goto(`${V3}?rev=${latest}`);
    await expect(page.getByRole('note')).toHaveCount(0);
    await expect(page.locator('#cite-c002-deepseek-cost-baker')).not.toContainText('ablation');
    await expect(page.locator('#cite-c002-deepseek-cost-baker-r1')).toContainText('R1 퀄리티 모델');
    for (const [query, status] of [['rev=abc', 400], ['rev=0', 400], ['rev=1&rev=2', 400], ['rev=99999', 404]] as const) {
      expect((await request.get(`${V3}?${query}`)).status(), query).toBe(status);
    }
    expect((await request.get(`${V3}/rev/1`)).status(), 'the rendering behind ?rev= is not an address of its own').toBe(404);
  });

  test('/changes lists every revision with its reasons, and the Atom feeds parse', async ({ page, request }) => {
    await page.goto('/changes');
    await expect(page.locator('.revision')).toHaveCount(latest);
    await expect(page.locator(`#rev-${latest}`)).toContainText('Why:');
    const parser = new Parser();
    const site = await request.get('/changes.atom');
    expect(site.headers()['content-type']).toContain('application/atom+xml');
    const feed = await parser.parseString(await site.text());
    expect(feed.items.map((i) => i.title)).toEqual([...seedHistory.revisions].reverse().map((r, i) => `Revision ${latest - i}: ${r.summary}`).concat(`Revision 1: ${seedHistory.initial.summary}`));
    expect(feed.items[0].link).toContain(`/changes#rev-${latest}`);
    const metricFeed = await parser.parseString(await (await request.get(`${V3}/changes.atom`)).text());
    expect(metricFeed.items.length).toBe(latest);
    expect(metricFeed.items.find((i) => i.title?.startsWith(`Revision ${corrections}:`))?.content).toContain('c002-deepseek-cost-baker-r1');
    expect((await request.get('/metrics/no-such-metric/changes.atom')).status()).toBe(404);
  });

  test('every export reads any revision and names it', async ({ request }) => {
    const at = async (path: string) => {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      return { revision: response.headers()['x-cited-revision'], text: await response.text() };
    };
    const then = await at('/api/metrics.csv?rev=1');
    expect(then.revision).toBe('1');
    expect(then.text).toContain('ablation experiments');
    expect(then.text).toContain('/metrics/deepseek-v3-development-cost?rev=1#cite-c002-deepseek-cost-baker');
    const now = await at('/api/metrics.csv');
    expect(now.revision).toBe(String(latest));
    expect(now.text).not.toContain('ablation');
    expect(now.text).toContain(`?rev=${latest}#cite-c002-deepseek-cost-baker-r1`);
    for (const path of ['/api/metrics?rev=1', '/api/metrics.json?rev=1', `${'/api/metrics/deepseek-v3-development-cost'}?rev=1`, '/api/tables/citations.csv?rev=1', '/api/charts/training-costs.csv?rev=1']) {
      const { revision, text } = await at(path);
      expect(revision, path).toBe('1');
      expect(text, path).toContain('ablation');
      expect(text, path).not.toContain('c002-deepseek-cost-baker-r1');
    }
    const json = JSON.parse((await at('/api/metrics.json?rev=1')).text);
    expect(json.revision).toBe(1);
    const pkg = JSON.parse((await at('/api/datapackage.json?rev=1')).text);
    expect(pkg.version).toBe('revision 1');
    for (const resource of pkg.resources) expect(resource.path, resource.name).toMatch(/\?rev=1$/);
    for (const [path, status] of [['/api/metrics.csv?rev=99999', 404], ['/api/metrics?rev=abc', 400], ['/api/datapackage.json?rev=0', 400]] as const) {
      expect((await request.get(path)).status(), path).toBe(status);
    }
  });
});

test.describe('links made before a change', () => {
  test.use({ baseURL: REVISED_CATALOGUE_URL });

  test('a renamed metric answers 301 to its new address, everywhere it has one', async ({ request }) => {
    const { from, to } = REVISED.renamed;
    for (const [path, want] of [
      [`/metrics/${from}`, `/metrics/${to}`],
      [`/metrics/${from}?rev=1`, `/metrics/${to}?rev=1`],
      [`/api/metrics/${from}.csv`, `/api/metrics/${to}.csv`],
      [`/embed/metrics/${from}`, `/embed/metrics/${to}`],
      [`/metrics/${from}/history`, `/metrics/${to}/history`],
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(301);
      const location = new URL(response.headers().location, REVISED_CATALOGUE_URL);
      expect(location.pathname + location.search, path).toBe(want);
    }
    const old = await request.get(`/metrics/${from}?rev=1`);
    expect(old.status()).toBe(200);
    expect(await old.text()).toContain('as Cited showed it at revision 1');
  });

  test('a withdrawn metric answers 410 with what it said, when and why; its history stays', async ({ page, request }) => {
    const gone = await request.get(`/metrics/${REVISED.withdrawn}`);
    expect(gone.status()).toBe(410);
    await page.goto(`/metrics/${REVISED.withdrawn}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText("Withdrawn: Huawei's 2021 revenue");
    await expect(page.locator('.reason')).toContainText(REVISED.reason);
    const api = await request.get(`/api/metrics/${REVISED.withdrawn}`);
    expect(api.status()).toBe(410);
    expect((await api.json()).error.message).toContain('withdrawn');
    await page.getByRole('link', { name: 'its history' }).click();
    await expect(page.locator('.revision').first()).toContainText('Withdrawn');
    await page.getByRole('link', { name: /as it stood before it was withdrawn/ }).or(page.getByRole('link', { name: /as it stood at revision/ }).first()).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText("Huawei's 2021 revenue");
  });

  test('a #cite- link still lands: on a renamed citation, and on a withdrawn one shown as withdrawn', async ({ page }) => {
    const { metric, from } = REVISED.citationRenamed;
    await page.goto(`/metrics/${metric}#cite-${from}`);
    // The old key is an anchor inside the citation under its new key: the page scrolls to it.
    await expect(page.locator(`[id="cite-${from}"]`)).toHaveCount(1);
    const renamed = page.locator(`#cite-${REVISED.citationRenamed.to}`);
    await expect(renamed).toBeInViewport();
    await expect(renamed).toContainText('558만달러');

    await page.goto(`/metrics/${REVISED.citationWithdrawn.metric}#cite-${REVISED.citationWithdrawn.key}`);
    const withdrawn = page.locator(`#cite-${REVISED.citationWithdrawn.key}`);
    await expect(withdrawn).toBeInViewport();
    await expect(withdrawn).toContainText('Withdrawn');
    await expect(withdrawn).toContainText(REVISED.reason);
  });
});
