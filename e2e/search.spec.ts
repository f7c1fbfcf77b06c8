import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { apiErrorSchema } from '../lib/api';
import { encodeCursor } from '../lib/cursor';
import { searchJsonSchema } from '../lib/search';
import type enMessages from '../messages/en.json';

const messages = (locale: string): typeof enMessages => JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), 'utf8'));
const en = messages('en');
const ko = messages('ko');

/** Finding a figure from what a reader remembers of it. */

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the header searches from any page, and a result lands on the citation, highlighted', async ({ page }) => {
    await page.goto('/sources/whytimes-2025-01-29-deepseek-shock');
    const search = page.getByRole('search').first();
    await search.getByRole('searchbox').fill('엔비디아의 주가는');
    await search.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole('status')).toContainText('best match first');
    const first = page.locator('.search-result').first();
    await expect(first.locator('mark').first()).toHaveText('엔비디아');
    await expect(page.locator('.search-result h2 a', { hasText: 'Nvidia one-day share-price change' })).toHaveCount(1);

    const result = page.locator('.search-result', { hasText: 'Nvidia one-day share-price change' });
    await result.getByRole('link', { name: 'See this citation' }).click();
    await expect(page).toHaveURL(/\/metrics\/nvidia-share-price-change-2025-01-27#cite-c002-nvidia-drop$/);
    const cited = page.locator('#cite-c002-nvidia-drop');
    await expect(cited).toBeInViewport();
    // :target is the highlight: the citation the link named is marked on arrival.
    expect(await cited.evaluate((el) => el.matches(':target') && getComputedStyle(el).outlineStyle)).toBe('solid');
  });

  test('an empty, a one-letter and an unreadable query say why, and nothing breaks', async ({ page, request }) => {
    for (const [q, text] of [['', 'Type what you are looking for'], ['딥', 'at least 2 characters'], ['%FF', 'valid UTF-8']]) {
      const response = await page.goto(`/search?q=${q}`);
      expect(response?.status(), q).toBe(200);
      await expect(page.getByRole(q === '딥' ? 'status' : 'alert')).toContainText(text);
    }
    const none = await page.goto(`/search?q=${encodeURIComponent('zzqx qvxj')}`);
    expect(none?.status()).toBe(200);
    await expect(page.getByRole('status')).toContainText('No figure in Cited matches');
    // In the page's language, and only on the first page: a page past the last is a count.
    await page.goto(`/ko/search?q=${encodeURIComponent('zzqx qvxj')}`);
    await expect(page.getByRole('status')).toHaveText(ko.Search.nothing.replace('{query}', 'zzqx qvxj'));
    await page.goto(`/search?q=${encodeURIComponent('딥시크')}&cursor=${encodeCursor({ offset: 1_000 })}`);
    await expect(page.getByRole('status')).toContainText('0 figures on this page');
    expect((await request.get('/search')).status()).toBe(200);
  });

  test('words no citation holds together: each result says which it lacks, and the page which Cited lacks', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('Nvidia Cuba zzqx')}`);
    await expect(page.getByText(en.Search.notInCited.replace('{words}', '“zzqx”'))).toBeVisible();
    const cuba = page.locator('.search-result', { hasText: 'DeepSeek' }).filter({ hasText: 'Cuba' }).first();
    await expect(cuba.locator('.search-missing')).toHaveText(`${en.Search.missing} nvidia, zzqx`);
    await expect(cuba.locator('.search-missing s')).toHaveText(['nvidia', 'zzqx']);
    await expect(cuba.locator('mark').first()).toHaveText('Cuba');

    // A reader's words the text puts otherwise: nothing lacking, and what the text writes marked.
    await page.goto(`/search?q=${encodeURIComponent('Nvidia stock drop')}`);
    const nvidia = page.locator('.search-result').first();
    await expect(nvidia).toContainText('Nvidia one-day share-price change');
    await expect(page.locator('.search-missing')).toHaveCount(0);
    await expect(nvidia.locator('mark', { hasText: '폭락' })).toHaveCount(1);
    await expect(nvidia.locator('mark', { hasText: /^share price$/ })).toHaveCount(1);

    // A typo: the page says what it searched instead, in Korean on a Korean page.
    await page.goto(`/ko/search?q=${encodeURIComponent('Deepsek H800')}`);
    await expect(page.getByText(ko.Search.notInCited.replace('{words}', '“deepsek”'))).toContainText(ko.Search.searchedInstead.replace('{words}', '“deepseek”'));
    // Every word held, as corrected: no result lacks one.
    await expect(page.locator('.search-result').first()).toBeVisible();
    await expect(page.locator('.search-missing')).toHaveCount(0);
  });
});

test.describe('with JavaScript on, the header suggests as the reader types', () => {
  test('arrow keys choose a suggestion and Enter opens it at its citation; Escape closes the list; Enter alone still searches', async ({ page }) => {
    await page.goto('/sources/whytimes-2025-01-29-deepseek-shock');
    const field = page.getByRole('search').first().getByRole('combobox', { name: en.Site.searchLabel });
    const list = page.getByRole('listbox', { name: en.Site.suggestions });
    await field.fill('557만');
    const first = list.getByRole('option').first();
    await expect(first).toContainText('DeepSeek V3 development (training) cost');
    await expect(first).toContainText('US$5.576 million');
    await expect(field).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('search').first().locator('[aria-live=polite]')).toContainText(/\d suggestions?, up and down arrows/);

    // Escape closes the list and keeps what was typed; typing again opens it.
    await field.press('Escape');
    await expect(list).toBeHidden();
    await expect(field).toHaveValue('557만');
    await field.press('ArrowDown');
    await expect(list).toBeVisible();
    await expect(field).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/metrics\/deepseek-v3-development-cost#cite-/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('DeepSeek V3');

    // With no suggestion chosen, Enter submits the form as it does without script.
    const again = page.getByRole('search').first().getByRole('combobox', { name: en.Site.searchLabel });
    await again.fill('엔비디아의 주가는');
    await expect(list.getByRole('option').first()).toBeVisible();
    await again.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.locator('.search-result').first()).toBeVisible();
  });

  test('a suggestion clicked on a Korean page opens the Korean page, its figure said in Korean', async ({ page }) => {
    await page.goto('/ko');
    const field = page.getByRole('search').first().getByRole('combobox', { name: ko.Site.searchLabel });
    await field.fill('557만');
    const option = page.getByRole('listbox', { name: ko.Site.suggestions }).getByRole('option').first();
    await expect(option).toContainText('딥시크 V3 개발(훈련) 비용');
    await expect(option).toContainText('557만6000달러');
    await option.click();
    await expect(page).toHaveURL(/\/ko\/metrics\/deepseek-v3-development-cost#cite-/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  });
});

test('GET /api/search answers in its schema, pages, and refuses bad input with a reason', async ({ request }) => {
  const found = searchJsonSchema.parse(await (await request.get(`/api/search?q=${encodeURIComponent('557만')}`)).json());
  expect(found.results[0].metric.slug).toBe('deepseek-v3-development-cost');
  expect(found.results[0].href).toBe(`/metrics/deepseek-v3-development-cost#cite-${found.results[0].citation.key}`);
  // The figure 557만 names is marked whole, as the quote writes it (557만6000달러).
  expect(found.results[0].citation.quote.some((p) => p.match && p.text === '557만6000')).toBe(true);

  // `lang=ko` says each figure and source as the Korean pages do.
  const korean = searchJsonSchema.parse(await (await request.get(`/api/search?q=${encodeURIComponent('557만')}&lang=ko`)).json());
  expect(korean.results[0].metric.slug).toBe('deepseek-v3-development-cost');
  expect(korean.results[0].figure).not.toBe(found.results[0].figure);
  expect(korean.results[0].figure).toMatch(/달러/);

  const first = await request.get(`/api/search?q=${encodeURIComponent('딥시크')}&limit=3`);
  const page1 = searchJsonSchema.parse(await first.json());
  expect(page1.results).toHaveLength(3);
  expect(first.headers().link).toContain('rel="next"');
  const page2 = searchJsonSchema.parse(await (await request.get(`/api/search?q=${encodeURIComponent('딥시크')}&limit=3&cursor=${page1.nextCursor}`)).json());
  expect(page2.results.map((r) => r.metric.slug)).not.toContain(page1.results[0].metric.slug);

  for (const [query, status, message] of [
    ['', 400, /type what you are looking for/],
    [`q=${'x'.repeat(501)}`, 400, /at most 500 characters/],
    ['q=deep%00seek', 400, /control characters/],
    ['q=%FF%FE', 400, /not valid UTF-8/],
    ['q=deepseek&limit=0', 400, /limit/],
    ['q=deepseek&cursor=nope', 400, /cursor/],
    ['q=a&q=b', 400, /more than once/],
    ['q=deepseek&lang=fr', 400, /lang/],
  ] as const) {
    const response = await request.get(`/api/search?${query}`);
    expect(response.status(), query).toBe(status);
    expect(apiErrorSchema.parse(await response.json()).error.message, query).toMatch(message);
  }
  for (const q of ['%25%25', '%5F%5F', '%5C', '%27%27', '%E2%80%8F%E2%80%8E']) {
    const response = await request.get(`/api/search?q=${q}`);
    expect(response.status(), q).toBeLessThan(500);
  }
});
