import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { apiErrorSchema, oembedJsonSchema } from '../lib/api';
import { CHARTS } from '../lib/chart-specs';

/** Charts that exist before JavaScript: drawn on the server, as images, embeds and share cards. */

const pngSize = (png: Buffer): [number, number] => [png.readUInt32BE(16), png.readUInt32BE(20)];

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const width of [1280, 390]) {
    test(`home shows every chart, each bar a link to its citation, nothing overflowing at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      for (const spec of CHARTS) {
        const svg = page.locator(`section#${spec.id} svg.chart-svg`);
        await expect(svg).toBeVisible();
        const bars = svg.locator('a');
        expect(await bars.count()).toBeGreaterThanOrEqual(Object.keys(spec.metrics).length);
        for (const href of await bars.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
          expect(href).toMatch(/^\/metrics\/[a-z0-9-]+#cite-[a-z0-9-]+$/);
        }
        // Every bar carries its figure, speaker and source as its tooltip.
        await expect(svg.locator('a title').first()).toHaveText(/: .+\. Stated as “.+” by .+\./);
        // As wide as its card, at any width: laid out by the browser, not by a measured width.
        const [drawn, card] = [(await svg.boundingBox())!, (await page.locator(`section#${spec.id}`).boundingBox())!];
        expect(Math.abs(drawn.width - card.width)).toBeLessThanOrEqual(1);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }

  test('a bar followed without scripts lands on its citation', async ({ page }) => {
    await page.goto('/');
    // A person clicks the bar itself (the link's box also spans the gap between label and bar).
    await page.locator('section#hong-kong-ipos svg.chart-svg a').first().locator('rect').click();
    await expect(page).toHaveURL(/\/metrics\/[a-z0-9-]+-ipo-proceeds#cite-/);
    // The address changes when the navigation commits, before the citation is parsed: wait for it.
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('BLOCKQUOTE');
  });

  test('the Download PNG and SVG links work without scripts', async ({ page }) => {
    await page.goto('/');
    const href = await page.locator('section#chips').getByRole('link', { name: 'Download PNG' }).getAttribute('href');
    const png = await page.request.get(href!);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(pngSize(await png.body())[0]).toBe(2400);
  });
});

test('the interactive layer takes over without moving anything', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('section#deepseek-shock-drops');
  await card.scrollIntoViewIfNeeded();
  // Where everything stands in the page, before and after the layer arrives.
  const layout = () => page.evaluate(() => [...document.querySelectorAll('section.chart-card, svg.chart-svg')].map((e) => JSON.stringify(e.getBoundingClientRect())));
  const before = await layout();
  const bar = (await card.locator('svg.chart-svg a rect').nth(2).boundingBox())!;
  await page.mouse.move(bar.x + 10, bar.y + bar.height / 2);
  await expect(card.locator('.recharts-surface')).toBeAttached();
  expect(await layout()).toEqual(before);
  const [overlay, drawing] = [(await card.locator('.recharts-surface').boundingBox())!, (await card.locator('svg.chart-svg').boundingBox())!];
  for (const side of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(overlay[side] - drawing[side]), side).toBeLessThanOrEqual(1);
});

test('an embed renders inside another site’s iframe, while the site itself refuses to be framed', async ({ page, baseURL }) => {
  await page.goto('/');
  const code = await page.locator('section#deepseek-market-share .embed-code textarea').inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/[^"]+\/embed\/charts\/deepseek-market-share" title="[^"]+" width="100%" height="\d+"/);
  // Another origin: a page on a server of the test's own, another port, holding the embed code and
  // a frame of the home page.
  const blog = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>A newsroom blog</title><h1>A newsroom blog</h1>${code}<iframe id="home" src="${baseURL}/"></iframe>`);
  });
  await new Promise<void>((resolve) => blog.listen(0, '127.0.0.1', resolve));
  await page.goto(`http://127.0.0.1:${(blog.address() as AddressInfo).port}/`);
  const embed = page.frameLocator('iframe[src$="/embed/charts/deepseek-market-share"]');
  await expect(embed.getByRole('heading', { name: "DeepSeek's share of national AI markets" })).toBeVisible();
  await expect(embed.locator('svg.chart-svg a')).toHaveCount(5);
  await expect(embed.locator('.source-line')).toContainText('Kukmin Ilbo');
  await expect(embed.locator('.source-line a', { hasText: 'Cited' })).toHaveAttribute('target', '_blank');
  // The home page in a frame is blocked by the browser: its chart never appears there.
  const home = page.frameLocator('#home');
  await expect(home.locator('body')).toBeAttached(); // the frame has loaded something: the browser's own refusal
  await expect(home.locator('svg.chart-svg')).toHaveCount(0);
  await expect(home.getByRole('heading', { name: 'The US–China AI race in figures, each with its source' })).toHaveCount(0);
  const headers = (await page.request.get(`${baseURL}/`)).headers();
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  const embedHeaders = (await page.request.get(`${baseURL}/embed/charts/deepseek-market-share`)).headers();
  expect(embedHeaders['x-frame-options']).toBeUndefined();
  expect(embedHeaders['content-security-policy']).toContain('frame-ancestors *');
  blog.close();
});

test('oEmbed answers as oembed.com specifies, and pages say where to ask', async ({ page, request, baseURL }) => {
  await page.goto('/metrics/deepseek-v3-development-cost');
  const discovery = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
  expect(discovery).toContain('/api/oembed?url=');
  const answer = oembedJsonSchema.parse(await (await request.get(discovery!)).json());
  expect(answer.title).toContain('DeepSeek V3');
  expect(answer.html).toContain('/embed/metrics/deepseek-v3-development-cost');

  const chart = oembedJsonSchema.parse(await (await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/#hong-kong-ipos`)}&maxwidth=400&maxheight=200`)).json());
  expect([chart.width, chart.height]).toEqual([400, 200]);
  expect(chart.html).toContain('width="400" height="200"');

  await page.goto('/');
  expect(await page.locator('link[rel="alternate"][type="application/json+oembed"]').count()).toBe(CHARTS.length);

  const cases: [string, number][] = [
    [`/api/oembed?url=${encodeURIComponent(`${baseURL}/metrics/no-such-metric`)}`, 404],
    [`/api/oembed?url=${encodeURIComponent('https://example.com/metrics/deepseek-v3-development-cost')}`, 404],
    [`/api/oembed?url=${encodeURIComponent(`${baseURL}/metrics/deepseek-v3-development-cost`)}&format=xml`, 501],
    ['/api/oembed', 400],
    ['/api/oembed?url=x&maxwidth=wide', 400],
  ];
  for (const [path, status] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    apiErrorSchema.parse(await response.json());
  }
});

test('shared links show a figure card: Open Graph images of 1200 × 630', async ({ page, request }) => {
  for (const path of ['/', '/metrics/deepseek-v3-development-cost', '/embed/charts/chips']) {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    const png = await request.get(new URL(image!).pathname);
    expect(png.headers()['content-type'], path).toBe('image/png');
    expect(pngSize(await png.body()), path).toEqual([1200, 630]);
  }
  expect((await request.get('/api/og/metrics/no-such-metric.png')).status()).toBe(404);
});
