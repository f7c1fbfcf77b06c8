import { expect, test, type Page } from '@playwright/test';
import { hoverFirstBar } from './chart-pointer';
import { readablePages } from './readable';
import { CHARTS } from '../lib/chart-specs';

const METRIC = '/metrics/deepseek-v3-development-cost';
const CITATION = 'c003-deepseek-v3-cost';
const SOURCE = '/sources/whytimes-2025-01-29-deepseek-shock';

async function targetId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector(':target')?.id ?? null);
}

test('home shows every chart with its bars, units and source line', async ({ page }) => {
  await page.goto('/');
  for (const spec of CHARTS) {
    const card = page.locator(`section#${spec.id}`);
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(spec.title);
    await expect(card.locator('svg.chart-svg a rect').first()).toBeVisible();
    expect(await card.locator('svg.chart-svg a rect').count()).toBeGreaterThanOrEqual(Object.keys(spec.metrics).length);
    await expect(card.locator('svg.chart-svg')).toContainText(spec.axisLabel);
    await expect(card.locator('.source-line')).toContainText('Source');
    await expect(card.locator('.source-line a').first()).toHaveAttribute('href', /^\/sources\//);
  }
  await expect(page.locator('section#training-costs .disputed')).toHaveText('Sources disagree');
  await expect(page.locator('section#deepseek-market-share .legend')).toContainText('US AI restricted or blocked');
  await expect(page.locator('section#deepseek-shock-drops .callouts')).toContainText('US$612.7 billion');
  // Each chart carries a text alternative generated from its data.
  await expect(page.locator('#deepseek-market-share-summary')).toHaveText(/Belarus: 56%; Cuba: 49%; Russia: 43%; Ethiopia: 18%; Zimbabwe: 17%/);
});

test('hovering a bar shows the figure as stated, the speaker, the quote and the source', async ({ page }) => {
  await page.goto('/');
  const { tooltip } = await hoverFirstBar(page, page.locator('section#deepseek-market-share'));
  await expect(tooltip).toContainText('Belarus: 56%');
  await expect(tooltip).toContainText('Microsoft research');
  await expect(tooltip).toContainText('벨라루스');
  await expect(tooltip).toContainText('Kukmin Ilbo');
});

test('the Table tab is in the URL, survives a reload, and footnotes each figure', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('section#hong-kong-ipos');
  await card.getByRole('link', { name: 'Table' }).click();
  await expect(page).toHaveURL(/\?tab=table#hong-kong-ipos$/);
  await expect(card.getByRole('link', { name: 'Table' })).toHaveAttribute('aria-current', 'page');
  await page.reload();
  const table = page.locator('section#hong-kong-ipos table');
  await expect(table).toBeVisible();
  await expect(table).toContainText('US$558 million');
  await expect(table).toContainText('5억 5800만 달러');
  await expect(table).toContainText('about ₩810 billion (source’s conversion)');
  const footnote = table.getByRole('link', { name: '[1] citation' });
  await expect(footnote).toHaveAttribute('href', /^\/metrics\/[a-z0-9-]+#cite-[a-z0-9-]+$/);
  // The table is server HTML: it is there before any script runs.
  const html = await (await page.request.get('/?tab=table')).text();
  expect(html).toContain('5억 5800만 달러');
});

test('a bar leads to its metric page with its citation marked', async ({ page }) => {
  await page.goto('/');
  // By keyboard, the drawn link; by pointer, the interactive layer over it: both lead to the citation.
  await page.locator('section#deepseek-market-share').getByRole('link', { name: /^Belarus: 56%\. Stated as/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/metrics\/deepseek-ai-market-share-belarus#cite-/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("DeepSeek's share of the AI market in Belarus");
  await expect(page.locator('.headline-figure')).toHaveText('56%');
  expect(await targetId(page)).toMatch(/^cite-/);

  await page.goto('/');
  const cuba = page.locator('section#deepseek-market-share').getByRole('link', { name: /^Cuba: / }).locator('rect');
  await cuba.hover();
  await expect(page.locator('section#deepseek-market-share .recharts-surface')).toBeAttached();
  const box = (await cuba.boundingBox())!;
  await page.mouse.click(box.x + 10, box.y + box.height / 2);
  await expect(page).toHaveURL(/\/metrics\/deepseek-ai-market-share-cuba#cite-/);
});

test('a #cite- link opens with that citation scrolled to and marked', async ({ page }) => {
  await page.goto(`${METRIC}#cite-${CITATION}`);
  const citation = page.locator(`#cite-${CITATION}`);
  await expect(citation).toBeInViewport();
  expect(await targetId(page)).toBe(`cite-${CITATION}`);
  const outline = await citation.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await expect(citation.locator('mark')).toHaveText('558만달러');
});

test('copy link gives a URL that reopens the citation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(METRIC);
  await page.locator(`#cite-${CITATION}`).getByRole('button', { name: 'Copy link to this citation' }).click();
  await expect(page.locator(`#cite-${CITATION} .copy-status`)).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`${METRIC}#cite-${CITATION}$`));
  await page.goto('/');
  await page.goto(copied);
  expect(await targetId(page)).toBe(`cite-${CITATION}`);
});

test('the metric page tells title, description and Open Graph', async ({ page }) => {
  await page.goto(METRIC);
  await expect(page).toHaveTitle(/DeepSeek V3 development .* · Cited/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /US\$5\.576 million/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /DeepSeek V3/);
  // The article link points at the quote itself.
  await expect(page.locator('a', { hasText: 'Open the article at this quote' }).first()).toHaveAttribute('href', /^http:\/\/whytimes\.kr\/news\/view\.php\?idx=21468#:~:text=/);
});

test('unknown slugs answer 404 with the not-found page', async ({ page }) => {
  for (const path of ['/metrics/no-such-metric', '/sources/no-such-source', '/metrics/%2e%2e%2fetc']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
  }
});

test('the source page says what is known and what is not', async ({ page }) => {
  await page.goto('/sources/newsletter-undated-davos-china-ai');
  await expect(page.locator('.source-facts')).toContainText('Publisher unknown: the text does not give it');
  await expect(page.locator('.source-facts')).toContainText('URL unknown');
  await page.goto(SOURCE);
  await expect(page.locator('.source-facts')).toContainText('29 January 2025');
  await expect(page.locator('.source-facts a')).toHaveAttribute('rel', 'noopener noreferrer');
  expect(await page.locator('.citation').count()).toBeGreaterThan(10);
});

test('browse filters live in the URL and bad values get a clear message', async ({ page }) => {
  await page.goto('/metrics');
  const all = await page.locator('.metric-list li').count();
  await page.getByLabel('Category').selectOption('ipo');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/category=ipo/);
  await expect(page.locator('.metric-list li')).toHaveCount(2);
  await page.goto('/metrics?disputed=true');
  const disputed = await page.locator('.metric-list li').count();
  expect(disputed).toBeGreaterThan(0);
  expect(disputed).toBeLessThan(all);
  await expect(page.locator('.metric-list')).toContainText('DeepSeek-R1 release date');
  const bad = await page.goto('/metrics?category=weather&colour=red');
  expect(bad?.status()).toBeLessThan(500);
  await expect(page.locator('p.error[role=alert]')).toContainText('cannot be applied');
});

test('keyboard reaches the tabs with a visible focus ring', async ({ page }) => {
  await page.goto('/');
  const tab = page.locator('section#deepseek-market-share').getByRole('link', { name: 'Table' });
  for (let i = 0; i < 12 && !(await tab.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(tab).toBeFocused();
  expect(await tab.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
});

readablePages(['/', '/?tab=table', METRIC, SOURCE, '/metrics']);
