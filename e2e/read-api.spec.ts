import { expect, test, type APIResponse } from '@playwright/test';
import { apiErrorSchema, healthJsonSchema, metricJsonSchema, metricListJsonSchema, sourceListJsonSchema, subjectListJsonSchema } from '../lib/api';
import { citedNumbersJsonSchema } from '../lib/export-schema';
import { seedData } from '../seed/data';

test('GET /api/metrics lists every metric with cited claims', async ({ request }) => {
  const response = await request.get('/api/metrics');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const body = metricListJsonSchema.parse(await response.json());
  expect(body.count).toBe(body.metrics.length);
  const claims = body.metrics.flatMap((m) => m.claims);
  expect(claims.length).toBeGreaterThan(50);
  for (const claim of claims) expect(claim.citations.length).toBeGreaterThan(0);

  const filtered = metricListJsonSchema.parse(await (await request.get('/api/metrics?category=ipo')).json());
  expect(filtered.metrics.map((m) => m.slug).sort()).toEqual(['minimax-hong-kong-ipo-proceeds', 'zhipu-ai-hong-kong-ipo-proceeds']);
});

test('GET /api/metrics/{slug} gives one metric, and 404 for an unknown one', async ({ request }) => {
  const ok = await request.get('/api/metrics/zhipu-ai-hong-kong-ipo-proceeds');
  expect(ok.status()).toBe(200);
  const metric = metricJsonSchema.parse(await ok.json());
  expect(metric.claims[0].value).toBe(558_000_000);
  expect(metric.claims[0].citations[0].statedText).toBe('5억 5800만 달러');

  for (const path of ['/api/metrics/no-such-metric', '/api/metrics/NOT%20A%20SLUG', `/api/metrics/${'a'.repeat(500)}`]) {
    const missing = await request.get(path);
    expect(missing.status(), path).toBe(404);
    expect(apiErrorSchema.parse(await missing.json()).error.message).toContain('no metric');
  }
});

test('GET /api/sources and /api/subjects suggest what contains the search text', async ({ request }) => {
  const sources = sourceListJsonSchema.parse(await (await request.get('/api/sources?q=WHYTIMES')).json());
  expect(sources.sources.map((s) => s.slug)).toEqual(['whytimes-2025-01-29-deepseek-shock']);
  const all = sourceListJsonSchema.parse(await (await request.get('/api/sources')).json());
  expect(all.count).toBe(5);
  expect(sourceListJsonSchema.parse(await (await request.get('/api/sources?limit=2')).json()).count).toBe(2);
  expect(sourceListJsonSchema.parse(await (await request.get('/api/sources?q=%25')).json()).count).toBe(0);
  const subjects = subjectListJsonSchema.parse(await (await request.get('/api/subjects?q=deeps')).json());
  expect(subjects.subjects).toEqual(['DeepSeek']);
});

test('bad query parameters get a 400 that says what is wrong', async ({ request }) => {
  const cases: [string, RegExp][] = [
    ['/api/sources?limit=0', /limit/],
    ['/api/sources?limit=51', /limit/],
    ['/api/subjects?q=a%00b', /control characters/],
    [`/api/subjects?q=${'x'.repeat(101)}`, /q/],
    ['/api/metrics?category=weather', /category/],
    ['/api/metrics?colour=red', /unknown query parameter "colour"/],
    ['/api/metrics?category=ipo&category=events', /more than once/],
    ['/api/metrics?source=Bad%20Slug', /source/],
    [`/api/metrics?subject=${'x'.repeat(500)}`, /subject/],
    ['/api/metrics/zhipu-ai-hong-kong-ipo-proceeds?x=1', /unknown query parameter "x"/],
  ];
  const tooLong = await request.get(`/api/metrics?subject=${'x'.repeat(5000)}`);
  expect(tooLong.status()).toBe(414);
  expect(apiErrorSchema.parse(await tooLong.json()).error.message).toMatch(/longer than 4096 characters/);
  for (const [path, message] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(apiErrorSchema.parse(await response.json()).error.message, path).toMatch(message);
  }
});

test('GET /api/health says the server is live and its database ready', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(healthJsonSchema.parse(await response.json())).toEqual({ status: 'ok', database: { kind: 'pglite', ready: true } });
  expect((await request.get('/api/health?verbose=1')).status()).toBe(400);
});

test('every response carries a request id: the caller’s own when it is a plain token, else a fresh one', async ({ request }) => {
  const fresh = (await request.get('/api/metrics/deepseek-v3-development-cost')).headers()['x-request-id'];
  expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
  expect((await request.get('/', { headers: { 'X-Request-Id': 'newsroom-check-0001' } })).headers()['x-request-id']).toBe('newsroom-check-0001');
  expect((await request.get('/api/nope', { headers: { 'X-Request-Id': 'no' } })).headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  // Refusals carry one too, so a report of a 4xx can be found in the log.
  expect((await request.fetch('/metrics', { method: 'POST', failOnStatusCode: false })).headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});

test('GET /api/metrics and the JSON export come a page at a time, each page saying where the next starts', async ({ request, baseURL }) => {
  /** Follows `Link: rel="next"` from the first page to the last, checking the body's cursor agrees. */
  async function follow<T>(path: string, items: (body: { nextCursor: string | null }) => T[]): Promise<{ all: T[]; pages: number }> {
    const all: T[] = [];
    let pages = 0;
    for (let next: string | null = path; next !== null; pages++) {
      const response: APIResponse = await request.get(next);
      expect(response.status(), next).toBe(200);
      const body = await response.json();
      all.push(...items(body));
      const link: string | undefined = response.headers()['link'];
      if (body.nextCursor === null) {
        expect(link).toBeUndefined();
        next = null;
      } else {
        expect(link).toMatch(new RegExp(`^<${baseURL}/api/[^>]+cursor=${body.nextCursor}[^>]*>; rel="next"$`));
        const target = new URL(link!.slice(1, link!.indexOf('>')));
        next = target.pathname + target.search;
      }
    }
    return { all, pages };
  }
  const metrics = await follow('/api/metrics?limit=10', (body) => metricListJsonSchema.parse(body).metrics.map((m) => m.slug));
  expect(metrics.pages).toBe(6);
  expect(new Set(metrics.all).size).toBe(metrics.all.length);
  const everything = metricListJsonSchema.parse(await (await request.get('/api/metrics?limit=1000')).json());
  expect(metrics.all).toEqual(everything.metrics.map((m) => m.slug));
  expect(everything.nextCursor).toBeNull();
  // Filters hold across pages: the next page's address keeps them.
  const shares = await follow('/api/metrics?category=market-share&limit=2', (body) => metricListJsonSchema.parse(body).metrics.map((m) => m.category));
  expect(new Set(shares.all)).toEqual(new Set(['market-share']));

  const rows = await follow('/api/metrics.json?limit=30', (body) => citedNumbersJsonSchema.parse(body).rows.map((r) => r.citation_key));
  expect(rows.pages).toBe(3);
  expect(new Set(rows.all).size).toBe(seedData.claims.flatMap((c) => c.citations).length);

  for (const [path, message] of [
    ['/api/metrics?cursor=not-ours', /cursor/],
    ['/api/metrics.json?cursor=eyJpZCI6M30', /cursor/],
    ['/api/metrics?limit=1001', /limit/],
    ['/api/metrics.json?limit=0', /limit/],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(apiErrorSchema.parse(await response.json()).error.message, path).toMatch(message);
  }
});
