import { expect, test } from '@playwright/test';
import { hoverFirstBar } from './chart-pointer';
import { readablePages } from './readable';
import { CHARTS } from '../lib/chart-specs';
import { CHART_TEXTS_KO } from '../lib/chart-specs-ko';
import { readFileSync } from 'node:fs';
import type enMessages from '../messages/en.json';

type Messages = typeof enMessages;
const messages = (locale: string): Messages => JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), 'utf8'));
const en = messages('en');
const ko = messages('ko');

const METRIC = '/metrics/deepseek-v3-development-cost';
const CITATION = 'c003-deepseek-v3-cost';

test('the Korean home page is Korean: language, headings, navigation, charts', async ({ page }) => {
  const response = await page.goto('/ko');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko.Home.title);
  const nav = page.getByRole('navigation', { name: ko.Site.navLabel });
  for (const [name, href] of [[ko.Site.charts, '/ko'], [ko.Site.allFigures, '/ko/metrics'], [ko.Site.changes, '/ko/changes']]) {
    await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
  for (const spec of CHARTS) await expect(page.locator(`section#${spec.id}`).getByRole('heading', { level: 2 })).toHaveText(CHART_TEXTS_KO[spec.id].title);
  await expect(page.getByRole('heading', { name: ko.Home.datedEvents })).toBeVisible();
  // A figure on a Korean page is written the Korean way, counted as the article counts.
  await expect(page.locator('#other-figures')).toContainText('7차례');
  await expect(page.locator('#other-figures')).toContainText('약 33.3%');
});

