import { expect, test } from '@playwright/test';
import { apiErrorSchema, healthJsonSchema, metricJsonSchema, metricListJsonSchema, sourceListJsonSchema, subjectListJsonSchema } from '../lib/api';

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