test('the Korean metric page: Korean title and figure, the quote first, the translation second and said to be one', async ({ page }) => {
  await page.goto(`/ko${METRIC}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('딥시크 V3 개발(훈련) 비용 (딥시크 발표 기준)');
  await expect(page.locator('.headline-figure')).toHaveText('557만6000달러');
  // Speakers by the names the Korean articles use, in the chart and on each claim.
  await expect(page.locator('figure.chart-figure svg.chart-svg')).toContainText('개빈 베이커');
  // The card whose speaker he is (other cards name him in their notes).
  const baker = page.locator('.claim-card[aria-label*="개빈 베이커"]').first();
  await expect(baker).toContainText('(Gavin Baker)');
  // His role and the note on his claim in Korean, not the English ones.
  await expect(baker).toContainText('아트레이드 매니지먼트 최고투자책임자');
  await expect(baker).toContainText('딥시크가 밝힌 비용을 베이커가 어림수로 표현한 것이다');
  await expect(baker).not.toContainText('Chief investment officer');
  const citation = page.locator(`#cite-${CITATION}`);
  const [quote, translation] = [citation.locator('p.ko'), citation.locator('p.en')];
  await expect(quote).toContainText('558만달러');
  await expect(translation).toContainText(ko.Citation.translation);
  expect((await quote.boundingBox())!.y).toBeLessThan((await translation.boundingBox())!.y);
  // Its links stay in Korean; data keeps its one address.
  await expect(page.getByRole('navigation', { name: ko.Metric.breadcrumb }).getByRole('link', { name: ko.Metric.allFigures })).toHaveAttribute('href', '/ko/metrics');
  await expect(citation).toContainText(ko.Citation.noUrl);
  await expect(citation).toContainText('세계일보');
  await expect(page.getByRole('link', { name: 'JSON' })).toHaveAttribute('href', '/api/metrics/deepseek-v3-development-cost');
});

test('Korean embeds: Korean texts, links back to Korean pages, and other sites may frame them', async ({ page, request }) => {
  const chartResponse = await page.goto('/ko/embed/charts/deepseek-market-share');
  expect(chartResponse?.headers()['x-frame-options']).toBeUndefined();
  expect(chartResponse?.headers()['content-security-policy']).toContain('frame-ancestors *');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(CHART_TEXTS_KO['deepseek-market-share'].title);
  await expect(page.locator('svg.chart-svg a').first()).toHaveAttribute('href', /^\/ko\/metrics\/[^#]+#cite-/);
  await page.goto(`/ko/embed${METRIC}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('딥시크 V3 개발(훈련) 비용 (딥시크 발표 기준)');
  await expect(page.locator('.source-line')).toContainText('출처:');
  const home = await request.get('/ko');
  expect(home.headers()['x-frame-options']).toBe('DENY');
  expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('a Korean chart’s tooltip speaks Korean, and a click on its bar opens the Korean citation', async ({ page }) => {
  await page.goto('/ko');
  const { tooltip, at } = await hoverFirstBar(page, page.locator('section#deepseek-market-share'));
  await expect(tooltip).toContainText('벨라루스: 56%');
  await expect(tooltip).toContainText('원문 표기');
  await expect(tooltip).toContainText('국민일보');
  await page.mouse.click(at.x, at.y);
  await expect(page).toHaveURL(/\/ko\/metrics\/deepseek-ai-market-share-belarus#cite-/);
});

test('a Korean page is shared with a Korean card', async ({ page, request }) => {
  await page.goto(`/ko${METRIC}`);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/\/api\/og\/ko\/metrics\/deepseek-v3-development-cost\.png$/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ko_KR');
  const png = await request.get(new URL(image!).pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  await page.goto('/ko');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/api\/og\/ko\/home\.png$/);
  expect((await request.get('/api/og/ko/home.png')).status()).toBe(200);
  expect((await request.get('/api/og/ko/metrics/no-such-metric.png')).status()).toBe(404);
  // oEmbed, as the Korean page offers it, embeds the Korean figure.
  await page.goto(`/ko${METRIC}`);
  const oembed = await page.locator('link[type="application/json+oembed"]').first().getAttribute('href');
  const found = await (await request.get(oembed!)).json();
  expect(found.title).toBe('딥시크 V3 개발(훈련) 비용 (딥시크 발표 기준)');
  expect(found.html).toContain('/ko/embed/metrics/deepseek-v3-development-cost');
  expect(found.thumbnail_url).toMatch(/\/api\/og\/ko\/metrics\/deepseek-v3-development-cost\.png$/);
});

test('a Korean page’s chart pictures are drawn in Korean, and the English ones stay English', async ({ page, request }) => {
  await page.goto('/ko');
  const svgHref = await page.locator(`a[href^="/api/charts/${CHARTS[0].id}.svg"]`).first().getAttribute('href');
  expect(svgHref).toBe(`/api/charts/${CHARTS[0].id}.svg?lang=ko`);
  await expect(page.locator(`a[href="/api/charts/${CHARTS[0].id}.png?lang=ko"]`).first()).toBeAttached();
  const korean = await request.get(svgHref!);
  expect(korean.headers()['content-disposition']).toMatch(new RegExp(`chart-${CHARTS[0].id}-ko`));
  const svg = await korean.text();
  expect(svg).toContain(`<title>${CHART_TEXTS_KO[CHARTS[0].id].title.slice(0, 8)}`);
  expect(svg).toContain('>출처: ');
  expect(svg).toMatch(/Cited 작성\. [^<]*\/ko#/);
  expect(svg).not.toMatch(/>Sources?: |Drawn \d/);
  expect(await (await request.get(`/api/charts/${CHARTS[0].id}.svg`)).text()).toMatch(/>Sources?: /);
  await page.goto(`/ko${METRIC}`);
  const metricPng = page.locator(`a[href="/api${METRIC}.png?lang=ko"]`);
  await expect(metricPng).toBeAttached();
  const png = await request.get((await metricPng.getAttribute('href'))!);
  expect(png.headers()['content-type']).toBe('image/png');
  const refused = await request.get(`/api/charts/${CHARTS[0].id}.svg?lang=fr`);
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.message).toMatch(/lang/);
});

test('every page names its other language and the default (hreflang)', async ({ page }) => {
  for (const [path, enHref, koHref] of [['/', '/', '/ko'], ['/ko', '/', '/ko'], [METRIC, METRIC, `/ko${METRIC}`], [`/ko${METRIC}`, METRIC, `/ko${METRIC}`]]) {
    await page.goto(path);
    const alternate = (lang: string) => page.locator(`head link[rel="alternate"][hreflang="${lang}"]`);
    await expect(alternate('en'), path).toHaveAttribute('href', new RegExp(`^https?://[^/]+${enHref === '/' ? '/?' : enHref}$`));
    await expect(alternate('ko'), path).toHaveAttribute('href', new RegExp(`^https?://[^/]+${koHref}$`));
    await expect(alternate('x-default'), path).toHaveAttribute('href', new RegExp(`^https?://[^/]+${enHref === '/' ? '/?' : enHref}$`));
  }
});

test('the language comes from the address alone', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR', extraHTTPHeaders: { 'Accept-Language': 'ko-KR,ko;q=0.9' } });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.Home.title);
  await context.close();
});

test('/en/… is sent to the English address without it', async ({ request }) => {
  for (const [from, to] of [['/en', '/'], ['/en/metrics?category=events', '/metrics?category=events'], [`/en${METRIC}`, METRIC]]) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(301);
    const location = new URL(response.headers().location, 'http://cited.test');
    expect(location.pathname + location.search, from).toBe(to);
  }
});

test('the language switch keeps the page, its query and its citation anchor', async ({ page }) => {
  await page.goto(`${METRIC}?rev=2#cite-${CITATION}`);
  await page.getByRole('link', { name: en.Site.otherLanguage, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/ko${METRIC}\\?rev=2#cite-${CITATION}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.getByRole('link', { name: ko.Site.otherLanguage, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[^/]${METRIC}\\?rev=2#cite-${CITATION}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('after moving within the site, the language switch still names the page shown', async ({ page }) => {
  await page.goto('/');
  // Client-side navigation: the header, and its switch, stay while the page changes under them.
  await page.locator('section#deepseek-market-share').getByRole('link', { name: 'Table' }).click();
  await expect(page).toHaveURL(/\?tab=table#deepseek-market-share$/);
  await page.getByRole('navigation', { name: en.Site.navLabel }).getByRole('link', { name: en.Site.allFigures }).click();
  await expect(page).toHaveURL(/\/metrics$/);
  await page.getByRole('link', { name: en.Site.otherLanguage, exact: true }).click();
  await expect(page).toHaveURL(/\/ko\/metrics$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko.Browse.title);
});

test('a Korean address no page answers gets the Korean not-found page', async ({ page }) => {
  const response = await page.goto('/ko/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko.NotFound.title);
});

test('search from the Korean header stays Korean', async ({ page }) => {
  await page.goto('/ko');
  await page.getByRole('search').first().getByRole('combobox', { name: ko.Site.searchLabel }).fill('딥시크');
  await page.getByRole('button', { name: ko.Site.searchButton }).click();
  await expect(page).toHaveURL(/\/ko\/search\?q=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko.Search.title);
  const first = page.locator('.search-result').first();
  await expect(first.locator('h2 a')).toHaveAttribute('href', /^\/ko\/metrics\//);
  await expect(first.getByRole('link', { name: ko.Search.seeCitation })).toHaveAttribute('href', /^\/ko\/metrics\/[^#]+#cite-/);
  // What cannot be searched is said in Korean too.
  await page.goto('/ko/search?q=');
  await expect(page.locator('p[role="alert"]')).toHaveText(ko.Search.problem.empty);
  await page.goto('/ko/search?q=딥');
  await expect(page.getByRole('status')).toHaveText('2자 이상 입력하세요.');
});

test('the Korean browse page filters in Korean and keeps its language', async ({ page }) => {
  await page.goto('/ko/metrics?category=ipo');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko.Browse.title);
  await expect(page.getByRole('status')).toContainText('조건에 맞는 수치');
  await expect(page.locator('.metric-list a').first()).toHaveAttribute('href', /^\/ko\/metrics\//);
  await expect(page.locator('form.filters')).toHaveAttribute('action', '/ko/metrics');
  // The subjects are offered by their Korean names, and a filter that cannot be applied says why in Korean.
  await expect(page.locator('select[name="subject"] option[value="Nvidia"]')).toHaveText('엔비디아');
  await page.goto('/ko/metrics?category=weather&colour=red');
  const problem = page.locator('p[role="alert"]');
  await expect(problem).toContainText('‘colour’라는 조건은 없습니다');
  await expect(problem).toContainText('‘category’에는');
  await expect(problem).not.toContainText('unknown query parameter');
});

test('the history, changes and source pages speak Korean', async ({ page }) => {
  for (const [path, heading] of [
    ['/ko/changes', ko.Changes.title],
    [`/ko${METRIC}/history`, /변경 내역$/],
    ['/ko/sources/whytimes-2025-01-29-deepseek-shock', 'whytimes.kr'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
  }
  await expect(page.locator('.source-facts')).toContainText(ko.Source.publisher);
  await page.goto('/ko/changes');
  await expect(page.locator('.revision h2').first()).toContainText('리비전');
});

readablePages(['/ko', `/ko${METRIC}`, '/ko/metrics', '/ko/search?q=%EB%94%A5%EC%8B%9C%ED%81%AC', '/ko/changes', `/ko${METRIC}/history`, '/ko/sources/whytimes-2025-01-29-deepseek-shock']);
